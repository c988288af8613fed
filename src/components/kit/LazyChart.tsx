import { useEffect, useRef, useState } from 'preact/hooks';
import type { Chart, ChartConfiguration } from 'chart.js';
import { loadChart, type ChartKind } from './chart-kinds/index';
import { readChartTheme, type ChartTheme } from './chart-theme';
import { DataTable, type DataTableSpec } from './DataTable';
import { RETRY_SENTENCE, whenRecoverable } from './recovery';

interface Props {
  kind: ChartKind;
  /** What the chart shows, in one sentence: the canvas's accessible name. */
  label: string;
  /** Builds the chart for the current theme; called again when data or theme change. */
  config: (theme: ChartTheme) => ChartConfiguration;
  /** The same data as a table, the text alternative: called only while its disclosure is open (or the page prints). */
  table: () => DataTableSpec;
  height?: number;
}

/**
 * A chart that costs nothing until it is scrolled into view, then loads chart.js with only
 * its group's chart types (chart-kinds/index.ts). It follows the site's light/dark theme and reduced-motion setting.
 */
export function LazyChart({ kind, label, config, table, height = 260 }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | null>(null);
  const [visible, setVisible] = useState(false);
  const [themeTick, setThemeTick] = useState(0);
  const [failed, setFailed] = useState(false);
  // Bumped to try chart.js again after a failed download (recovery.ts).
  const [attempt, setAttempt] = useState(0);
  // A closed table costs nothing: on the IPsec page the two tables were two thirds of the
  // island's DOM, and every node is work for hydration and layout on a phone.
  const [tableOpen, setTableOpen] = useState(false);
  const printing = usePrintMedia();

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    if (!('IntersectionObserver' in window)) {
      setVisible(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setVisible(true);
          observer.disconnect();
        }
      },
      { rootMargin: '200px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    // Starlight switches themes by setting data-theme on <html>.
    const observer = new MutationObserver(() => setThemeTick((tick) => tick + 1));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!visible || !canvas.current) return;
    let cancelled = false;
    let cancelRetry = () => {};
    const startedAt = performance.now();
    loadChart(kind)
      .then((ChartClass) => {
        if (cancelled || !canvas.current) return;
        setFailed(false);
        const theme = readChartTheme(canvas.current);
        const built = withTheme(config(theme), theme);
        if (chart.current) {
          chart.current.data = built.data;
          chart.current.options = built.options ?? {};
          chart.current.update(theme.reducedMotion ? 'none' : undefined);
        } else {
          chart.current = new ChartClass(canvas.current, built);
        }
      })
      .catch(() => {
        if (cancelled) return;
        setFailed(true);
        cancelRetry = whenRecoverable(() => setAttempt((n) => n + 1), startedAt);
      });
    return () => {
      cancelled = true;
      cancelRetry();
    };
  }, [visible, config, themeTick, attempt]);

  useEffect(
    () => () => {
      chart.current?.destroy();
      chart.current = null;
    },
    [],
  );

  return (
    // The kind lets the speed bench check a page loads only the chart types it draws.
    <figure class="kit-chart" data-chart-kind={kind}>
      <div class="kit-chart__canvas" ref={box} style={{ height: `${height}px` }}>
        <canvas ref={canvas} role="img" aria-label={label}>
          {label}
        </canvas>
        <p class="kit-chart__failed" role="status">
          {failed
            ? `The chart’s code could not be downloaded; the table below has the same data. ${RETRY_SENTENCE}`
            : ''}
        </p>
      </div>
      <figcaption class="kit-chart__caption">{label}</figcaption>
      <details class="kit-chart__table" onToggle={(event) => setTableOpen(event.currentTarget.open)}>
        <summary>Show the data as a table</summary>
        {tableOpen || printing ? <DataTable {...table()} /> : null}
      </details>
    </figure>
  );
}

/** True while the page is printed (or print media is emulated): print shows the tables in place of the canvases. */
function usePrintMedia(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const query = window.matchMedia('print');
    const follow = () => setPrinting(query.matches);
    const start = () => setPrinting(true);
    query.addEventListener('change', follow);
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', follow);
    return () => {
      query.removeEventListener('change', follow);
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', follow);
    };
  }, []);
  return printing;
}

function withTheme(config: ChartConfiguration, theme: ChartTheme): ChartConfiguration {
  const options = config.options ?? {};
  return {
    ...config,
    options: {
      maintainAspectRatio: false,
      responsive: true,
      color: theme.text,
      ...options,
      animation: theme.reducedMotion ? false : (options.animation ?? { duration: 250 }),
    },
  };
}
