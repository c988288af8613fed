import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { NumberField } from '../kit/NumberField';
import { ShareBar } from '../kit/ShareBar';
import { UrlNotice } from '../kit/UrlNotice';
import { WidgetFrame } from '../kit/WidgetFrame';
import { useCalculatorState, type CalculatorProps } from '../kit/useCalculatorState';
import { retryableImport } from '../kit/recovery';
import { useLazyModule } from '../kit/useLazyModule';
import { useValidity } from '../kit/useValidity';
import {
  calculator,
  checklistChanged,
  checklistOf,
  compareWithClosedForm,
  crossFieldProblems,
  exactRedundancy,
  FIELD_RULES,
  redundancyShareContent,
  redundancyVerdict,
  targetOf,
  type RedundancyState,
  type ShareExtras,
} from '../../lib/redundancy/index';
import { listsFromChecklist } from '../../lib/redundancy/failure-domain-codec';
import type { FailureDomainId } from '../../lib/redundancy/failure-domain-ids';
import { BetaChart } from './BetaChart';
import { ClosedFormBeside } from './ClosedFormBeside';
import { ComparisonTable } from './ComparisonTable';
import { FailureDomainGuidance } from './FailureDomainGuidance';
import { GroupResults } from './GroupResults';
import { LazyPart } from './LazyPart';
import './redundancy.css';

const MTTR_ASSUMPTION = 'Assumption — set your own. The record gives no repair time; 2 h is our guess.';

// Fetched the first time their section opens (or at once when a link fills them in).
const loadChecklist = retryableImport(() => import('./FailureDomainChecklist'));
const loadSolver = retryableImport(() => import('./TargetSolver'));

/** An emptied list stays out of the link where the preset had none, and is written "none" where it had some. */
const listFor = (ids: FailureDomainId[], preset: FailureDomainId[] | null) =>
  ids.length === 0 && preset === null ? null : ids;

/** preset="story" opens on the LXC story: two hosts, 20 days between crashes, β = 1. */
export default function Redundancy(props: CalculatorProps) {
  const story = props.preset === 'story';
  const presetState: RedundancyState = calculator.presets[props.preset ?? 'default'] ?? calculator.presets.default;
  const { state, update, rejected, shareUrl, id } = useCalculatorState(calculator, props);
  const { stale: fieldInvalid, report } = useValidity();

  // k ≤ n is checked across fields; while it fails, keep showing the last inputs that passed.
  const lastValid = useRef<RedundancyState>(state);
  const crossValid = crossFieldProblems(state).length === 0;
  if (crossValid) lastValid.current = state;
  const { n, k, mtbfDays, mttrHours, beta } = lastValid.current;
  const input = useMemo(() => ({ n, k, mtbfDays, mttrHours, beta }), [n, k, mtbfDays, mttrHours, beta]);
  const stale = fieldInvalid || !crossValid;

  const comparison = useMemo(() => compareWithClosedForm(input), [input]);
  const result = comparison.exact;
  const independent = useMemo(() => exactRedundancy({ ...input, beta: 0 }), [input]);
  const verdict = redundancyVerdict(input, result, independent);

  // The two optional parts open by themselves when a link fills them in.
  const target = targetOf(state);
  const checklistFromLink = checklistChanged(state, presetState);
  const [checklistOpen, setChecklistOpen] = useState(checklistFromLink);
  const [solverOpen, setSolverOpen] = useState(target !== null);
  useEffect(() => {
    if (checklistFromLink) setChecklistOpen(true);
  }, [checklistFromLink]);
  useEffect(() => {
    if (target !== null) setSolverOpen(true);
  }, [target !== null]);
  const checklistPart = useLazyModule(loadChecklist, checklistOpen);
  const solverPart = useLazyModule(loadSolver, solverOpen);
  const { checklist, conflicting } = useMemo(() => checklistOf(state), [state.shared, state.separate]);
  const targetMemo = useMemo(() => target, [state.targetAvailability, state.targetOutages]);

  const shareExtras = (): ShareExtras[] => {
    const extras: ShareExtras[] = [];
    const checklistModule = checklistPart.module;
    if (checklistOpen && checklistModule) {
      const estimate = checklistModule.estimateBeta(checklist, { detection: state.detection });
      extras.push(checklistModule.betaEstimateShare(checklist, estimate, { story }));
    }
    const solverModule = solverPart.module;
    if (solverOpen && solverModule && targetMemo) {
      const solution = solverModule.solveForTarget(input, targetMemo, state.solveFor);
      extras.push(solverModule.targetShare(targetMemo, state.solveFor, solverModule.describeSolution(solution, input)));
    }
    return extras;
  };

  const Checklist = checklistPart.module?.default;
  const Solver = solverPart.module?.default;

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
      <ClosedFormBeside comparison={comparison} />
      <LazyPart
        part="checklist"
        summary="Estimate β from what the hosts share"
        intro={
          story
            ? 'What the two LXC hosts shared, as far as the record says: the same VLAN, and everything else unknown.'
            : 'Eight failure domains, each shared, not shared or unknown, scored by our adaptation of IEC 61508-6 Annex D.'
        }
        open={checklistOpen}
        onOpen={setChecklistOpen}
        loaded={Boolean(Checklist)}
        failed={checklistPart.failed}
      >
        {Checklist && (
          <Checklist
            checklist={checklist}
            conflicting={conflicting}
            detection={state.detection}
            story={story}
            beta={state.beta}
            onChecklist={(next) => {
              const lists = listsFromChecklist(next);
              update({
                shared: listFor(lists.shared, presetState.shared),
                separate: listFor(lists.separate, presetState.separate),
              });
            }}
            onDetection={(detection) => update({ detection })}
            onAdopt={(beta) => update({ beta })}
          />
        )}
      </LazyPart>
      <LazyPart
        part="solver"
        summary="Solve for a target"
        intro="Give a minimum availability or a maximum number of outages a year, and find the β, MTTR or n that reaches it."
        open={solverOpen}
        onOpen={setSolverOpen}
        loaded={Boolean(Solver)}
        failed={solverPart.failed}
      >
        {Solver && (
          <Solver
            input={input}
            target={targetMemo}
            solveFor={state.solveFor}
            onTarget={(change) => update(change)}
            onSolveFor={(solveFor) => update({ solveFor })}
            onValidity={report}
          />
        )}
      </LazyPart>
      <ComparisonTable input={input} result={result} independent={independent} />
      <BetaChart input={input} />
      <FailureDomainGuidance />
      <ShareBar
        url={shareUrl}
        summary={() => redundancyShareContent(input, comparison, verdict, { lastValid: stale, story }, shareExtras())}
      />
    </WidgetFrame>
  );
}
