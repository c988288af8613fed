import { useMemo } from 'preact/hooks';
import { Result, Results } from '../kit/Results';
import {
  ipsecHeadroom,
  type HeadroomInputs,
  monthsValue,
  STORY_ALTERNATIVE_RATING_MBPS,
} from '../../lib/ipsec-headroom/index';

/** The story's road not taken: the same inputs on the 2 Gbps model. */
export function StoryAlternative({ state }: { state: HeadroomInputs }) {
  const alternative = useMemo(() => ipsecHeadroom({ ...state, ratingMbps: STORY_ALTERNATIVE_RATING_MBPS }), [state]);
  const toCeiling = alternative.forecast.toCeiling;
  return (
    <div class="ipsec-alternative">
      <p class="kit-section__title">Beside it: the 2 Gbps model that was considered</p>
      <p>The same cipher, mix, demand and growth on a device rated at 2,000 Mbps at the same packet size.</p>
      <Results label="The 2 Gbps alternative">
        <Result
          name="alt-capacity-mbps"
          label="Capacity (lower bound)"
          value={alternative.capacity.worstMbps}
          unit="Mbps"
        />
        <Result
          name="alt-utilisation"
          label="Utilisation"
          value={alternative.load.percent}
          unit="%"
          digits={4}
          maxFractionDigits={1}
        />
        <Result name="alt-headroom-mbps" label="Headroom" value={alternative.load.headroomMbps} unit="Mbps" />
        <Result
          name="alt-months-to-ceiling"
          label={`Months until ${state.ceilingPercent} %`}
          value={monthsValue(toCeiling)}
          unit="months"
          digits={3}
          maxFractionDigits={1}
          fallback={toCeiling.kind === 'beyond' ? 'over 100 years' : 'never'}
          note={toCeiling.kind === 'already' ? 'Already at or past the ceiling.' : undefined}
        />
      </Results>
    </div>
  );
}
