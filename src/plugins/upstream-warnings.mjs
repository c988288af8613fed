// Build warnings that come from upstream and cannot be fixed in this project, each with the issue
// that tracks it. Only these exact warnings are dropped; every other warning still prints, so our
// own stay visible (`npm test` builds would show them).

/**
 * Astro marks every MDX page module with the directive "use astro:head-inject", and Rolldown warns
 * once per page that bundling may not preserve a module-level directive. Astro reads the directive
 * itself, so nothing is lost. Tracked at https://github.com/withastro/astro/issues/18087; remove this
 * once an Astro release fixes it.
 * @param {{ code?: string, message?: string }} warning
 */
export function isKnownUpstreamWarning(warning) {
  return warning.code === 'MODULE_LEVEL_DIRECTIVE' && (warning.message ?? '').includes('"use astro:head-inject"');
}

/**
 * A Vite plugin that drops the warnings above. A plugin's onLog hook sees the warnings of every
 * environment Astro builds (prerender, client); `build.rolldownOptions.onwarn` does not reach the
 * prerender build, whose Rolldown options Astro sets itself.
 * @returns {import('vite').Plugin}
 */
export function dropKnownUpstreamWarnings() {
  return {
    name: 'infra-field-notes:upstream-warnings',
    onLog(level, log) {
      if (level === 'warn' && isKnownUpstreamWarning(log)) return false;
      return undefined;
    },
  };
}
