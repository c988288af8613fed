import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decisionRecord } from './decision-record';
import { dockerVsLxcModel as model } from './model';

const url = 'https://notes.example.org/tools/docker-vs-lxc/?unit=process&delivery=image&isolation=trusted&kernel=host&orchestrator=compose&state=stateless&platform=lxc#docker-vs-lxc';
const answers = { unit: 'process', delivery: 'image', isolation: 'trusted', kernel: 'host', orchestrator: 'compose', state: 'stateless', platform: 'lxc' };

describe('decisionRecord', () => {
  const record = decisionRecord(model, { answers, url, date: '2026-11-25' });

  it('has the parts of a decision record: context, decision, reasons, caveats, sources and the link', () => {
    for (const heading of ['## Context', '## Decision', '## Reasons', '## Caveats', '## When not to choose it', '## What would change it', '## Sources', '## Link']) {
      expect(record).toContain(heading);
    }
    expect(record).toMatch(/^# Decision record: Docker nested inside an LXC container$/m);
    expect(record).toContain(`- Model: docker-vs-lxc ${model.version} (${model.updated})`);
    expect(record).toContain('- Date: 2026-11-25');
    expect(record).toContain(`[Open these answers in the decision helper](${url})`);
    expect(record).toContain('- Isolation: Our own team’s code');
    expect(record).toMatch(/Medium confidence/);
  });

  it('carries the outcome’s caveats and a what-would-change line that names the alternative', () => {
    expect(record).toContain('Needs nesting=1 and keyctl=1');
    expect(record).toMatch(/- Application containers inside a KVM virtual machine, if Isolation: Other tenants or untrusted code/);
  });

  it('cites only the model’s sources, and all of the outcome’s', () => {
    const links = [...record.matchAll(/\]\((https?:[^)]+)\)/g)].map((m) => m[1]!);
    const known = new Set(Object.values(model.sources).map((s) => s.url));
    for (const link of links.filter((l) => l !== url)) expect(known).toContain(link);
    for (const id of model.outcomes.find((o) => o.id === 'docker-in-lxc')!.sources) expect(record).toContain(model.sources[id]!.url);
  });

  it('escapes a hostile page address so it cannot break out of the link', () => {
    const hostile = 'https://notes.example.org/tools/docker-vs-lxc/?unit=process#x) [click](javascript:alert(1)) <img src=x onerror=alert(1)>';
    const text = decisionRecord(model, { answers, url: hostile });
    const link = text.split('\n').find((line) => line.startsWith('[Open these answers'))!;
    expect(link).not.toMatch(/\)\s*\[/);
    expect(link).not.toContain('<img');
    expect(link).toMatch(/^\[Open these answers in the decision helper\]\([^()\s<>]+\)$/);
  });

  it('never writes a link for a non-web address', () => {
    for (const bad of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'not a url']) {
      const text = decisionRecord(model, { answers, url: bad });
      expect(text).not.toContain('javascript:');
      expect(text).not.toContain('data:text');
      expect(text).toContain('No link: the page address was not a web address.');
    }
  });

  it('leaves out a malformed date', () => {
    expect(decisionRecord(model, { answers, url, date: '25/11/2026 <b>' })).not.toContain('Date:');
  });

  it('still produces a record (saying so) before there is a recommendation', () => {
    const text = decisionRecord(model, { answers: { unit: 'machine' }, url });
    expect(text).toMatch(/^# Decision record: no recommendation yet$/m);
    expect(text).toContain('Answer 1 more question');
    expect(text).toContain('- Kernel: not answered');
    expect(text).toContain(url);
  });

  it('survives any answers and any address without throwing, and always ends with the disclaimer', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.string()), fc.string(), (raw, address) => {
        const text = decisionRecord(model, { answers: raw, url: address });
        expect(text).toMatch(/A starting point, not a verdict/);
        expect(text).not.toMatch(/undefined|NaN/);
      }),
    );
  });
});
