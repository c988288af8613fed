import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { headingText, markdownSection } from './markdown-section';

const twin = [
  '# Page title',
  '',
  '> Description',
  '',
  '## First',
  '',
  'Text one.',
  '',
  '### First, part',
  '',
  '```sh',
  '# not a heading',
  '## nor this',
  '```',
  '',
  '## Second \\[2\\]',
  '',
  'Text two.',
].join('\n');

describe('markdownSection', () => {
  it('takes a heading and everything down to the next heading of its level or higher', () => {
    expect(markdownSection(twin, 0)).toBe(
      ['## First', '', 'Text one.', '', '### First, part', '', '```sh', '# not a heading', '## nor this', '```'].join(
        '\n',
      ),
    );
    expect(markdownSection(twin, 1)).toBe(
      ['### First, part', '', '```sh', '# not a heading', '## nor this', '```'].join('\n'),
    );
    expect(markdownSection(twin, 2)).toBe(['## Second \\[2\\]', '', 'Text two.'].join('\n'));
  });

  it('gives null for a heading that is not there', () => {
    expect(markdownSection(twin, 3)).toBeNull();
    expect(markdownSection(twin, -1)).toBeNull();
    expect(markdownSection('# Only a title', 0)).toBeNull();
  });

  it('reads heading text without its Markdown escapes and links', () => {
    expect(headingText('## Second \\[2\\]')).toBe('Second [2]');
    expect(headingText('### What [MTU](https://x.test/) means')).toBe('What MTU means');
  });

  it('always starts a section at a heading line and never splits one', () => {
    const line = fc.oneof(
      fc.constantFrom('# T', '## A', '### B', '#### C', '```', '~~~', 'text', ''),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.nat(10), (lines, index) => {
        const section = markdownSection(lines.join('\n'), index);
        if (section !== null) expect(section).toMatch(/^ {0,3}#{2,6}([ \t]|$)/);
      }),
    );
  });
});
