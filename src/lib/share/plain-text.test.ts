import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { plainTextSummary } from './plain-text';
import { EXAMPLE, summaryArb } from './share-arbitraries';
import { oneLine } from './summary';

describe('plainTextSummary', { timeout: 60_000 }, () => {
  it('writes label: value lines and the bare address', () => {
    const text = plainTextSummary(EXAMPLE);
    expect(text).toContain('\nResults:\nBytes in flight (BDP): 1168727 bytes\n');
    expect(text).toContain('- RFC 4303, IETF (https://www.rfc-editor.org/rfc/rfc4303)');
    expect(text.endsWith(`Open these inputs: ${EXAMPLE.url}`)).toBe(true);
  });

  it('keeps each row on one line whatever its text', () => {
    fc.assert(
      fc.property(summaryArb, (summary) => {
        const lines = plainTextSummary(summary).split('\n');
        for (const row of summary.tables.flatMap((t) => t.rows))
          expect(lines).toContain(`${oneLine(row.label)}: ${oneLine(row.value)}`);
      }),
    );
  });
});
