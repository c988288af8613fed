// @ts-check
// The layering, checked on every import (`npm run deps`, and a step of `npm test`):
//   src/lib          calculation code: no component, Preact, Astro or browser-only package
//   the kit          src/components/kit and the shared lib modules: knows no tool
//   a tool           src/lib/<slug>/ and src/components/<slug>/: knows no other tool
//   tests/           imported by nothing outside tests/
// A tool is any folder directly under src/lib or src/components that is not listed in SHARED,
// so a fifth calculator is covered the day its folders exist. A new shared folder must be added
// here on purpose; until then it counts as a tool, and importing it from a tool fails.
// Limitation: dependency-cruiser cannot read .astro or .mdx files, so imports in those are not checked.

/** Shared folders under src/lib and src/components: the widget kit and the site's own modules. */
const SHARED = ['kit', 'site', 'url-state', 'number-input', 'format', 'share', 'parse', 'seeded-random'];
const KIT = '^src/(?:components/kit|lib/(?:url-state|number-input|format|share|parse))/';
const SHARED_FOLDER = `^src/(?:lib|components)/(?:${SHARED.join('|')})/`;
/** Packages that need a browser or a UI framework, resolved (…node_modules/<name>/…) or not (a bare name). */
const UI_PACKAGE_NAMES =
  '(?:preact|@preact/[^/]+|preact-render-to-string|astro|@astrojs/[^/]+|chart\\.js|chartjs-[^/]+|pagefind|@pagefind/[^/]+)';
const UI_PACKAGES = `(?:^|/)node_modules/${UI_PACKAGE_NAMES}/|^${UI_PACKAGE_NAMES}(?:/|$)`;

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'lib-imports-no-ui',
      comment:
        'src/lib is pure TypeScript, unit-tested in Node: it imports no component, no Preact, Astro or chart.js, ' +
        'and no Astro virtual module (astro:*). Put UI code in src/components/<slug>/.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: [UI_PACKAGES, '^astro:', '^src/components/', '^src/pages/', '\\.(?:astro|tsx|jsx|mdx)$'] },
    },
    {
      name: 'kit-imports-no-tool',
      comment:
        'The widget kit (src/components/kit, src/lib/url-state, number-input, format, share) serves every tool and ' +
        'knows none of them. Pass what the kit needs in as parameters instead.',
      severity: 'error',
      from: { path: KIT },
      to: { path: '^src/(?:lib|components)/[^/]+/', pathNot: SHARED_FOLDER },
    },
    {
      name: 'tool-imports-no-other-tool',
      comment:
        'A tool (src/lib/<slug>/, src/components/<slug>/) imports its own folders and the shared ones, never another ' +
        "tool's. Move what two tools share into the kit or a shared lib module.",
      severity: 'error',
      from: { path: '^src/(?:lib|components)/([^/]+)/', pathNot: SHARED_FOLDER },
      to: {
        path: '^src/(?:lib|components)/[^/]+/',
        pathNot: `^src/(?:lib|components)/(?:$1|${SHARED.join('|')})/`,
      },
    },
    {
      name: 'nothing-imports-tests',
      comment:
        'tests/ holds browser tests and their fixtures; the site, the scripts and the unit tests do not import them.',
      severity: 'error',
      from: { pathNot: '^tests/' },
      to: { path: '^tests/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(?:dist|node_modules|\\.astro|scripts/house-rules/fixtures)(?:/|-)' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
