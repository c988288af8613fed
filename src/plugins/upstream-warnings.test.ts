import { describe, expect, it } from 'vitest';
import { isKnownUpstreamWarning } from './upstream-warnings.mjs';

describe('isKnownUpstreamWarning', () => {
  it("drops Rolldown's warning about Astro's head-inject directive (withastro/astro#18087)", () => {
    expect(
      isKnownUpstreamWarning({
        code: 'MODULE_LEVEL_DIRECTIVE',
        message:
          'The semantics of the module level directive "use astro:head-inject" in "src/content/docs/index.mdx?astroPropagatedAssets" may not be preserved when bundling.',
      }),
    ).toBe(true);
  });

  it('keeps the same warning about any other directive, and every other warning', () => {
    expect(
      isKnownUpstreamWarning({
        code: 'MODULE_LEVEL_DIRECTIVE',
        message:
          'The semantics of the module level directive "use client" in "src/x.tsx" may not be preserved when bundling.',
      }),
    ).toBe(false);
    expect(isKnownUpstreamWarning({ code: 'CIRCULAR_DEPENDENCY', message: '"use astro:head-inject"' })).toBe(false);
    expect(isKnownUpstreamWarning({ message: 'The collection "i18n" does not exist or is empty.' })).toBe(false);
  });
});
