import { defineCalculator } from '../url-state/calculator-definition';
import { stateProblems, type RedundancyState } from './page-state';
import { PRESETS } from './presets';
import { URL_SCHEMA } from './url-schema';

export const calculator = defineCalculator<RedundancyState>({
  slug: 'redundancy',
  title: 'Redundancy and common cause',
  description: 'How much does a second (or third) replica really add when some failures hit every replica at once?',
  question:
    'What availability does a replicated group really have when a share β of failures is common to all replicas?',
  story: {
    title: 'LXC hosts that crashed together',
    href: '/stories/lxc-host-crashes/',
    figure: 'two replicas falling together every ~20 days',
  },
  terms: [
    { title: 'LXC', href: '/glossary/#lxc' },
    { title: 'VLAN', href: '/glossary/#vlan' },
    { title: 'promiscuous mode', href: '/glossary/#promiscuous-mode' },
  ],
  schema: URL_SCHEMA,
  presets: PRESETS,
  crossCheck: stateProblems,
  // The tool page's heading "Redundancy" holds the slug's id.
  toolPageAnchor: 'redundancy-calc',
});
