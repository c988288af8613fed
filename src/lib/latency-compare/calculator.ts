import { defineCalculator } from '../url-state/calculator-definition.ts';
import type { LatencyState } from './model.ts';
import { PRESETS } from './presets.ts';
import { URL_SCHEMA } from './url-schema.ts';

export const calculator = defineCalculator<LatencyState>({
  slug: 'latency-compare',
  title: 'Latency comparison',
  description:
    'One environment answers slower than another. Is the gap real, where does it live, and which lever closes it?',
  question: 'Is the gap between two environments’ response times real, and how much of it do round trips explain?',
  story: { title: 'KVM latency', href: '/stories/kvm-latency/', figure: '60 ms on AWS against 112 ms on KVM' },
  terms: [
    { title: 'TTFB', href: '/glossary/#ttfb' },
    { title: 'p50/p99', href: '/glossary/#p50p99' },
    { title: 'virtio', href: '/glossary/#virtio' },
  ],
  schema: URL_SCHEMA,
  presets: PRESETS,
});
