/**
 * The registry is the one list of calculators, so it must agree with the files it stands for:
 * one name per tool (page, maths folder, island), the same folder shape for every tool, and
 * presets that a link can carry.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALCULATORS, toolHref } from './calculators';
import { decodeState, encodeState } from './url-state/index';
import { islandName } from './url-state/calculator-definition';

const root = join(import.meta.dirname, '..', '..');
const SHAPE = ['calculator.ts', 'model.ts', 'fields.ts', 'url-schema.ts', 'presets.ts', 'wording.ts', 'index.ts'];

describe('calculator registry', () => {
  it('lists every tool folder once, by slug', () => {
    const slugs = CALCULATORS.map((c) => c.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    // A folder under src/lib with a calculator.ts is a tool, and every tool is registered.
    const toolFolders = readdirSync(join(root, 'src/lib'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(root, 'src/lib', entry.name, 'calculator.ts')))
      .map((entry) => entry.name);
    expect([...toolFolders].sort()).toEqual([...slugs].sort());
  });

  for (const calculator of CALCULATORS) {
    describe(calculator.slug, () => {
      it('has the same folder shape as every other tool', () => {
        for (const file of SHAPE) expect(existsSync(join(root, 'src/lib', calculator.slug, file)), file).toBe(true);
        const index = readFileSync(join(root, 'src/lib', calculator.slug, 'index.ts'), 'utf8');
        expect(index).not.toMatch(/export \*/);
        expect(index).toMatch(/export \{ calculator \} from '\.\/calculator(\.ts)?';/);
      });

      it('has its island and its page under the same name', () => {
        const island = join(root, 'src/components', calculator.slug, `${islandName(calculator.slug)}.tsx`);
        expect(existsSync(island), island).toBe(true);
        const page = join(root, 'src/content/docs', `${toolHref(calculator).replace(/^\/|\/$/g, '')}.mdx`);
        expect(existsSync(page), page).toBe(true);
        expect(readFileSync(page, 'utf8')).toContain(`<${islandName(calculator.slug)} client:use`);
      });

      it('renders its own island for its embed page', () => {
        // src/pages/embed/[slug].astro finds this file by path; Astro hydrates only components
        // imported by name, so the import and the client:use directive must be here.
        const embed = join(root, 'src/components', calculator.slug, 'Embed.astro');
        expect(existsSync(embed), embed).toBe(true);
        const source = readFileSync(embed, 'utf8');
        expect(source).toContain(`import ${islandName(calculator.slug)} from './${islandName(calculator.slug)}.tsx';`);
        expect(source).toMatch(new RegExp(`<${islandName(calculator.slug)} client:use \\{\\.\\.\\.Astro\\.props\\}`));
      });

      const anchor = calculator.toolPageAnchor;
      if (anchor !== undefined) {
        it('gives its widget the anchor the embeds link to', () => {
          const page = join(root, 'src/content/docs', `${toolHref(calculator).replace(/^\/|\/$/g, '')}.mdx`);
          expect(readFileSync(page, 'utf8')).toContain(`client:use id="${anchor}"`);
        });
      }

      it('uses each URL key once', () => {
        const keys = Object.values(calculator.schema).map((field) => field.key);
        expect(new Set(keys).size).toBe(keys.length);
      });

      for (const [name, preset] of Object.entries(calculator.presets)) {
        it(`carries its "${name}" preset through a link unchanged`, () => {
          expect(calculator.crossCheck?.(preset) ?? []).toEqual([]);
          const decoded = decodeState(
            calculator.schema,
            calculator.presets.default,
            encodeState(calculator.schema, preset),
            calculator.crossCheck,
          );
          expect(decoded.rejected).toEqual([]);
          expect(decoded.state).toEqual(preset);
        });
      }
    });
  }
});
