import { answerText, driverReason } from '../../lib/docker-vs-lxc/wording';
import type { Recommendation } from '../../lib/docker-vs-lxc/recommend';
import type { DockerVsLxcModel } from '../../lib/docker-vs-lxc/schema';

/** The answers that drove the recommendation, those that merely agree, and those that count against it. */
export function WhyPanel({ model, rec }: { model: DockerVsLxcModel; rec: Recommendation }) {
  const outcome = model.outcomes.find((o) => o.id === rec.outcomeId);
  if (!outcome) return null;
  return (
    <div class="kit-section cc-why">
      <p class="kit-section__title">Why</p>
      {rec.drivers.length === 0 ? (
        <p>No single answer separates it from the runner-up; it wins the tie on fewer moving parts.</p>
      ) : (
        <ul>
          {rec.drivers.map((driver) => (
            <li key={driver.questionId}>
              <strong>{answerText(model, driver.questionId, driver.value)}.</strong> {driverReason(model, rec, driver)}
            </li>
          ))}
        </ul>
      )}
      {outcome.requiresNote && <p class="cc-note">{outcome.requiresNote}</p>}
      {rec.supports.length > 0 && (
        <p class="cc-note">
          Also in its favour: {rec.supports.map((d) => answerText(model, d.questionId, d.value)).join('; ')}.
        </p>
      )}
      {rec.against.length > 0 && (
        <>
          <p class="cc-subtitle">Counts against it</p>
          <ul>
            {rec.against.map((driver) => (
              <li key={driver.questionId}>
                <strong>{answerText(model, driver.questionId, driver.value)}.</strong> {driver.cell.note}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
