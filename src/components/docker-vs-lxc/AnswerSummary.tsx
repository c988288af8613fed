import type { DockerVsLxcModel } from '../../lib/docker-vs-lxc/schema';
import type { AnswerState } from '../../lib/docker-vs-lxc/model';

interface Props {
  model: DockerVsLxcModel;
  answers: AnswerState;
  /** Id prefix of the radio inputs: `${fieldPrefix}-${questionId}-${value}`. */
  fieldPrefix: string;
  onClear: () => void;
}

/** The reader's answers at the top, each with a way back to its question. */
export function AnswerSummary({ model, answers, fieldPrefix, onClear }: Props) {
  const answered = model.questions.filter((q) => answers[q.id]).length;
  // Focus the chosen radio (or the first one) so arrow keys change the answer straight away.
  const edit = (questionId: string) => {
    const value = answers[questionId] || model.questions.find((q) => q.id === questionId)?.answers[0]?.value;
    if (value === undefined) return;
    const input = document.getElementById(`${fieldPrefix}-${questionId}-${value}`);
    input?.focus();
    input?.scrollIntoView({ block: 'center' });
  };
  return (
    <div class="kit-section cc-summary">
      <p class="kit-section__title">
        Your answers: {answered} of {model.questions.length}
      </p>
      <ul class="cc-summary__list">
        {model.questions.map((question) => {
          const answer = question.answers.find((a) => a.value === answers[question.id]);
          return (
            <li key={question.id}>
              <span class="cc-summary__label">{question.label}:</span>{' '}
              <span class={answer ? '' : 'cc-muted'}>{answer ? answer.label : 'not answered'}</span>{' '}
              <button type="button" class="cc-link-button" onClick={() => edit(question.id)}>
                {answer ? 'Change' : 'Answer'}
                <span class="cc-visually-hidden"> {question.label}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {answered > 0 && (
        <button type="button" class="kit-button" onClick={onClear}>
          Clear all answers
        </button>
      )}
    </div>
  );
}
