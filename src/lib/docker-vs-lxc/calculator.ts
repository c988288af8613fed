import { defineCalculator } from '../url-state/calculator-definition';
import type { AnswerState } from './model';
import { PRESETS } from './presets';
import { URL_SCHEMA } from './url-schema';

export const calculator = defineCalculator<AnswerState>({
  slug: 'docker-vs-lxc',
  title: 'Docker, LXC or VM?',
  description: 'Application container, system container or virtual machine for this workload, with the reasons shown.',
  question: 'For this workload, is an application container, a system container or a VM the better fit, and why?',
  story: { title: 'Rootconf 2014 review', href: '/reviews/rootconf-2014/', figure: '“pick by use case”' },
  terms: [
    { title: 'Docker', href: '/glossary/#docker' },
    { title: 'LXC', href: '/glossary/#lxc' },
    { title: 'Incus', href: '/glossary/#incus' },
    { title: 'runc', href: '/glossary/#runc' },
  ],
  schema: URL_SCHEMA,
  presets: PRESETS,
});
