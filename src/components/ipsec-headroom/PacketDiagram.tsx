import { useState } from 'preact/hooks';
import type { EspPacket, SegmentKey } from '../../lib/ipsec-headroom/index';
import { useFieldId } from '../kit/widget-context';

interface Props {
  packet: EspPacket;
  /** The packet is the largest of a mix rather than the reader's single size. */
  fromMix: boolean;
}

/**
 * The ESP packet as a bar whose parts are as wide as their bytes. The bar is one listbox: Tab
 * reaches it, arrow keys step through the fields and a screen reader names each one. Parts too
 * narrow to be touch targets of their own are reached this way too; the table below holds the same facts.
 */
export function PacketDiagram({ packet, fromMix }: Props) {
  const id = useFieldId('diagram');
  const parts = packet.segments.filter((segment) => segment.bytes > 0);
  const [selected, setSelected] = useState<SegmentKey | null>(null);
  const current = parts.find((segment) => segment.key === selected);
  const caption = `${fromMix ? 'Largest packet in the mix' : 'Your packet'}: ${packet.innerBytes} bytes in, ${packet.outerBytes} bytes on the wire`;

  const move = (event: KeyboardEvent) => {
    const index = parts.findIndex((segment) => segment.key === selected);
    const last = parts.length - 1;
    const next: Record<string, number> = {
      ArrowRight: Math.min(last, index + 1),
      ArrowDown: Math.min(last, index + 1),
      ArrowLeft: Math.max(0, index - 1),
      ArrowUp: Math.max(0, index - 1),
      Home: 0,
      End: last,
    };
    const target = next[event.key];
    if (target === undefined) return;
    event.preventDefault();
    setSelected(parts[target]?.key ?? null);
  };

  return (
    <figure class="ipsec-diagram" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} class="ipsec-diagram__caption">
        {caption}
      </figcaption>
      <ol
        class="ipsec-diagram__bar"
        role="listbox"
        tabIndex={0}
        aria-label="Fields of the encrypted packet, first byte first"
        aria-describedby={`${id}-keys`}
        aria-activedescendant={current ? `${id}-${current.key}` : undefined}
        onFocus={() => selected === null && setSelected(parts[0]?.key ?? null)}
        onKeyDown={move}
      >
        {parts.map((segment) => (
          <li
            key={segment.key}
            id={`${id}-${segment.key}`}
            role="option"
            aria-selected={segment.key === selected}
            aria-label={`${segment.label}: ${segment.bytes} bytes, ${segment.source}`}
            title={`${segment.label}: ${segment.bytes} bytes`}
            class={`ipsec-diagram__part ipsec-diagram__part--${segment.key}`}
            style={{ flexGrow: segment.bytes }}
            onMouseEnter={() => setSelected(segment.key)}
            onClick={() => setSelected(segment.key)}
          />
        ))}
      </ol>
      <span class="sr-only" id={`${id}-keys`}>
        Use the arrow keys to step through the fields.
      </span>
      <p class="ipsec-diagram__detail">
        {current
          ? `${current.label}: ${current.bytes} bytes (${current.source}).`
          : 'Hover or tap a part of the bar to name it, or Tab to it and use the arrow keys.'}
      </p>
      <div class="kit-table-scroll" tabIndex={0} role="region" aria-label="Bytes by field">
        <table class="kit-table">
          <caption>Bytes by field, in wire order</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Bytes</th>
              <th scope="col">Defined in</th>
            </tr>
          </thead>
          <tbody>
            {packet.segments.map((segment) => (
              <tr key={segment.key}>
                <th scope="row">
                  <span class={`ipsec-diagram__swatch ipsec-diagram__part--${segment.key}`} aria-hidden="true" />
                  {segment.label}
                </th>
                <td>{segment.bytes}</td>
                <td>{segment.source}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">Total on the wire</th>
              <td>{packet.outerBytes}</td>
              <td />
            </tr>
          </tbody>
        </table>
      </div>
    </figure>
  );
}
