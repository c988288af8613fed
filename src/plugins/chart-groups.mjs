// chart.js ships every controller in one file, and Rollup splits by module, so one shared
// import of 'chart.js' would put every chart type the site uses into one chunk. Giving each
// chart-kinds group module its own id for chart.js (same file, `?chart-group=<name>`) makes
// each group a separate copy of that file, tree-shaken to the controllers the group registers.
// chart.js's helpers file keeps one id and stays a shared chunk. Client build only: dev
// serves the pre-bundled chart.js, and the server never draws charts.

const GROUP_MODULE = /\/src\/components\/kit\/chart-kinds\/([\w-]+)\.[cm]?[jt]sx?$/;

/** The chart-kinds group an importer is, or null (index.ts only picks a group). @param {string | undefined} importer */
export function chartGroupOf(importer) {
  const name = importer?.split('?')[0]?.replaceAll('\\', '/').match(GROUP_MODULE)?.[1];
  return name && name !== 'index' ? name : null;
}

/** @returns {import('vite').Plugin} */
export function chartGroups() {
  return {
    name: 'infra-field-notes:chart-groups',
    enforce: 'pre',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    async resolveId(source, importer, options) {
      if (source !== 'chart.js') return null;
      const group = chartGroupOf(importer);
      if (!group) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return resolved;
      return { ...resolved, id: `${resolved.id}?chart-group=${group}` };
    },
  };
}
