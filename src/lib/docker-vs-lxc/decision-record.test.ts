import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { markdownSummary } from '../share/markdown';
import { itemParts } from '../share/summary';
import { changeLines, decisionShareContent, DISCLAIMER, MAX_FLIPS_SHOWN } from './decision-record';
import { dockerVsLxcModel as model } from './model';
import { whatWouldChange } from './what-would-change';

const url =
  'https://notes.example.org/tools/docker-vs-lxc/?unit=process&delivery=image&isolation=trusted&kernel=host&orchestrator=compose&state=stateless&platform=lxc#docker-vs-lxc';
const answers = {
  unit: 'process',
  delivery: 'image',
  isolation: 'trusted',
  kernel: 'host',
  orchestrator: 'compose',
  state: 'stateless',
  platform: 'lxc',
};
const list = (content: ReturnType<typeof decisionShareContent>, heading: string) =>
  content.lists?.find((l) => l.heading === heading)?.items.map((item) => itemParts(item).text) ?? [];

describe('decisionShareContent', () => {
  const content = decisionShareContent(model, answers);

  it('holds the answers, the recommendation with its confidence, and the parts of a decision record', () => {
    expect(content.title).toBe('Decision record: Docker nested inside an LXC container');
    expect(content.tables[0]!.heading).toBe('Answers (7 of 7)');
    expect(content.tables[0]!.rows).toContainEqual({ label: 'Isolation', value: 'Our own team’s code' });
    expect(content.tables[1]!.rows[0]).toEqual({
      label: 'Recommendation',
      value: 'Docker nested inside an LXC container',
      output: 'recommendation',
    });
    expect(content.tables[1]!.rows[1]!.value).toMatch(/Medium confidence/);
    expect(content.lists!.map((l) => l.heading)).toEqual([
      'What it is',
      'Why',
      'Counts against it',
      'Caveats',
      'Do not choose it when',
      'What would change it',
      'Sources',
    ]);
    expect(content.notes).toEqual([`Decision model ${model.version}, updated ${model.updated}.`, DISCLAIMER]);
  });

  it('carries the outcome’s caveats and a what-would-change line that names the alternative', () => {
    expect(list(content, 'Caveats').join('\n')).toContain('Needs nesting=1 and keyctl=1');
    expect(list(content, 'What would change it').join('\n')).toMatch(
      /Application containers inside a KVM virtual machine, if Isolation: Other tenants or untrusted code/,
    );
  });

  it('lists no more changes than the page shows', () => {
    const change = whatWouldChange(model, answers);
    const lines = changeLines(model, answers);
    if (change.kind === 'flip') expect(lines.length).toBeLessThanOrEqual(MAX_FLIPS_SHOWN + 2);
  });

  it('cites the outcome’s sources as links, and only those', () => {
    const sources = content.lists!.find((l) => l.heading === 'Sources')!.items.map(itemParts);
    const expected = model.outcomes.find((o) => o.id === 'docker-in-lxc')!.sources.map((id) => model.sources[id]!.url);
    expect(sources.map((s) => s.url)).toEqual(expected);
  });

  it('still produces a record (saying so) before there is a recommendation', () => {
    const early = decisionShareContent(model, { unit: 'machine' });
    expect(early.title).toBe('Decision record: no recommendation yet');
    expect(early.tables[0]!.rows).toContainEqual({ label: 'Kernel', value: 'not answered' });
    expect(list(early, 'What would change it')[0]).toMatch(/^Nothing yet: answer/);
    expect(early.lists!.map((l) => l.heading)).toEqual(['What would change it']);
  });

  it('survives any answers without throwing, and its Markdown keeps the link and the disclaimer', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.string()), (raw) => {
        const summary = decisionShareContent(model, raw);
        const markdown = markdownSummary({ ...summary, url });
        expect(markdown).toMatch(/A starting point, not a verdict/);
        expect(markdown).toContain(`[Open these inputs](${url})`);
        expect(markdown).not.toMatch(/undefined|NaN/);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
