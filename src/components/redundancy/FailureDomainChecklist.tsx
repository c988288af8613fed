/**
 * The failure-domain checklist and its β estimate: loaded the first time its section opens.
 * Scoring and words are in src/lib/redundancy (failure-domains.ts, failure-domain-wording.ts).
 */
import { useMemo, useState } from 'preact/hooks';
import { RadioGroup, SelectField } from '../kit/ChoiceFields';
import { ResultText, Results } from '../kit/Results';
import {
  DETECTION_LEVELS,
  estimateBeta,
  FAILURE_DOMAIN_IDS,
  type DetectionLevel,
  type FailureDomainChecklist as Checklist,
  type FailureDomainId,
  type FailureDomainState,
} from '../../lib/redundancy/failure-domains';
import {
  BETA_ESTIMATE_ADAPTATION_NOTE,
  betaEstimateShare,
  DETECTION_LABELS,
  describeBetaEstimate,
  describeContribution,
  FAILURE_DOMAIN_LABELS,
  formatBeta,
  LXC_STORY_CHECKLIST_CAVEAT,
  LXC_STORY_FAILURE_DOMAIN_NOTES,
} from '../../lib/redundancy/failure-domain-wording';

export { betaEstimateShare, estimateBeta };

const ANSWERS = [
  { value: 'shared', label: 'Shared' },
  { value: 'separate', label: 'Not shared' },
] as const;

interface Props {
  checklist: Checklist;
  /** Domains a link named both shared and separate: left unknown, and said so. */
  conflicting: readonly FailureDomainId[];
  detection: DetectionLevel;
  story: boolean;
  beta: number;
  onChecklist: (checklist: Checklist) => void;
  onDetection: (detection: DetectionLevel) => void;
  onAdopt: (beta: number) => void;
}

export default function FailureDomainChecklist(props: Props) {
  const { checklist, conflicting, detection, story, beta } = props;
  const estimate = useMemo(() => estimateBeta(checklist, { detection }), [checklist, detection]);
  const [adopted, setAdopted] = useState<number | null>(null);
  const inUse = beta === estimate.beta;

  return (
    <div class="redundancy-checklist">
      <p class="redundancy-note">{BETA_ESTIMATE_ADAPTATION_NOTE}</p>
      {story && <p class="redundancy-note">{LXC_STORY_CHECKLIST_CAVEAT}</p>}
      {conflicting.length > 0 && (
        <p class="redundancy-rough" role="status">
          The link named {conflicting.map((id) => FAILURE_DOMAIN_LABELS[id].label.toLowerCase()).join(', ')} as both
          shared and not shared, so {conflicting.length === 1 ? 'it is' : 'they are'} left unknown.
        </p>
      )}
      <div class="redundancy-checklist__items">
        {FAILURE_DOMAIN_IDS.map((id) => (
          <RadioGroup<FailureDomainState>
            key={id}
            name={`domain-${id}`}
            label={FAILURE_DOMAIN_LABELS[id].label}
            hint={story ? LXC_STORY_FAILURE_DOMAIN_NOTES[id] : FAILURE_DOMAIN_LABELS[id].hint}
            value={checklist[id] === 'unknown' ? '' : checklist[id]}
            options={ANSWERS}
            allowNone="Unknown"
            onChange={(answer) => props.onChecklist({ ...checklist, [id]: answer === '' ? 'unknown' : answer })}
          />
        ))}
      </div>
      <SelectField<DetectionLevel>
        name="detection"
        label="How soon a failure on one host stops the trigger reaching the others"
        value={detection}
        options={DETECTION_LEVELS.map((level) => ({ value: level, label: DETECTION_LABELS[level] }))}
        onChange={props.onDetection}
      />
      <Results label="β estimated from the checklist">
        <ResultText
          name="beta-estimate"
          label="Estimated β"
          text={formatBeta(estimate.beta)}
          note="Our adaptation of IEC 61508-6 Annex D; unknown counts as shared"
        />
      </Results>
      <p data-beta-estimate-words>{describeBetaEstimate(estimate)}</p>
      <p>
        <button
          type="button"
          class="kit-button"
          data-adopt-beta
          onClick={() => {
            props.onAdopt(estimate.beta);
            setAdopted(estimate.beta);
          }}
        >
          Use this β above
        </button>{' '}
        <span role="status">{adopted !== null && inUse ? `β set to ${formatBeta(adopted)}.` : ''}</span>
      </p>
      <details class="redundancy-checklist__points">
        <summary>Points by domain</summary>
        <ul>
          {estimate.contributions.map((contribution) => (
            <li key={contribution.id}>{describeContribution(contribution, estimate)}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}
