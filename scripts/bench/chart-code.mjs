// Recognises chart.js in built chunks by what the code does, not by file names, which the
// bundler may change.

const CHART_CORE = 'Canvas is already in use';
// A controller's id appears as `id="doughnut"`, `id:"doughnut"`, `"id","doughnut"` or
// static id=`doughnut` once minified, depending on the bundler.
const CONTROLLER_ID = /\bid["'`]?\s*[,=:]\s*["'`](bar|bubble|doughnut|line|pie|polarArea|radar|scatter)["'`]/g;
// LineElement and BarElement carry the ids "line" and "bar" too; only a controller's
// defaults, which follow its id, name the elements it draws with.
const ELEMENT_IDS = new Set(['line', 'bar']);
const CONTROLLER_DEFAULTS = 'dataElementType';
const ANY_ID = /\bid["'`]?\s*[,=:]\s*["'`]/;
// Static import or re-export statements only: a dynamic import() or a file name in Vite's
// __vite__mapDeps preload list does not run the code it names.
const STATIC_IMPORT = /(?:^|[;}\s/])(?:import|export)\s*(?:[^"'`();]*?\bfrom\s*)?(["'`])([^"'`]+)\1/g;

/**
 * Chunks that are chart code: those holding chart.js core (one per chart group), those that
 * statically import them, and those only chart code imports (chart.js's shared helpers).
 * @param {Map<string, string>} chunks file name (URL path) → source
 */
export function chartChunks(chunks) {
  /** @type {Map<string, Set<string>>} */ const imports = new Map();
  for (const [name, source] of chunks) imports.set(name, staticImports(name, source, new Set(chunks.keys())));
  const importers = (/** @type {string} */ name) =>
    [...imports].filter(([, deps]) => deps.has(name)).map(([importer]) => importer);

  const chart = new Set([...chunks].filter(([, source]) => source.includes(CHART_CORE)).map(([name]) => name));
  grow(chart, chunks, (name) => [...(imports.get(name) ?? [])].some((dep) => chart.has(dep)));
  grow(chart, chunks, (name) => {
    const by = importers(name);
    return by.length > 0 && by.every((importer) => chart.has(importer));
  });
  return chart;
}

/** Adds chunks that pass the test until none is left to add. */
function grow(
  /** @type {Set<string>} */ set,
  /** @type {Map<string, string>} */ chunks,
  /** @type {(name: string) => boolean} */ test,
) {
  for (let added = true; added;) {
    added = false;
    for (const name of chunks.keys()) {
      if (!set.has(name) && test(name)) {
        set.add(name);
        added = true;
      }
    }
  }
}

/** Which of the known chunks (URL paths) this one imports statically. */
function staticImports(/** @type {string} */ name, /** @type {string} */ source, /** @type {Set<string>} */ known) {
  /** @type {Set<string>} */ const found = new Set();
  for (const match of source.matchAll(STATIC_IMPORT)) {
    const specifier = match[2] ?? '';
    if (!/^\.{0,2}\//.test(specifier)) continue;
    const path = new URL(specifier, new URL(name, 'http://chunk.invalid/')).pathname;
    if (known.has(path)) found.add(path);
  }
  return found;
}

/** Chart types whose controllers made it into the given code. @param {string[]} sources */
export function chartControllers(sources) {
  /** @type {Set<string>} */ const found = new Set();
  for (const source of sources) {
    for (const match of source.matchAll(CONTROLLER_ID)) {
      const kind = match[1] ?? '';
      const end = match.index + match[0].length;
      const after = source.slice(end, end + 200);
      const nextId = after.search(ANY_ID);
      const ownDefaults = nextId === -1 ? after : after.slice(0, nextId);
      if (!ELEMENT_IDS.has(kind) || ownDefaults.includes(CONTROLLER_DEFAULTS)) found.add(kind);
    }
  }
  return [...found].sort();
}
