import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { RETRY_SENTENCE, retryableImport } from '../kit/recovery';
import { useLazyModule } from '../kit/useLazyModule';
import { useFieldId } from '../kit/widget-context';
import { cleanCounterText, type HeadroomInputs } from '../../lib/ipsec-headroom/index';
import type { PanelProps } from './panel-props';

// The sections' code (parsers, SA and MSS maths, their panels) loads the first time one opens,
// so it stays out of the island's first download.
export const loadParts = retryableImport(() => import('./further-parts'));
export type FurtherParts = typeof import('./further-parts');

/**
 * A closed <details>: the server renders only its summary line (and the counters box), so the
 * page stays light. Not controlled by Preact: a reader may open it before hydration, and the
 * mount effect reads that state from the element.
 */
function Section({
  title,
  open,
  onOpen,
  children,
}: {
  title: string;
  open: boolean;
  onOpen: () => void;
  children: ComponentChildren;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const details = ref.current!;
    if (open) details.open = true;
    if (details.open) onOpen();
  }, [open]);
  return (
    <details ref={ref} class="ipsec-more" onToggle={(event) => event.currentTarget.open && onOpen()}>
      <summary>{title}</summary>
      {children}
    </details>
  );
}

export interface MoreProps extends PanelProps {
  invalid: ReadonlySet<string>;
  /** The sections' module, once loaded (the island puts its share rows in copies). */
  onParts: (parts: FurtherParts) => void;
}

const hasSaInputs = (s: HeadroomInputs) =>
  s.cores !== null || s.perSaMbps !== null || s.perSaPps !== null || s.saCount !== 1 || s.perCpuSa;

/** Measured load, the single-SA ceiling, MSS lines and other encapsulations (issue 18). */
export function MoreSections(props: MoreProps) {
  const { state, update } = props;
  const [wanted, setWanted] = useState(false);
  const want = () => setWanted(true);
  const { module: parts, failed } = useLazyModule(loadParts, wanted);
  const boxId = useFieldId('counters');
  useEffect(() => {
    if (parts) props.onParts(parts);
  }, [parts]);
  const wait = <p class="ipsec-more__wait">{failed ? `Could not load this section. ${RETRY_SENTENCE}` : 'Loading…'}</p>;
  const part = (render: (p: FurtherParts) => ComponentChildren) => (parts ? render(parts) : wait);
  return (
    <>
      <Section title="Measured load from interface counters" open={state.counters.trim() !== ''} onOpen={want}>
        <label for={boxId}>Two snapshots of the counters, pasted one after the other</label>
        <textarea
          id={boxId}
          name="counters"
          rows={6}
          spellcheck={false}
          autoComplete="off"
          value={state.counters}
          onInput={(event) => update({ counters: cleanCounterText(event.currentTarget.value) })}
        />
        {part((p) => (
          <p.MeasuredPart {...props} />
        ))}
      </Section>
      <Section title="Single-SA ceiling: bytes, packets or one core" open={hasSaInputs(state)} onOpen={want}>
        {part((p) => (
          <p.SaPart {...props} />
        ))}
      </Section>
      <Section title="MSS lines to paste (Junos, IOS, Linux)" open={false} onOpen={want}>
        {part((p) => (
          <p.MssPart {...props} />
        ))}
      </Section>
      <Section title="GRE over IPsec and WireGuard beside ESP" open={false} onOpen={want}>
        {part((p) => (
          <p.EncapPart {...props} />
        ))}
      </Section>
    </>
  );
}
