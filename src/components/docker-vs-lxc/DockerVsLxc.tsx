import { useMemo } from 'preact/hooks';
import { DataTable } from '../kit/DataTable';
import { RadioGroup } from '../kit/ChoiceFields';
import { Results, ResultText } from '../kit/Results';
import { ShareBar } from '../kit/ShareBar';
import { UrlNotice } from '../kit/UrlNotice';
import { WidgetFrame } from '../kit/WidgetFrame';
import { useCalculatorState, type CalculatorProps } from '../kit/useCalculatorState';
import { decisionShareContent, MAX_FLIPS_SHOWN } from '../../lib/docker-vs-lxc/decision-record';
import { flipText, outcomeStatus, scoringSummary } from '../../lib/docker-vs-lxc/wording';
// Raw data: validated at build time (DecisionMatrix.astro) and in the unit tests.
import { dockerVsLxcData as model } from '../../lib/docker-vs-lxc/model-data';
import { recommend } from '../../lib/docker-vs-lxc/recommend';
import { calculator } from '../../lib/docker-vs-lxc/calculator';
import { givenAnswers } from '../../lib/docker-vs-lxc/model';
import { whatWouldChange } from '../../lib/docker-vs-lxc/what-would-change';
import { AnswerSummary } from './AnswerSummary';
import { OutcomeDetails } from './OutcomeDetails';
import { WhyPanel } from './WhyPanel';
import './docker-vs-lxc.css';

/**
 * Docker, LXC or VM: live recommendation from the decision model, with its reasons, what would
 * change it, and a Markdown decision record. All logic lives in src/lib/docker-vs-lxc.
 */
export default function DockerVsLxc(props: CalculatorProps) {
  const { state, update, rejected, shareUrl, id } = useCalculatorState(calculator, props);
  const answers = useMemo(() => givenAnswers(state), [state]);
  const rec = useMemo(() => recommend(model, answers), [answers]);
  const change = useMemo(() => whatWouldChange(model, answers), [answers]);
  const outcome = model.outcomes.find((o) => o.id === rec.outcomeId);
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

  return (
    <WidgetFrame
      id={id}
      title="Docker, LXC or VM?"
      lede="Answer what you know and skip the rest: the recommendation, its reasons and its confidence update as you go. A starting point, not a verdict."
    >
      <UrlNotice rejected={rejected} />
      <AnswerSummary
        model={model}
        answers={state}
        fieldPrefix={id}
        onClear={() => update(calculator.presets.default)}
      />

      <div class="kit-section">
        <p class="kit-section__title">Questions</p>
        <div class="kit-grid cc-questions">
          {model.questions.map((question) => (
            <RadioGroup
              key={question.id}
              name={question.id}
              label={question.prompt}
              hint={question.help}
              value={state[question.id] ?? ''}
              options={question.answers.map((a) => ({ value: a.value, label: a.label, detail: a.detail }))}
              allowNone="Not sure yet"
              onChange={(value) => update({ [question.id]: value })}
            />
          ))}
        </div>
      </div>

      <Results label="Recommendation">
        <ResultText
          name="recommendation"
          label="Recommendation"
          text={outcome ? outcome.title : ''}
          data={{ outcome: outcome ? outcome.id : '' }}
          note={rec.confidenceText}
        />
      </Results>

      {outcome && (
        <>
          <OutcomeDetails model={model} outcome={outcome} />
          <WhyPanel model={model} rec={rec} />
        </>
      )}

      <div class="kit-section cc-change">
        <p class="kit-section__title">What would change it</p>
        {change.kind === 'flip' ? (
          <>
            <p>
              {change.size === 1
                ? 'The smallest change is one answer:'
                : `The smallest change is ${change.size} answers at once:`}
            </p>
            <ul>
              {change.flips.slice(0, MAX_FLIPS_SHOWN).map((flip, index) => (
                <li key={index}>{flipText(model, flip)}.</li>
              ))}
            </ul>
            {change.flips.length > MAX_FLIPS_SHOWN && (
              <p class="cc-note">
                {change.flips.length - MAX_FLIPS_SHOWN} other changes of the same size would also change it.
              </p>
            )}
          </>
        ) : change.kind === 'needs-answers' ? (
          <p>
            Nothing yet: answer {change.missing === 1 ? 'one more question' : `${change.missing} more questions`} first.
          </p>
        ) : (
          <p>No change of answers gives a different recommendation.</p>
        )}
      </div>

      {rec.outcomeId && (
        <details class="kit-section cc-scores">
          <summary>All six options and their points</summary>
          <DataTable
            caption={`Points per option for these answers. ${scoringSummary(model)}`}
            columns={['Option', 'Points', 'Status']}
            rows={rec.ranking.map((score) => [
              model.outcomes.find((o) => o.id === score.outcomeId)!.short,
              score.excludedBy.length > 0 ? '–' : String(score.points),
              outcomeStatus(model, rec, score.outcomeId),
            ])}
          />
        </details>
      )}

      <ShareBar url={shareUrl} summary={() => decisionShareContent(model, answers)} />
      <p class="cc-note cc-version">
        Decision model {model.version}, updated {model.updated}.{' '}
        <a href={`${base}tools/docker-vs-lxc/#how-the-helper-decides`}>How it decides</a> ·{' '}
        <a href={`${base}tools/docker-vs-lxc/#comparison-matrix`}>Full comparison matrix</a>
      </p>
    </WidgetFrame>
  );
}
