import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { ShareBar } from '../kit/ShareBar';
import { UrlNotice } from '../kit/UrlNotice';
import { WidgetFrame } from '../kit/WidgetFrame';
import { useCalculatorState, type CalculatorProps } from '../kit/useCalculatorState';
import { useValidity } from '../kit/useValidity';
import { calculator, ipsecHeadroom } from '../../lib/ipsec-headroom/index';
import { CapacityPanel } from './CapacityPanel';
import { FlowPanel } from './FlowPanel';
import { loadParts, MoreSections, type FurtherParts } from './MoreSections';
import { PacketPanel } from './PacketPanel';
import './ipsec-headroom.css';

// Which fields each panel's results depend on, so only the panels an invalid field feeds are marked stale.
const PACKET_FIELDS = ['mix', 'mtu'];
const CAPACITY_FIELDS = [...PACKET_FIELDS, 'rating', 'rated_at', 'demand', 'growth', 'ceiling'];
const FLOW_FIELDS = [...CAPACITY_FIELDS, 'rtt', 'window', 'loss'];

/**
 * preset="story" starts from the tunnel story's figures and shows the 2 Gbps alternative. The
 * page passes the story note (StoryNote.astro) as children: prose rendered at build time, so it
 * costs the island no JavaScript.
 */
export default function IpsecHeadroom(props: CalculatorProps & { children?: ComponentChildren }) {
  const story = props.preset === 'story';
  const { state, update, rejected, shareUrl, id } = useCalculatorState(calculator, props);
  const { invalidFields, report } = useValidity();
  const result = useMemo(() => ipsecHeadroom(state), [state]);
  const staleFor = (fields: string[]) => fields.some((field) => invalidFields.has(field));
  // Once the optional sections' code is in, their figures are on the page and in every copy.
  const [parts, setParts] = useState<FurtherParts | null>(null);

  return (
    <WidgetFrame
      id={id}
      title="IPsec tunnel headroom"
      lede="What ESP adds to each packet, what the device can carry for your traffic mix, and how many months of growth are left."
    >
      <UrlNotice rejected={rejected} />
      {story && props.children}
      <PacketPanel state={state} update={update} report={report} result={result} stale={staleFor(PACKET_FIELDS)} />
      <CapacityPanel
        state={state}
        update={update}
        report={report}
        result={result}
        stale={staleFor(CAPACITY_FIELDS)}
        showAlternative={story}
      />
      <FlowPanel state={state} update={update} report={report} result={result} stale={staleFor(FLOW_FIELDS)} />
      <MoreSections
        state={state}
        update={update}
        report={report}
        result={result}
        stale={false}
        invalid={invalidFields}
        onParts={(module) => setParts(() => module)}
      />
      <ShareBar
        url={shareUrl}
        // The share wording loads with the sections' code, on the first copy at the latest; the
        // sections' tables join the copy only once they are on the page.
        summary={() =>
          loadParts().then(({ headroomShareContent }) =>
            headroomShareContent(state, result, invalidFields.size > 0, parts?.furtherShareTables(state, result)),
          )
        }
      />
    </WidgetFrame>
  );
}
