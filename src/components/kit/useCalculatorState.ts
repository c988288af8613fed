import { useMemo } from 'preact/hooks';
import { authoredState, type CalculatorDefinition } from '../../lib/url-state/calculator-definition';
import type { PageParams } from '../../lib/url-state/index';
import { useUrlState, type UrlState } from './useUrlState';

/** What every calculator island accepts from a page, besides `client:use`. */
export interface CalculatorProps {
  /** A named starting state from the calculator's presets ("story" opens with the story's figures). */
  preset?: string;
  /**
   * Inputs on top of the preset, written as a link's query: `inputs="?mix=imix&rating=500"`. They go
   * through the same codec as the URL; a mistake stops the build with the reason.
   */
  inputs?: string;
  /** Anchor id, when a page holds the same calculator twice. */
  id?: string;
  /** The embed's own query parameters (`theme`), which the calculator passes over. */
  pageParams?: PageParams;
  /** Where shared links point when this is not the tool page: an embed shares its tool page. */
  sharePath?: string;
}

/**
 * A calculator's state: the page's preset and inputs, then the reader's URL on top, kept in the
 * address bar as the reader changes it. The id defaults to the slug, or slug-preset for a preset.
 */
export function useCalculatorState<S extends object>(
  calculator: CalculatorDefinition<S>,
  { preset = 'default', inputs = '', id, pageParams, sharePath }: CalculatorProps,
): UrlState<S> & { id: string } {
  // Fixed for the widget's life, like the schema: useUrlState reads its defaults once.
  const start = useMemo(() => authoredState(calculator, preset, inputs), []);
  const anchor = id ?? (preset === 'default' ? calculator.slug : `${calculator.slug}-${preset}`);
  const page = useMemo(() => ({ pageParams, sharePath }), []);
  return { ...useUrlState(calculator.schema, start, anchor, calculator.crossCheck, page), id: anchor };
}
