import { NumberField } from '../kit/NumberField';
import { Result, ResultText, Results } from '../kit/Results';
import { useFieldId } from '../kit/widget-context';
import { formatNumber } from '../../lib/format/index';
import { FIELD_RULES } from '../../lib/ipsec-headroom/index';
import { TOOL_PAGE, type PanelProps } from './panel-props';

const LIMIT_WORDS = {
  window: 'the window: one window of data per round trip',
  loss: 'packet loss (Mathis bound)',
  tunnel: 'the tunnel itself',
} as const;

/** One TCP connection through the tunnel: window ÷ RTT, the loss bound and the BDP. */
export function FlowPanel({ state, update, report, result, stale }: PanelProps) {
  const { flow, capacity } = result;
  const titleId = useFieldId('flow-title');
  const share = (flow.flowMbps / capacity.worstMbps) * 100;
  const verdict =
    flow.limitedBy === 'tunnel'
      ? `One flow could fill the tunnel: ${formatNumber(flow.flowMbps)} Mbps.`
      : `One flow tops out at ${formatNumber(flow.flowMbps)} Mbps, ${formatNumber(share, { maxFractionDigits: 1 })} % of the tunnel, limited by ${LIMIT_WORDS[flow.limitedBy]}.`;
  return (
    <section class="kit-section ipsec-flow" aria-labelledby={titleId}>
      <p class="kit-section__title" id={titleId}>
        3. One big transfer
      </p>
      <div class="kit-grid">
        <NumberField
          name="rtt"
          label="Round-trip time"
          unit="ms"
          value={state.rttMs}
          {...FIELD_RULES.rttMs}
          step={1}
          onValue={(rttMs) => update({ rttMs })}
          onValidity={report}
        />
        <NumberField
          name="window"
          label="TCP window"
          unit="KiB"
          value={state.windowKiB}
          {...FIELD_RULES.windowKiB}
          step={64}
          hint="64 KiB is about the most TCP offers without window scaling (RFC 7323)"
          onValue={(windowKiB) => update({ windowKiB })}
          onValidity={report}
        />
        <NumberField
          name="loss"
          label="Packet loss"
          unit="%"
          value={state.lossPercent}
          {...FIELD_RULES.lossPercent}
          step={0.01}
          onValue={(lossPercent) => update({ lossPercent })}
          onValidity={report}
        />
      </div>
      <Results stale={stale} label="Single-flow limits">
        <Result name="flow-window-mbps" label="Window limit (window ÷ RTT)" value={flow.windowMbps} unit="Mbps" />
        <Result
          name="flow-mathis-mbps"
          label="Loss limit (Mathis, C = √1.5)"
          value={flow.mathis.kind === 'bound' ? flow.mathis.mbps : Number.POSITIVE_INFINITY}
          unit="Mbps"
          fallback="no limit"
          note={flow.mathis.kind === 'none' ? 'No loss, so no bound from this model.' : undefined}
        />
        <Result name="bdp-bytes" label="Bytes in flight to fill the tunnel (BDP)" value={flow.bdpBytes} unit="bytes" />
        <ResultText name="flow-verdict" label="So one transfer gets" text={verdict} />
      </Results>
      <p class="ipsec-explain">
        One TCP connection moves at most a window per round trip, and loss lowers that further (the Mathis bound, an
        upper limit for one Reno-style flow). Many flows, not one, fill a tunnel:{' '}
        <a href={`${TOOL_PAGE}#one-big-transfer-is-not-the-tunnel`}>more on the tool page</a>.
      </p>
    </section>
  );
}
