import { describe, expect, it } from 'vitest';
import { sectionLinkFor } from './section-link';

describe('sectionLinkFor', () => {
  it('joins the page and the heading fragment, dropping calculator inputs and any old fragment', () => {
    expect(sectionLinkFor('https://wiki.test/wiki/infra/stories/kvm-latency/?a_ms=60#old', '#the-tuning-ledger')).toBe(
      'https://wiki.test/wiki/infra/stories/kvm-latency/#the-tuning-ledger',
    );
  });

  it('ignores anything that is not a same-page fragment', () => {
    expect(sectionLinkFor('https://wiki.test/a/', 'https://evil.test/#x')).toBe('');
    expect(sectionLinkFor('https://wiki.test/a/', '#')).toBe('');
    expect(sectionLinkFor('not a url', '#x')).toBe('');
  });
});
