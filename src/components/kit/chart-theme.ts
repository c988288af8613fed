/** Colours for charts, read from Starlight's theme so charts follow light and dark mode. */
export interface ChartTheme {
  dark: boolean;
  text: string;
  grid: string;
  /** Series colours: Okabe–Ito, distinguishable with common colour-vision deficiencies. */
  series: readonly string[];
  reducedMotion: boolean;
}

const SERIES_LIGHT = ['#0060a0', '#b34700', '#00795a', '#a3407f', '#8a6d00', '#3f7fa8'];
const SERIES_DARK = ['#56b4e9', '#f0a35e', '#3fd3a6', '#e89ac7', '#f0e442', '#9ecae9'];

export function readChartTheme(element: Element): ChartTheme {
  const root = document.documentElement;
  const dark = root.dataset.theme === 'dark';
  const style = getComputedStyle(element);
  const grid = getComputedStyle(root).getPropertyValue('--sl-color-gray-5').trim() || (dark ? '#353841' : '#c0c2c7');
  return {
    dark,
    text: style.color,
    grid,
    series: dark ? SERIES_DARK : SERIES_LIGHT,
    reducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
  };
}

/** Tick, grid and title colours for one axis, so every chart reads the same in both themes. */
export function axisStyle(theme: ChartTheme, title?: string) {
  return {
    ticks: { color: theme.text },
    grid: { color: theme.grid },
    border: { color: theme.grid },
    title: title ? { display: true, text: title, color: theme.text } : { display: false },
  };
}
