import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { deferPagefindStart, isStarlightSearchScript } from './search-on-demand.mjs';

// The script of the Starlight release installed here, as Astro hands it to Vite.
const require = createRequire(import.meta.url);
const searchAstro = readFileSync(require.resolve('@astrojs/starlight/components/Search.astro'), 'utf8');
const installedScript = searchAstro.slice(
  searchAstro.lastIndexOf('<script>') + '<script>'.length,
  searchAstro.lastIndexOf('</script>'),
);

describe('isStarlightSearchScript', () => {
  it("picks Starlight's Search script and nothing else", () => {
    expect(
      isStarlightSearchScript(
        '/r/node_modules/@astrojs/starlight/dist/components/Search.astro?astro&type=script&index=0&lang.ts',
      ),
    ).toBe(true);
    expect(
      isStarlightSearchScript(
        'C:\\r\\node_modules\\@astrojs\\starlight\\dist\\components\\Search.astro?astro&type=script&index=0&lang.ts',
      ),
    ).toBe(true);
    expect(isStarlightSearchScript('/r/node_modules/@astrojs/starlight/dist/components/Search.astro')).toBe(false);
    expect(isStarlightSearchScript('/r/src/components/site/Search.astro?astro&type=script&index=0&lang.ts')).toBe(
      false,
    );
    expect(
      isStarlightSearchScript(
        '/r/node_modules/@astrojs/starlight/dist/components/TableOfContents.astro?astro&type=script&index=0&lang.ts',
      ),
    ).toBe(false);
  });
});

describe('deferPagefindStart', () => {
  it("rewrites the installed Starlight's idle start into a start on demand", () => {
    expect(installedScript).toContain("import('@pagefind/default-ui')");
    const out = deferPagefindStart(installedScript, '/r/src/components/site/search-on-demand.ts');
    expect(out.startsWith('import { whenSearchWanted } from "/r/src/components/site/search-on-demand.ts";\n')).toBe(
      true,
    );
    expect(out).toContain('whenSearchWanted(this, () => {');
    expect(out).not.toContain('DOMContentLoaded');
    expect(out).not.toContain('requestIdleCallback');
    expect(out).toContain('const onIdle = ((cb) => setTimeout(cb, 1));');
    // Everything else of Starlight's script stays: the dialog, its shortcut and Pagefind's settings.
    const restored = out
      .replace(/^import .*\n/, '')
      .replace('whenSearchWanted(this, () => {', "window.addEventListener('DOMContentLoaded', () => {")
      .replace('const onIdle = ((cb)', 'const onIdle = window.requestIdleCallback || ((cb)');
    expect(restored).toBe(installedScript);
  });

  it('accepts the statement as a bundler may have reprinted it', () => {
    const out = deferPagefindStart(
      'x();window.addEventListener("DOMContentLoaded",()=>{(window.requestIdleCallback||setTimeout)(go)});',
      'm',
    );
    expect(out).toBe('import { whenSearchWanted } from "m";\nx();whenSearchWanted(this, () => {(setTimeout)(go)});');
  });

  it('stops the build when Starlight no longer has that statement, or has it twice', () => {
    const idle = 'const onIdle = window.requestIdleCallback || ((cb) => setTimeout(cb, 1));';
    const start = "window.addEventListener('DOMContentLoaded', () => {";
    expect(() => deferPagefindStart('new PagefindUI({});', 'm')).toThrow(
      /DOMContentLoaded.*found 0.*update src\/plugins\/search-on-demand\.mjs/,
    );
    expect(() => deferPagefindStart(`${start}});\n${start}${idle}});`, 'm')).toThrow(/DOMContentLoaded.*found 2/);
    expect(() => deferPagefindStart(`${start}go()});`, 'm')).toThrow(/requestIdleCallback.*found 0/);
    expect(() => deferPagefindStart(`${start}${idle}${idle}});`, 'm')).toThrow(/requestIdleCallback.*found 2/);
  });
});
