import { describe, expect, it } from 'vitest';
import { llmsTxt, pagePath } from './llms-txt';

const pages = [
  { id: 'tools/redundancy', title: 'Redundancy', description: 'How much a second host adds.' },
  { id: 'index', title: 'Infra Field Notes', description: 'Four stories.' },
  { id: 'glossary', title: 'Glossary', description: 'Terms [and] <links>.' },
  { id: 'stories/kvm-latency', title: 'KVM latency', description: '' },
];

describe('llmsTxt', () => {
  const text = llmsTxt(
    { name: 'Infra Field Notes', description: 'Stories and calculators.' },
    pages,
    'https://x.test/wiki/infra/',
  );

  it('maps ids to page paths', () => {
    expect(pagePath('index')).toBe('');
    expect(pagePath('glossary/index')).toBe('glossary/');
    expect(pagePath('stories/kvm-latency')).toBe('stories/kvm-latency/');
  });

  it('lists every page with its description, linked to its Markdown twin, in reading order', () => {
    expect(text.startsWith('# Infra Field Notes\n\n> Stories and calculators.\n')).toBe(true);
    const items = text.split('\n').filter((line) => line.startsWith('- '));
    expect(items).toEqual([
      '- [Infra Field Notes](https://x.test/wiki/infra/index.md): Four stories.',
      '- [KVM latency](https://x.test/wiki/infra/stories/kvm-latency/index.md)',
      '- [Redundancy](https://x.test/wiki/infra/tools/redundancy/index.md): How much a second host adds.',
      '- [Glossary](https://x.test/wiki/infra/glossary/index.md): Terms \\[and\\] \\<links\\>.',
    ]);
    expect(text).toMatch(/## Start here[\s\S]*## Stories[\s\S]*## Calculators[\s\S]*## Reference/);
  });
});
