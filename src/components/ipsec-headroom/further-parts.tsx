// The four optional sections' panels, loaded the first time one of them opens (MoreSections.tsx).
import { useMemo, useState } from 'preact/hooks';
import { SelectField, type Choice } from '../kit/ChoiceFields';
import { copyText } from '../kit/clipboard';
import { NumberField } from '../kit/NumberField';
import { Result, Results, ResultText } from '../kit/Results';
import { TextField } from '../kit/TextField';
import { useFieldId } from '../kit/widget-context';
import { figureText } from '../../lib/format/index';
import { optionalNumberParam } from '../../lib/url-state/index';
import { FIELD_RULES, type CounterBitsChoice } from '../../lib/ipsec-headroom/fields';
import {
  BINDING_WORDS,
  encapRows,
  measuredFigures,
  measuredFor,
  measuredPatch,
  mssLinesFor,
  saFor,
  type NamedMssLine,
} from '../../lib/ipsec-headroom/further-checks';
import type { CounterDirection } from '../../lib/ipsec-headroom/interface-counters/measured-load';
import { ifaceParam, MAX_LINKED_COUNTER_TEXT } from '../../lib/ipsec-headroom/counter-params';
import { FIGURE_FORMATS } from '../../lib/ipsec-headroom/figure-formats';
import type { MoreProps } from './MoreSections';
import './further-parts.css';

export { furtherShareTables } from '../../lib/ipsec-headroom/further-checks';
// The copy formats' wording travels with the sections' code: the first copy loads both.
export { headroomShareContent } from '../../lib/ipsec-headroom/share-content';

const secondsCodec = optionalNumberParam(FIELD_RULES.counterSeconds);
const coresCodec = optionalNumberParam(FIELD_RULES.cores);
const perSaMbpsCodec = optionalNumberParam(FIELD_RULES.perSaMbps);
const perSaPpsCodec = optionalNumberParam(FIELD_RULES.perSaPps);

const DIRECTION_CHOICES: Choice<CounterDirection>[] = [
  { value: 'tx', label: 'Sent (tx): into the tunnel or link' },
  { value: 'rx', label: 'Received (rx)' },
];
const BITS_CHOICES: Choice<CounterBitsChoice>[] = [
  { value: 'auto', label: 'Decide from the output' },
  { value: '32', label: '32-bit' },
  { value: '64', label: '64-bit' },
];
const YES_NO: Choice<'off' | 'on'>[] = [
  { value: 'off', label: 'No' },
  { value: 'on', label: 'Yes, on both peers' },
];

const staleIn = (invalid: ReadonlySet<string>, names: readonly string[]) => names.some((name) => invalid.has(name));

