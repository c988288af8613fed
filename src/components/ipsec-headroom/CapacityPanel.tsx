import { NumberField } from '../kit/NumberField';
import { Result, Results } from '../kit/Results';
import { useFieldId } from '../kit/widget-context';
import { FIELD_RULES, FIGURE_FORMATS, monthsFallback, monthsValue } from '../../lib/ipsec-headroom/index';
import { DemandChart } from './DemandChart';
import { TOOL_PAGE, type PanelProps } from './panel-props';
import { StoryAlternative } from './StoryAlternative';

/** Device rating and demand in; capacity range, utilisation and months of headroom out. */
export function CapacityPanel({
  state,
  update,
  report,
  result,
  stale,
  showAlternative,
}: PanelProps & { showAlternative: boolean }) {
  const { capacity, load, forecast } = result;
  const titleId = useFieldId('capacity-title');
  const lowerIsPackets = capacity.limitedBy === 'packets';
  const toCeiling = forecast.toCeiling;
  return (
    <section class="kit-section" aria-labelledby={titleId}>
      <p class="kit-section__title" id={titleId}>
        2. The device and the demand
      </p>
      <div class="kit-grid">
        <NumberField
          name="rating"
          label="IPsec rating (datasheet)"
          unit="Mbps"
          value={state.ratingMbps}
          {...FIELD_RULES.ratingMbps}
          step={10}
          onValue={(ratingMbps) => update({ ratingMbps })}
          onValidity={report}
        />
        <NumberField
          name="rated_at"
          label="Packet size of the rating"
          unit="bytes"
          value={state.ratedAtBytes}
          {...FIELD_RULES.ratedAtBytes}
          step={1}
          hint="Often in the datasheet's footnote; 512 or 1400 are common"
          onValue={(ratedAtBytes) => update({ ratedAtBytes })}
          onValidity={report}
        />
        <NumberField
          name="demand"
          label="Peak demand today"
          unit="Mbps"
          value={state.demandMbps}
          {...FIELD_RULES.demandMbps}
          step={10}
          hint="Busiest direction, before encryption"
          onValue={(demandMbps) => update({ demandMbps })}
          onValidity={report}
        />
        <NumberField
          name="growth"
          label="Growth"
          unit="% a month"
          value={state.growthPercent}
          {...FIELD_RULES.growthPercent}
          step={0.5}
          onValue={(growthPercent) => update({ growthPercent })}
          onValidity={report}
        />
        <NumberField
          name="ceiling"
          label="Planning ceiling"
          unit="% of capacity"
          value={state.ceilingPercent}
          {...FIELD_RULES.ceilingPercent}
          step={5}
          hint="Plan the upgrade before demand passes this"
          onValue={(ceilingPercent) => update({ ceilingPercent })}
          onValidity={report}
        />
      </div>
      <Results stale={stale} label="Capacity and headroom">
        <Result
          name="capacity-pps-mbps"
          label="Capacity if packets are the limit"
          value={capacity.ppsLimitedMbps}
          unit="Mbps"
          note={lowerIsPackets ? 'The lower bound for this mix.' : undefined}
        />
        <Result
          name="capacity-bytes-mbps"
          label="Capacity if bytes are the limit"
          value={capacity.bytesLimitedMbps}
          unit="Mbps"
          note={capacity.limitedBy === 'bytes' ? 'The lower bound for this mix.' : undefined}
        />
        <Result
          name="utilisation"
          label="Utilisation (of the lower bound)"
          value={load.percent}
          unit="%"
          {...FIGURE_FORMATS.utilisation}
        />
        <Result
          name="headroom-mbps"
          label="Headroom"
          value={load.headroomMbps}
          unit="Mbps"
          note={load.headroomMbps < 0 ? 'Negative: demand is already above what the device can carry.' : undefined}
        />
        <Result
          name="months-to-ceiling"
          label={`Months until ${state.ceilingPercent} %`}
          value={monthsValue(toCeiling)}
          unit="months"
          {...FIGURE_FORMATS.months}
          fallback={monthsFallback(toCeiling)}
          note={
            toCeiling.kind === 'already'
              ? 'Already at or past the ceiling.'
              : toCeiling.kind === 'never'
                ? 'Demand is not growing.'
                : undefined
          }
        />
        <Result
          name="months-to-full"
          label="Months until 100 %"
          value={monthsValue(forecast.toFull)}
          unit="months"
          {...FIGURE_FORMATS.months}
          fallback={monthsFallback(forecast.toFull)}
          note={forecast.toFull.kind === 'already' ? 'Already over capacity.' : undefined}
        />
        <Result name="demand-pps" label="Packets per second today" value={result.demandPps} unit="packets/s" />
        <Result
          name="device-pps"
          label="Packets per second in the rating test"
          value={capacity.maxPps}
          unit="packets/s"
        />
      </Results>
      <div class="ipsec-explain">
        <p>
          <strong>Why a range?</strong> A datasheet figure holds for one packet size. If a device's cost is per byte,
          the byte limit holds; if per packet, smaller packets carry fewer bits (the packet limit). Real devices sit in
          between, so plan against the lower figure:{' '}
          <a href={`${TOOL_PAGE}#why-packets-per-second-matter`}>more on the tool page</a>.
        </p>
        <p>
          {capacity.limitedBy === 'both'
            ? 'Your mix is the rated packet size, so both limits agree.'
            : lowerIsPackets
              ? 'Your mix averages smaller packets than the rating used, so the packet limit is the lower one.'
              : 'Your mix averages larger packets than the rating used, so the byte limit is the lower one.'}
        </p>
      </div>
      <DemandChart
        result={result}
        demandMbps={state.demandMbps}
        growthPercent={state.growthPercent}
        ceilingPercent={state.ceilingPercent}
      />
      {showAlternative && <StoryAlternative state={state} />}
    </section>
  );
}
