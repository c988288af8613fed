import { describe, expect, it } from 'vitest';
import { dockerVsLxcModel as model } from './model';
import { loadModel, validateModel, type DockerVsLxcModel } from './schema';
import { SOURCE_SUPPORTS } from './source-notes';

const copy = (): DockerVsLxcModel => structuredClone(model);

describe('the shipped model', () => {
  it('passes its own validation', () => {
    expect(validateModel(model)).toEqual([]);
  });

  it('has a semantic version and a date to show on the page', () => {
    expect(model.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(model.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('asks the questions the issue names, with exactly those answer values (plus extra questions allowed)', () => {
    const asked = Object.fromEntries(model.questions.map((q) => [q.id, q.answers.map((a) => a.value)]));
    expect(asked).toMatchObject({
      unit: ['process', 'machine'],
      delivery: ['image', 'configured'],
      isolation: ['trusted', 'untrusted'],
      kernel: ['host', 'custom'],
      orchestrator: ['none', 'compose', 'kubernetes'],
      state: ['stateless', 'stateful'],
    });
  });

  it('has the six outcomes the issue names', () => {
    expect(model.outcomes.map((o) => o.id).sort()).toEqual(
      ['app-container', 'app-container-in-vm', 'docker-in-lxc', 'oci-on-incus', 'system-container', 'vm'].sort(),
    );
  });

  it('cites at least one public http(s) source for every outcome and every criterion', () => {
    const cited = [...model.outcomes, ...model.criteria];
    for (const item of cited) {
      expect(item.sources.length, item.id).toBeGreaterThan(0);
      for (const ref of item.sources) {
        const url = new URL(model.sources[ref]!.url);
        expect(['http:', 'https:'], `${item.id} → ${ref}`).toContain(url.protocol);
      }
    }
  });

  it('cites every source it lists (no orphans to rot unnoticed)', () => {
    const used = new Set([...model.outcomes, ...model.criteria].flatMap((item) => item.sources));
    expect(Object.keys(model.sources).filter((id) => !used.has(id))).toEqual([]);
  });

  it('names the layer-flattening caveat for oci-on-incus and lists caveats and "when not" for docker-in-lxc', () => {
    const oci = model.outcomes.find((o) => o.id === 'oci-on-incus')!;
    expect(oci.caveats.join(' ')).toMatch(/flatten/i);
    const nested = model.outcomes.find((o) => o.id === 'docker-in-lxc')!;
    expect(nested.caveats.join(' ')).toMatch(/nesting/);
    expect(nested.caveats.join(' ')).toMatch(/keyctl/);
    expect(nested.avoidWhen.length).toBeGreaterThanOrEqual(3);
    expect(nested.requires).toBeDefined();
  });

  // The decision record pastes model text into Markdown unescaped (so it reads cleanly in chat
  // tools that ignore backslash escapes); this keeps that safe.
  it('keeps its prose free of Markdown and HTML markup', () => {
    const prose: string[] = [];
    for (const q of model.questions)
      prose.push(q.label, q.prompt, q.help, ...q.answers.flatMap((a) => [a.label, a.detail]));
    for (const c of model.criteria) prose.push(c.label, c.explanation);
    for (const o of model.outcomes)
      prose.push(o.title, o.short, o.summary, ...o.caveats, ...o.avoidWhen, o.requiresNote ?? '');
    for (const row of Object.values(model.fit)) for (const cell of Object.values(row)) prose.push(cell.note ?? '');
    for (const s of Object.values(model.sources)) prose.push(s.title, s.publisher);
    prose.push(...Object.values(SOURCE_SUPPORTS));
    for (const text of prose) expect(text, text).not.toMatch(/[`*_[\]<>|\\~]|^\s*[#+-]/);
  });

  it('says what every source supports, and only for sources it has', () => {
    expect(Object.keys(SOURCE_SUPPORTS).sort()).toEqual(Object.keys(model.sources).sort());
    for (const note of Object.values(SOURCE_SUPPORTS)) expect(note.trim().length).toBeGreaterThan(20);
  });
});

describe('validateModel catches broken data', () => {
  const cases: Array<[string, (m: DockerVsLxcModel) => void, RegExp]> = [
    ['a version that is not semver', (m) => (m.version = 'v1'), /Version/],
    ['a source without a web URL', (m) => (m.sources['lxc-intro']!.url = 'ftp://example.org/x'), /no public http/],
    ['an outcome without sources', (m) => (m.outcomes[0]!.sources = []), /cites no source/],
    ['a criterion citing an unknown source', (m) => (m.criteria[0]!.sources = ['nowhere']), /unknown source "nowhere"/],
    [
      'an answer pointing at an unknown criterion',
      (m) => (m.questions[0]!.answers[0]!.criterion = 'ghost'),
      /unknown criterion "ghost"/,
    ],
    ['a missing fit cell', (m) => delete m.fit['one-service']!['vm'], /no cell for "one-service" × "vm"/],
    ['a reservation without a reason', (m) => (m.fit['one-service']!['vm'] = { level: 'poor' }), /gives no reason/],
    ['a duplicated outcome id', (m) => (m.outcomes[1]!.id = m.outcomes[0]!.id), /used twice/],
    [
      'a requirement on an unknown answer',
      (m) => (m.outcomes.find((o) => o.requires)!.requires = { platform: ['mainframe'] }),
      /unknown answer "platform=mainframe"/,
    ],
    ['an incomplete tie-break order', (m) => m.tieBreak.pop(), /tieBreak/],
    ['points that do not fall from fits to poor', (m) => (m.levels.poor.points = 5), /must fall/],
    ['a zero weight', (m) => (m.criteria[0]!.weight = 0), /weight/],
    ['minAnswered above the number of questions', (m) => (m.minAnswered = 99), /minAnswered/],
  ];
  for (const [name, breakIt, message] of cases) {
    it(`reports ${name}`, () => {
      const broken = copy();
      breakIt(broken);
      const errors = validateModel(broken);
      expect(errors.join('\n')).toMatch(message);
      expect(() => loadModel(broken)).toThrow(/Invalid docker-vs-lxc model/);
    });
  }
});
