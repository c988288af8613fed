// The house rules fail on a violation and pass clean code: ESLint, Prettier, dependency-cruiser
// and the DOM-free type check of src/lib are run through their own APIs, with this repository's
// configs, on the files in fixtures/ (which the configs otherwise ignore).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { cruise } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = fileURLToPath(new URL('fixtures/', import.meta.url));

// Type-aware linting builds a TypeScript program of the project first: slow on a busy machine.
describe('ESLint (eslint.config.mjs)', { timeout: 300_000 }, () => {
  /** @param {string} file relative to fixtures/eslint @returns {Promise<string[]>} "rule: message" per finding */
  async function findings(file) {
    // ignore: false lints the fixtures the config ignores; everything else is the project's config.
    const eslint = new ESLint({ cwd: root, ignore: false });
    const [result] = await eslint.lintFiles([`${fixtures}eslint/${file}`]);
    return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parser'}: ${m.message}`);
  }

  it('reports a floating promise in TypeScript (a type-checked rule)', async () => {
    expect(await findings('floating-promise.ts')).toEqual([
      expect.stringMatching(/^@typescript-eslint\/no-floating-promises: /),
    ]);
  });

  it('reads JSDoc types in .mjs files: a possibly undefined value in a template', async () => {
    expect(await findings('untyped-template.mjs')).toEqual([
      '@typescript-eslint/restrict-template-expressions: Invalid type "string | undefined" of template literal expression.',
    ]);
  });

  it('lints .astro files with the Astro rules and type information', async () => {
    const found = await findings('Conflict.astro');
    expect(found).toContainEqual(expect.stringMatching(/^astro\/no-conflict-set-directives: /));
    expect(found).toContainEqual(expect.stringMatching(/^@typescript-eslint\/no-floating-promises: /));
  });

  it('passes clean code', async () => {
    expect(await findings('clean.ts')).toEqual([]);
  });
});

describe('Prettier (.prettierrc.json, .prettierignore)', { timeout: 120_000 }, () => {
  /** @param {string} file relative to fixtures/format */
  async function isFormatted(file) {
    const path = `${fixtures}format/${file}`;
    const options = await prettier.resolveConfig(path);
    return prettier.check(await readFile(path, 'utf8'), { ...options, filepath: path });
  }

  it('fails unformatted code and passes formatted code', async () => {
    expect(await isFormatted('unformatted.ts')).toBe(false);
    expect(await isFormatted('formatted.ts')).toBe(true);
  });

  it('formats code but leaves MDX pages and Markdown as written', async () => {
    const ignorePath = [`${root}.gitignore`, `${root}.prettierignore`];
    /** @param {string} file */
    const ignored = async (file) => (await prettier.getFileInfo(`${root}${file}`, { ignorePath })).ignored;
    expect(await ignored('src/content/docs/index.mdx')).toBe(true);
    expect(await ignored('README.md')).toBe(true);
    expect(await ignored('src/lib/format/index.ts')).toBe(false);
    expect(await ignored('src/components/docker-vs-lxc/DecisionMatrix.astro')).toBe(false);
  });
});

describe('dependency-cruiser (.dependency-cruiser.mjs)', { timeout: 120_000 }, () => {
  /** @param {string} tree fixtures/layering/<tree>, laid out like the repository @returns {Promise<string[]>} */
  async function violations(tree) {
    const options = await extractDepcruiseOptions(`${root}.dependency-cruiser.mjs`);
    // Imports are followed, so tests/ in the violations tree is reached from src/.
    const result = await cruise(['src'], { ...options, baseDir: `${fixtures}layering/${tree}`, validate: true });
    if (typeof result.output === 'string') throw new Error('expected a cruise result, got a report');
    return result.output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
  }

  it('reports each layering rule broken, by name', async () => {
    expect(await violations('violations')).toEqual([
      'kit-imports-no-tool: src/components/kit/Field.tsx → src/lib/tool-b/model.ts',
      // The repository's node_modules, seen from the fixture tree.
      expect.stringMatching(/^lib-imports-no-ui: src\/lib\/tool-a\/model\.ts → (\.\.\/)+node_modules\/preact\//),
      'lib-imports-no-ui: src/lib/tool-a/model.ts → src/components/tool-a/Widget.tsx',
      'nothing-imports-tests: src/lib/tool-a/model.ts → tests/e2e/fixtures.ts',
      'tool-imports-no-other-tool: src/lib/tool-b/model.ts → src/lib/tool-a/model.ts',
    ]);
  });

  it('passes a fifth tool that uses only its own folders, the kit and Preact in its component', async () => {
    expect(await violations('clean')).toEqual([]);
  });
});

describe('src/lib without the DOM (tsconfig.lib.json)', { timeout: 120_000 }, () => {
  /** @param {string} file relative to fixtures/lib-types @returns {string[]} the type errors */
  function typeErrors(file) {
    const config = ts.getParsedCommandLineOfConfigFile(`${root}tsconfig.lib.json`, undefined, {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    });
    if (!config) throw new Error('tsconfig.lib.json could not be read');
    const program = ts.createProgram([`${fixtures}lib-types/${file}`], config.options);
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }

  it('rejects document in calculation code', () => {
    expect(typeErrors('uses-dom.ts')).toEqual([expect.stringContaining("Cannot find name 'document'")]);
  });

  it('accepts what Node and the browser share (TextEncoder, URLSearchParams)', () => {
    expect(typeErrors('no-dom.ts')).toEqual([]);
  });
});
