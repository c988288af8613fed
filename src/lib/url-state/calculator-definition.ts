import { decodeState, type CrossCheck, type RejectedParam, type UrlSchema } from './index';

/** A page of this site, written root-relative as the site's Markdown links are (`/glossary/#mtu`). */
export interface PageLink {
  title: string;
  href: string;
}

/**
 * Everything the site needs to know about one calculator, declared once in its own folder
 * (`src/lib/<slug>/calculator.ts`) and listed in `src/lib/calculators.ts`. The sidebar, the tools
 * index, the fuzz and hostile-URL suites and the embeds all read it from there.
 */
export interface CalculatorDefinition<S extends object> {
  /**
   * The tool's one name: its page is /tools/<slug>/, its maths src/lib/<slug>/, its island
   * src/components/<slug>/ (the island file is the slug in PascalCase, e.g. IpsecHeadroom.tsx).
   */
  slug: string;
  title: string;
  /** One or two sentences for cards and link lists. */
  description: string;
  /** The question it answers, in the reader's words. */
  question: string;
  /** The story it belongs to, and the figure that story turns on. */
  story: PageLink & { figure: string };
  /** Glossary entries a newcomer meets in it. */
  terms: readonly PageLink[];
  schema: UrlSchema<S>;
  /** Named starting states. `default` is the tools page's; `story` opens with the story's figures. */
  presets: Readonly<Record<'default', S> & Record<string, S>>;
  /** Fields that are valid alone but wrong together; see decodeState. */
  crossCheck?: CrossCheck<S>;
  /**
   * The widget's id on its tool page, where that page gives it one (the slug is taken by a heading
   * there). Embeds link back to it; the slug when absent.
   */
  toolPageAnchor?: string;
}

/** Identity, so a definition is checked against its state type where it is written. */
export function defineCalculator<S extends object>(definition: CalculatorDefinition<S>): CalculatorDefinition<S> {
  return definition;
}

/** A calculator of any state, for lists that only read slugs, titles and schemas. */
// The state type is erased on purpose: a list holds calculators of different states.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCalculator = CalculatorDefinition<any>;

/** The island's file stem for a slug: ipsec-headroom → IpsecHeadroom. */
export function islandName(slug: string): string {
  return slug
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

export interface StartState<S> {
  state: S;
  rejected: RejectedParam[];
}

/**
 * The state a widget starts from: a named preset, then an author's `inputs` query on top of it
 * (`<IpsecHeadroom inputs="?mix=imix&rating=500" />` in MDX). The inputs go through the same codec
 * as a shared link, so an author's page can hold nothing a link could not.
 */
export function startState<S extends object>(
  calculator: CalculatorDefinition<S>,
  preset = 'default',
  inputs = '',
): StartState<S> {
  const base = calculator.presets[preset];
  if (base === undefined) {
    const known = Object.keys(calculator.presets).join(', ');
    return {
      state: calculator.presets.default,
      rejected: [{ key: 'preset', reason: `No preset "${preset}" in ${calculator.slug}; known: ${known}.` }],
    };
  }
  return inputs === ''
    ? { state: base, rejected: [] }
    : decodeState(calculator.schema, base, inputs, calculator.crossCheck);
}

/**
 * startState for a page being built: an author's mistake stops the build with every reason,
 * instead of quietly showing the preset on a published page.
 */
export function authoredState<S extends object>(
  calculator: CalculatorDefinition<S>,
  preset?: string,
  inputs?: string,
): S {
  const { state, rejected } = startState(calculator, preset, inputs);
  if (rejected.length > 0) {
    const reasons = rejected.map((r) => `${r.key}: ${r.reason}`).join('; ');
    throw new Error(
      `${islandName(calculator.slug)} preset="${preset ?? 'default'}" inputs="${inputs ?? ''}": ${reasons}`,
    );
  }
  return state;
}
