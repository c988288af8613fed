import { SelectField, type Choice } from '../kit/ChoiceFields';
import { NumberField } from '../kit/NumberField';
import { Result, Results } from '../kit/Results';
import { TextField } from '../kit/TextField';
import { useFieldId } from '../kit/widget-context';
import {
  CIPHER_SUITES,
  FIELD_RULES,
  FIGURE_FORMATS,
  packetMixParam,
  SUITE_IDS,
  type EspMode,
  type IpVersion,
  type SuiteId,
} from '../../lib/ipsec-headroom/index';
import { OverheadChart } from './OverheadChart';
import { PacketDiagram } from './PacketDiagram';
import type { PanelProps } from './panel-props';

const SUITE_CHOICES: Choice<SuiteId>[] = SUITE_IDS.map((id) => ({ value: id, label: CIPHER_SUITES[id].label }));
const MODE_CHOICES: Choice<EspMode>[] = [
  { value: 'tunnel', label: 'Tunnel (new outer IP header)' },
  { value: 'transport', label: 'Transport (original header kept)' },
];
const OUTER_CHOICES: Choice<IpVersion>[] = [
  { value: 'ipv4', label: 'IPv4 (20-byte header)' },
  { value: 'ipv6', label: 'IPv6 (40-byte header)' },
];
const NATT_CHOICES: Choice<'off' | 'on'>[] = [
  { value: 'off', label: 'No' },
  { value: 'on', label: 'Yes: UDP port 4500, +8 bytes' },
];

/** Cipher, mode, mix and MTU in; per-packet bytes, expansion and MTU fit out. */
export function PacketPanel({ state, update, report, result, stale }: PanelProps) {
  const { single, fit, mix } = result;
  const mssInner = fit.mss.ipv4 !== null ? 'IPv4' : 'IPv6';
  const titleId = useFieldId('packet-title');
  return (
    <section class="kit-section" aria-labelledby={titleId}>
      <p class="kit-section__title" id={titleId}>
        1. Each packet
      </p>
      <div class="kit-grid">
        <SelectField
          name="suite"
          label="Cipher suite"
          value={state.suite}
          options={SUITE_CHOICES}
          onChange={(suite) => update({ suite })}
        />
        <SelectField
          name="mode"
          label="ESP mode"
          value={state.mode}
          options={MODE_CHOICES}
          onChange={(mode) => update({ mode })}
        />
        <SelectField
          name="outer"
          label="Outer IP version"
          value={state.outer}
          options={OUTER_CHOICES}
          onChange={(outer) => update({ outer })}
        />
        <SelectField
          name="natt"
          label="NAT traversal"
          value={state.natt ? 'on' : 'off'}
          options={NATT_CHOICES}
          onChange={(value) => update({ natt: value === 'on' })}
        />
        <TextField
          name="mix"
          label="Traffic mix (inner IP bytes)"
          value={state.mix}
          codec={packetMixParam}
          maxLength={500}
          hint="imix, one size such as 1400, or size:count pairs such as 40:7,576:4,1500:1"
          onValue={(value) => update({ mix: value })}
          onValidity={report}
        />
        <NumberField
          name="mtu"
          label="Path MTU"
          unit="bytes"
          value={state.mtu}
          {...FIELD_RULES.mtu}
          step={1}
          hint="Largest packet the path between the tunnel ends carries"
          onValue={(mtu) => update({ mtu })}
          onValidity={report}
        />
      </div>
      <Results stale={stale} label="Per-packet results">
        {single && (
          <>
            <Result
              name="outer-bytes"
              label={`Outer packet for ${single.innerBytes} bytes in`}
              value={single.outerBytes}
              unit="bytes"
              {...FIGURE_FORMATS.bytes}
            />
            <Result
              name="overhead-bytes"
              label="Overhead"
              value={single.overheadBytes}
              unit="bytes"
              {...FIGURE_FORMATS.bytes}
            />
            <Result
              name="pad-bytes"
              label="Of which padding"
              value={single.padBytes}
              unit="bytes"
              {...FIGURE_FORMATS.bytes}
            />
          </>
        )}
        <Result
          name="expansion"
          label="Expansion (outer ÷ inner bytes)"
          value={mix.expansion}
          unit="×"
          {...FIGURE_FORMATS.expansion}
          note={`Overhead ranges ${result.bounds.min}–${result.bounds.max} bytes a packet with these settings.`}
        />
        <Result
          name="fragments"
          label={`Pieces for the largest packet (${fit.largest.innerBytes} bytes)`}
          value={fit.largest.fragments}
          {...FIGURE_FORMATS.bytes}
          note={
            fit.largest.fragments > 1
              ? `Its ${fit.largest.outerBytes}-byte ESP packet exceeds the path MTU.`
              : 'Fits the path MTU whole.'
          }
        />
        <Result
          name="max-inner"
          label="Largest inner packet that fits"
          value={fit.maxInnerBytes}
          unit="bytes"
          {...FIGURE_FORMATS.bytes}
        />
        <Result
          name="mss"
          label={`TCP MSS to clamp to (${mssInner} inside)`}
          value={fit.mss.ipv4 ?? fit.mss.ipv6 ?? 0}
          unit="bytes"
          {...FIGURE_FORMATS.bytes}
        />
        {fit.mss.ipv4 !== null && fit.mss.ipv6 !== null && (
          <Result
            name="mss-ipv6"
            label="TCP MSS to clamp to (IPv6 inside)"
            value={fit.mss.ipv6}
            unit="bytes"
            {...FIGURE_FORMATS.bytes}
          />
        )}
      </Results>
      {result.cautions.length > 0 && (
        <ul class="ipsec-cautions">
          {result.cautions.map((caution) => (
            <li key={caution}>{caution}</li>
          ))}
        </ul>
      )}
      <PacketDiagram packet={result.diagram} fromMix={!single} />
      <OverheadChart settings={result.settings} maxInner={fit.maxInnerBytes} mtu={state.mtu} />
    </section>
  );
}