export function MeasuredPart({ state, update, report, invalid }: MoreProps) {
  const load = useMemo(
    () => measuredFor(state),
    [state.counters, state.counterSeconds, state.direction, state.iface, state.counterBits],
  );
  const [applied, setApplied] = useState(false);
  const figures = load?.ok ? measuredFigures(load) : null;
  return (
    <div class="ipsec-more__body">
      <p class="ipsec-more__hint">
        Run the same command twice, some seconds apart, and paste both outputs: <code>ip -s link show dev eth0</code>,{' '}
        <code>cat /proc/net/dev</code>, <code>ifconfig eth0</code>, Junos <code>show interfaces st0.0 extensive</code>{' '}
        or <code>show security ipsec statistics</code>, or two <code>snmpget</code> readings of ifHCInOctets,
        ifHCInUcastPkts, ifHCOutOctets and ifHCOutUcastPkts.
      </p>
      {state.counters.length > MAX_LINKED_COUNTER_TEXT && (
        <p class="ipsec-more__note" role="status">
          This paste is longer than a link can carry ({MAX_LINKED_COUNTER_TEXT} characters), so shared links leave it
          out.
        </p>
      )}
      <div class="kit-grid">
        <TextField
          name="counter_seconds"
          label="Seconds between the snapshots"
          value={state.counterSeconds}
          codec={secondsCodec}
          maxLength={32}
          onValue={(counterSeconds) => update({ counterSeconds })}
          onValidity={report}
        />
        <SelectField
          name="direction"
          label="Direction"
          value={state.direction}
          options={DIRECTION_CHOICES}
          onChange={(direction) => update({ direction })}
        />
        <TextField
          name="iface"
          label="Interface"
          value={state.iface}
          codec={ifaceParam}
          maxLength={64}
          hint={
            load && !load.ok && load.interfaces
              ? `In the paste: ${load.interfaces.join(', ')}`
              : 'Needed only when the snapshots list several'
          }
          onValue={(iface) => update({ iface })}
          onValidity={report}
        />
        <SelectField
          name="counter_bits"
          label="Counter width"
          value={state.counterBits}
          options={BITS_CHOICES}
          onChange={(counterBits) => update({ counterBits })}
        />
      </div>
      {load && !load.ok && (
        <p class="ipsec-more__problem" role="status">
          {load.message}
        </p>
      )}
      {load?.ok && figures && (
        <>
          <Results stale={staleIn(invalid, ['counter_seconds', 'iface'])} label="Measured load">
            <ResultText
              name="measured-format"
              label="Format detected"
              text={`${load.formatLabel}, ${load.iface}`}
              data={{ format: load.format }}
            />
            <Result
              name="measured-mbps"
              label={figures.ipLayer ? 'Measured load (IP bytes)' : 'Measured load (bytes as counted)'}
              value={figures.mbps}
              unit="Mbps"
              {...FIGURE_FORMATS.rate}
              note={
                figures.ipLayer
                  ? `Without ${load.framingBytes} bytes of framing a packet (${load.framingBasis}).`
                  : undefined
              }
            />
            {figures.pps !== null && (
              <Result name="measured-pps" label="Packets per second" value={figures.pps} unit="packets/s" />
            )}
            {figures.meanBytes !== null && (
              <Result name="measured-mean-bytes" label="Mean packet" value={figures.meanBytes} unit="bytes" />
            )}
          </Results>
          <ul class="ipsec-more__notes">
            {load.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
          <p>
            <button
              type="button"
              class="kit-button"
              onClick={() => {
                update(measuredPatch(load));
                setApplied(true);
              }}
            >
              Use these figures for the demand and the packet mix
            </button>{' '}
            <span role="status">
              {applied ? 'Peak demand and traffic mix in section 2 and 1 now hold the measured figures.' : ''}
            </span>
          </p>
          <p class="ipsec-more__hint">
            The mix becomes one packet size, the measured mean: it needs the same packets per second as the real mix,
            but says nothing about its largest packets, so keep the path-MTU check on a mix you know.
          </p>
        </>
      )}
    </div>
  );
}

export function SaPart({ state, update, report, result, invalid }: MoreProps) {
  const view = useMemo(() => saFor(state, result), [state, result]);
  const { ceiling } = view;
  return (
    <div class="ipsec-more__body">
      <p class="ipsec-more__hint">
        An SA’s sequence numbers, replay window and cipher state are shared, so a gateway works on one SA with one core
        at a time, unless both peers use per-CPU SAs (RFC 9611; Linux 6.13 and later, strongSwan 6.0.2 and later). A
        single-tunnel test of your device tells you what one core does.
      </p>
      <div class="kit-grid">
        <TextField
          name="cores"
          label="Cores that process IPsec"
          value={state.cores}
          codec={coresCodec}
          maxLength={32}
          hint="Leave empty if unknown"
          onValue={(cores) => update({ cores })}
          onValidity={report}
        />
        <TextField
          name="per_sa_mbps"
          label="One SA on one core (Mbps)"
          value={state.perSaMbps}
          codec={perSaMbpsCodec}
          maxLength={32}
          hint="Inner Mbps from a single-tunnel test"
          onValue={(perSaMbps) => update({ perSaMbps })}
          onValidity={report}
        />
        <TextField
          name="per_sa_pps"
          label="One SA on one core (packets/s)"
          value={state.perSaPps}
          codec={perSaPpsCodec}
          maxLength={32}
          hint="Optional; the lower of the two counts"
          onValue={(perSaPps) => update({ perSaPps })}
          onValidity={report}
        />
        <NumberField
          name="sa_count"
          label="SAs or tunnels the traffic is spread over"
          value={state.saCount}
          {...FIELD_RULES.saCount}
          step={1}
          onValue={(saCount) => update({ saCount })}
          onValidity={report}
        />
        <SelectField
          name="per_cpu_sa"
          label="Per-CPU SAs (RFC 9611)"
          value={state.perCpuSa ? 'on' : 'off'}
          options={YES_NO}
          onChange={(value) => update({ perCpuSa: value === 'on' })}
        />
      </div>
      <Results
        stale={staleIn(invalid, ['cores', 'per_sa_mbps', 'per_sa_pps', 'sa_count', 'mix', 'mtu', 'rating', 'rated_at'])}
        label="Single-SA ceiling"
      >
        <ResultText
          name="sa-binding"
          label="Ceiling that binds"
          text={BINDING_WORDS[ceiling.binding]}
          data={{ binding: ceiling.binding }}
        />
        <Result name="sa-ceiling-mbps" label="Ceiling for this mix" value={ceiling.ceilingMbps} unit="Mbps" />
        <Result
          name="sa-all-cores-mbps"
          label="With an SA on every core"
          value={ceiling.split.ceilingMbps}
          unit="Mbps"
          note={
            ceiling.split.gain > 1.0005
              ? `${ceiling.split.saCountForAllCores} SAs: ${figureText(ceiling.split.gain)}× today’s ceiling.`
              : 'Splitting buys nothing here: the device limit binds.'
          }
        />
      </Results>
      <ul class="ipsec-more__notes">
        {view.coresAssumed && <li>Cores not given: each SA is taken to have a core of its own.</li>}
        {ceiling.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      <p class="ipsec-more__hint">What splitting into several SAs or tunnels does not buy:</p>
      <ul class="ipsec-more__notes">
        {ceiling.split.caveats.map((caveat) => (
          <li key={caveat}>{caveat}</li>
        ))}
      </ul>
    </div>
  );
}

function MssLine({ line }: { line: NamedMssLine }) {
  const [status, setStatus] = useState('');
  const id = useFieldId(line.output);
  const inner = line.inner === 'ipv4' ? 'IPv4' : 'IPv6';
  return (
    <div class="ipsec-mss">
      <p class="ipsec-mss__label" id={`${id}-label`}>
        {line.label}
        {line.platform === 'junos' ? '' : `, ${inner} inside`}
        {line.context ? `: ${line.context}` : ''}
      </p>
      {line.problem ? (
        <p class="ipsec-more__problem">{line.problem}</p>
      ) : (
        <>
          <code class="ipsec-mss__line">
            <output name={line.output} aria-labelledby={`${id}-label`}>
              {line.line}
            </output>
          </code>
          <button
            type="button"
            class="kit-button"
            aria-describedby={`${id}-label`}
            onClick={() => {
              void copyText(line.line).then((ok) => setStatus(ok ? 'Copied.' : 'The browser did not allow copying.'));
            }}
          >
            Copy
          </button>{' '}
          <span role="status">{status}</span>
        </>
      )}
      <a class="ipsec-mss__doc" href={line.docUrl} rel="noopener">
        {line.docTitle}
      </a>
    </div>
  );
}

export function MssPart({ result }: MoreProps) {
  const lines = useMemo(() => mssLinesFor(result), [result]);
  return (
    <div class="ipsec-more__body">
      <p class="ipsec-more__hint">
        The MSS from section 1, written for each platform. Junos takes one value for IPv4 and IPv6 alike, so it gets the
        smaller. Clamping only ever lowers the MSS a host announces.
      </p>
      {lines.map((line) => (
        <MssLine key={line.output} line={line} />
      ))}
    </div>
  );
}

export function EncapPart({ state, result }: MoreProps) {
  const { innerBytes, rows } = useMemo(() => encapRows(state, result), [state, result]);
  const cell = (name: string, value: number) => <output name={name}>{String(value)}</output>;
  return (
    <div class="ipsec-more__body">
      <p class="ipsec-more__hint">
        GRE over IPsec puts a delivery IP header and a 4-byte GRE header (8 with a key) inside the same ESP, which is
        what routing protocols over a tunnel need. WireGuard has a fixed 32 bytes of its own plus UDP and IP, and pads
        the packet to 16 bytes.
      </p>
      <div class="ipsec-more__table">
        <table>
          <caption>
            Per packet on a {state.mtu}-byte path, for a {innerBytes}-byte inner packet (bytes)
          </caption>
          <thead>
            <tr>
              <th scope="col">Encapsulation</th>
              <th scope="col">Overhead</th>
              <th scope="col">Largest inner packet</th>
              <th scope="col">TCP MSS</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td>{cell(`encap-${row.key}-overhead`, row.overheadBytes)}</td>
                <td>{cell(`encap-${row.key}-max-inner`, row.maxInnerBytes)}</td>
                <td>
                  {cell(`encap-${row.key}-mss`, row.mss)} ({row.inner === 'ipv4' ? 'IPv4' : 'IPv6'} inside)
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
