import { RadioGroup } from '../kit/ChoiceFields';
import { DataTable } from '../kit/DataTable';
import { NumberField } from '../kit/NumberField';
import { Result, Results } from '../kit/Results';
import type { ComparisonView } from '../../lib/latency-compare/model';
import {
  projectWhatIf,
  rttFromDistanceMs,
  type ConnectionMode,
  type RoundTripInputs,
  type TlsVersion,
} from '../../lib/latency-compare/round-trips';
import { FIELD_RULES } from '../../lib/latency-compare/fields';
import { FIGURE_FORMATS } from '../../lib/latency-compare/wording';
import { fixedNumber } from '../../lib/format/index';
import { formatMs } from './format-ms';

interface Props {
  view: ComparisonView;
  rttA: number;
  rttB: number;
  distanceKm: number;
  tls: TlsVersion;
  conn: ConnectionMode;
  story: boolean;
  stale: boolean;
  onChange: (patch: {
    rttA?: number;
    rttB?: number;
    distanceKm?: number;
    tls?: TlsVersion;
    conn?: ConnectionMode;
  }) => void;
  onValidity: (name: string, valid: boolean) => void;
}

/** How much of the gap round trips explain, and what TLS 1.3, reuse or distance would change. */
export function RoundTripPanel({ view, rttA, rttB, distanceKm, tls, conn, story, stale, onChange, onValidity }: Props) {
  const breakdown = view.roundTrips;
  const assumption = story
    ? 'The record gives no RTTs. 1 ms assumes the load balancer and the servers sit in one data centre; set your own.'
    : 'Round-trip time from where the TTFB was measured; ping or curl’s TCP connect time gives it.';

  const input: RoundTripInputs | null =
    view.ttfbAMs !== null && view.ttfbBMs !== null
      ? { ttfbAMs: view.ttfbAMs, ttfbBMs: view.ttfbBMs, rttAMs: rttA, rttBMs: rttB, tls, conn }
      : null;
  const levers: Array<{ name: string; change: Parameters<typeof projectWhatIf>[1] }> = [
    { name: 'As entered', change: {} },
    ...(conn === 'cold' && tls === '1.2'
      ? [{ name: 'TLS 1.3 (one handshake round trip fewer)', change: { tls: '1.3' as const } }]
      : []),
    ...(conn === 'cold' ? [{ name: 'Reused connections (one round trip)', change: { conn: 'warm' as const } }] : []),
    {
      name: `B's path ${fixedNumber(distanceKm, 0, true)} km long (RTT ${formatMs(rttFromDistanceMs(distanceKm))} ms)`,
      change: { rttBMs: rttFromDistanceMs(distanceKm) },
    },
  ];
  const rows = input
    ? levers.map(({ name, change }) => {
        const result = projectWhatIf(input, change);
        return [name, result.roundTrips, formatMs(result.ttfbAMs), formatMs(result.ttfbBMs), formatMs(result.gapMs)];
      })
    : [];

  return (
    <section class="kit-section" aria-labelledby="latency-rtt-title">
      <p class="kit-section__title" id="latency-rtt-title">
        What the round trips explain
      </p>
      <p class="latency-note">
        Cold HTTPS: TTFB ≈ DNS + RTT × (1 for TCP + 2 for TLS 1.2 or 1 for TLS 1.3 + 1 for the request) + server time. A
        reused connection costs one RTT plus server time.
      </p>
      <div class="kit-grid">
        <NumberField
          name="rtt_a"
          label="RTT to A"
          unit="ms"
          value={rttA}
          {...FIELD_RULES.rttA}
          step={0.1}
          hint={assumption}
          onValue={(value) => onChange({ rttA: value })}
          onValidity={onValidity}
        />
        <NumberField
          name="rtt_b"
          label="RTT to B"
          unit="ms"
          value={rttB}
          {...FIELD_RULES.rttB}
          step={0.1}
          onValue={(value) => onChange({ rttB: value })}
          onValidity={onValidity}
        />
        <RadioGroup
          name="tls"
          label="TLS version"
          value={tls}
          options={[
            { value: '1.2', label: 'TLS 1.2 (2 round trips)' },
            { value: '1.3', label: 'TLS 1.3 (1 round trip)' },
          ]}
          onChange={(value) => value && onChange({ tls: value })}
        />
        <RadioGroup
          name="conn"
          label="Connection"
          value={conn}
          options={[
            { value: 'cold', label: 'Cold (new connection)' },
            { value: 'warm', label: 'Warm (reused)' },
          ]}
          onChange={(value) => value && onChange({ conn: value })}
        />
      </div>
      <Results stale={stale} label="Round-trip split">
        <Result
          name="rtt-explained-ms"
          label="Gap the RTTs explain"
          value={breakdown?.explainedMs ?? Number.NaN}
          unit="ms"
          {...FIGURE_FORMATS.difference}
          fallback="not known"
          note={breakdown ? `${breakdown.roundTrips} round trips × (RTT B − RTT A)` : undefined}
        />
        <Result
          name="unexplained-ms"
          label="Gap left for server and host"
          value={breakdown?.unexplainedMs ?? Number.NaN}
          unit="ms"
          {...FIGURE_FORMATS.difference}
          fallback="not known"
        />
      </Results>
      {breakdown && breakdown.networkExceedsTtfb.length > 0 && (
        <p class="kit-field__message">
          The round trips alone exceed the measured TTFB of{' '}
          {breakdown.networkExceedsTtfb.map((s) => s.toUpperCase()).join(' and ')}: check the RTTs and whether the
          connection really was cold.
        </p>
      )}
      <div class="kit-grid latency-whatif">
        <NumberField
          name="b_distance_km"
          label="What if B's fibre path were"
          unit="km"
          value={distanceKm}
          {...FIELD_RULES.distanceKm}
          step={100}
          hint="About 1 ms of RTT per 100 km of fibre: a floor, real paths add detours and queues"
          onValue={(distanceKm) => onChange({ distanceKm })}
        />
      </div>
      {input ? (
        <DataTable
          caption="What-if: projected TTFB in ms, holding each side's server time fixed"
          columns={['Lever', 'Round trips', 'A TTFB', 'B TTFB', 'Gap B − A']}
          rows={rows}
        />
      ) : (
        <p class="latency-note">The what-if table appears once both sides have figures to compare.</p>
      )}
    </section>
  );
}
