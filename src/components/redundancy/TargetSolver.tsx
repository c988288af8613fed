/**
 * Solve for a target availability or outage count: loaded the first time its section opens.
 * The solver and its words are in src/lib/redundancy (target-solver.ts, target-solver-wording.ts).
 */
import { useMemo, useState } from 'preact/hooks';
import { RadioGroup } from '../kit/ChoiceFields';
import { ResultText, Results } from '../kit/Results';
import { TextField } from '../kit/TextField';
import { optionalNumberParam } from '../../lib/url-state/index';
import type { RedundancyInput } from '../../lib/redundancy/model';
import { TARGET_RULES, type SolveVariable } from '../../lib/redundancy/target-rules';
import { solveForTarget, type RedundancyTarget } from '../../lib/redundancy/target-solver';
import { describeSolution, SOLVE_VARIABLE_LABELS, targetShare } from '../../lib/redundancy/target-solver-wording';

export { describeSolution, solveForTarget, targetShare };

const availabilityCodec = optionalNumberParam(TARGET_RULES.availability);
const outagesCodec = optionalNumberParam(TARGET_RULES.outagesPerYear);

type TargetKind = RedundancyTarget['kind'];

interface Props {
  input: RedundancyInput;
  target: RedundancyTarget | null;
  solveFor: SolveVariable;
  onTarget: (change: { targetAvailability: number | null; targetOutages: number | null }) => void;
  onSolveFor: (variable: SolveVariable) => void;
  onValidity: (name: string, valid: boolean) => void;
}

export default function TargetSolver({ input, target, solveFor, onTarget, onSolveFor, onValidity }: Props) {
  const [kind, setKind] = useState<TargetKind>(target?.kind ?? 'availability');
  const solved = useMemo(() => {
    if (!target) return null;
    const solution = solveForTarget(input, target, solveFor);
    return { solution, words: describeSolution(solution, input) };
  }, [input, target, solveFor]);

  return (
    <div class="redundancy-solver">
      <RadioGroup<TargetKind>
        name="target_kind"
        label="Target"
        value={kind}
        options={[
          { value: 'availability', label: 'Group availability at least' },
          { value: 'outages', label: 'Group outages a year at most' },
        ]}
        onChange={(next) => {
          if (next === '' || next === kind) return;
          setKind(next);
          // One target at a time: switching kind clears the other.
          onValidity('target_availability', true);
          onValidity('target_outages', true);
          onTarget({ targetAvailability: null, targetOutages: null });
        }}
      />
      {kind === 'availability' ? (
        <TextField
          name="target_availability"
          label="Availability target, as a fraction"
          value={target?.kind === 'availability' ? target.minimum : null}
          codec={availabilityCodec}
          hint="0.9999 is “four nines”, down about 53 minutes a year; 0 to 1"
          maxLength={40}
          onValue={(value) => onTarget({ targetAvailability: value, targetOutages: null })}
          onValidity={onValidity}
        />
      ) : (
        <TextField
          name="target_outages"
          label="Outages a year, at most"
          value={target?.kind === 'outages' ? target.maximumPerYear : null}
          codec={outagesCodec}
          hint="0.5 means one outage every two years; 0 to 1,000,000"
          maxLength={40}
          onValue={(value) => onTarget({ targetAvailability: null, targetOutages: value })}
          onValidity={onValidity}
        />
      )}
      <RadioGroup<SolveVariable>
        name="solve_for"
        label="Solve for"
        value={solveFor}
        options={(['beta', 'mttr', 'n'] as const).map((value) => ({ value, label: SOLVE_VARIABLE_LABELS[value] }))}
        hint="The other inputs stay as they are above."
        onChange={(next) => {
          if (next !== '') onSolveFor(next);
        }}
      />
      {solved ? (
        <>
          <Results label="Answer for your target">
            <ResultText
              name="target-answer"
              label="Answer"
              text={solved.words.answer}
              data={{ outcome: solved.solution.kind }}
            />
          </Results>
          <p data-target-why>{solved.words.why}</p>
        </>
      ) : (
        <p class="redundancy-note">Enter a target to see the value that reaches it, or whether any can.</p>
      )}
    </div>
  );
}
