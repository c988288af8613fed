/**
 * Every calculator on the site, in the order the site lists them. This is the only list written
 * by hand: the sidebar, the tools index, the codec fuzz test, the hostile-URL browser suite and
 * the embeds read it. Adding a calculator: its folders (src/lib/<slug>/, src/components/<slug>/),
 * its page (src/content/docs/tools/<slug>.mdx) and one line here.
 */
import { calculator as ipsecHeadroom } from './ipsec-headroom/calculator';
import { calculator as latencyCompare } from './latency-compare/calculator';
import { calculator as redundancy } from './redundancy/calculator';
import { calculator as dockerVsLxc } from './docker-vs-lxc/calculator';
import type { AnyCalculator } from './url-state/calculator-definition';

export const CALCULATORS: readonly AnyCalculator[] = [ipsecHeadroom, latencyCompare, redundancy, dockerVsLxc];

/** The tool page of a calculator, root-relative like the site's Markdown links. */
export function toolHref(calculator: AnyCalculator): string {
  return `/tools/${calculator.slug}/`;
}

/** The calculator alone, for framing in a wiki page (src/pages/embed/[slug].astro). */
export function embedHref(calculator: AnyCalculator): string {
  return `/embed/${calculator.slug}/`;
}
