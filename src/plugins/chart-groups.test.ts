import { describe, expect, it } from 'vitest';
import { chartGroupOf } from './chart-groups.mjs';

describe('chartGroupOf', () => {
  it('names the group of a chart-kinds module, and none for the loader or other files', () => {
    expect(chartGroupOf('/repo/src/components/kit/chart-kinds/line.ts')).toBe('line');
    expect(chartGroupOf('C:\\repo\\src\\components\\kit\\chart-kinds\\bar-scatter.ts?v=1')).toBe('bar-scatter');
    expect(chartGroupOf('/repo/src/components/kit/chart-kinds/index.ts')).toBeNull();
    expect(chartGroupOf('/repo/src/components/kit/LazyChart.tsx')).toBeNull();
    expect(chartGroupOf(undefined)).toBeNull();
  });
});
