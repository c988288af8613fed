// Recognises chart.js in built chunks by what the code does, not by file names, which the
// bundler may change.

const CHART_CORE = 'Canvas is already in use';
// A controller's id appears as `id="doughnut"`, `id:"doughnut"`, `"id","doughnut"` or
// static id=`doughnut` once minified, depending on the bundler.
const CONTROLLER_ID = /\bid["'`]?\s*[,=:]\s*["'`](bar|bubble|doughnut|line|pie|polarArea|radar|scatter)["'`]/g;

/** @param {Map<string, string>} chunks file name → source */
export function chartChunks(chunks) {
  const core = [...chunks].filter(([, source]) => source.includes(CHART_CORE)).map(([name]) => name);
  const names = new Set(core);
  for (const [name, source] of chunks) {
    if (core.some((coreName) => source.includes(coreName.split('/').pop() ?? coreName))) names.add(name);
  }
  return names;
}

/** Chart types whose controllers made it into the given code. @param {string[]} sources */
export function chartControllers(sources) {
  const found = new Set();
  for (const source of sources) for (const match of source.matchAll(CONTROLLER_ID)) found.add(match[1]);
  return [...found].sort();
}
