import { useMemo, useRef } from 'preact/hooks';
import { NumberField } from '../kit/NumberField';
import { ShareBar } from '../kit/ShareBar';
import { UrlNotice } from '../kit/UrlNotice';
import { WidgetFrame } from '../kit/WidgetFrame';
import { useCalculatorState, type CalculatorProps } from '../kit/useCalculatorState';
import { useValidity } from '../kit/useValidity';
import {
  calculator,
  computeRedundancy,
  crossFieldProblems,
  FIELD_RULES,
  redundancyShareContent,
  redundancyVerdict,
  roughFiguresText,
  type RedundancyInput,
} from '../../lib/redundancy/index';
import { BetaChart } from './BetaChart';
import { ComparisonTable } from './ComparisonTable';
import { FailureDomainGuidance } from './FailureDomainGuidance';
import { GroupResults } from './GroupResults';
import './redundancy.css';

const MTTR_ASSUMPTION = 'Assumption — set your own. The record gives no repair time; 2 h is our guess.';

/** preset="story" opens on the LXC story: two hosts, 20 days between crashes, β = 1. */
export default function Redundancy(props: CalculatorProps) {
  const story = props.preset === 'story';
  const { state, update, rejected, shareUrl, id } = useCalculatorState(calculator, props);
  const { stale: fieldInvalid, report } = useValidity();

  // k ≤ n is checked across fields; while it fails, keep showing the last inputs that passed.
  const lastValid = useRef<RedundancyInput>(state);
  const crossValid = crossFieldProblems(state).length === 0;
  if (crossValid) lastValid.current = state;
  const input = lastValid.current;
  const stale = fieldInvalid || !crossValid;

  const result = useMemo(() => computeRedundancy(input), [input]);
  const independent = useMemo(() => computeRedundancy({ ...input, beta: 0 }), [input]);
  const verdict = redundancyVerdict(input, result, independent);

  return (
    <WidgetFrame
      id={id}
      title="Redundancy under common-cause failure"
      lede="How much does each extra host add when a share β of failures takes every host down at once?"
    >
      <UrlNotice rejected={rejected} />
      <div class="kit-grid">
        <NumberField
          name="n"
          label="Hosts in the group (n)"
          value={state.n}
          {...FIELD_RULES.n}
          step={1}
          onValue={(n) => update({ n })}
          onValidity={report}
        />
        <NumberField
          name="k"
          label="Hosts that must be up (k)"
          value={state.k}
          {...FIELD_RULES.k}
          max={state.n}
          step={1}
          hint="At most n; 1 means any one host can carry the service"
          onValue={(k) => update({ k })}
          onValidity={report}
        />
        <NumberField
          name="mtbf_days"
          label="Mean time between failures, each host (MTBF)"
          unit="days"
          value={state.mtbfDays}
          {...FIELD_RULES.mtbfDays}
          step={1}
          hint={story ? 'From the record: about 20 days between crashes' : undefined}
          onValue={(mtbfDays) => update({ mtbfDays })}
          onValidity={report}
        />
        <NumberField
          name="mttr_hours"
          label="Mean time to repair (MTTR)"
          unit="hours"
          value={state.mttrHours}
          {...FIELD_RULES.mttrHours}
          step={0.5}
          hint={story ? MTTR_ASSUMPTION : 'How long a failed host takes to come back; 2 h is an example'}
          onValue={(mttrHours) => update({ mttrHours })}
          onValidity={report}
        />
        <NumberField
          name="beta"
          label="Common-cause share (β)"
          value={state.beta}
          {...FIELD_RULES.beta}
          step={0.05}
          hint={
            story
              ? 'β = 1: every recorded crash took both hosts'
              : '0: failures independent; 1: every failure hits all hosts'
          }
          onValue={(beta) => update({ beta })}
          onValidity={report}
        />
      </div>

      <p class="redundancy-verdict" data-verdict="true">
        <strong>{verdict}</strong>
      </p>
      <GroupResults result={result} stale={stale} />
      {!result.withinValidity && (
        <p class="redundancy-rough" data-rough="true">
          {roughFiguresText(result)}
        </p>
      )}
      <ComparisonTable input={input} result={result} independent={independent} />
      <BetaChart input={input} />
      <FailureDomainGuidance />
      <ShareBar
        url={shareUrl}
        summary={() => redundancyShareContent(input, result, verdict, { lastValid: stale, story })}
      />
    </WidgetFrame>
  );
}
