// Registers the `client:use` directive (src/components/kit/hydrate-on-use.ts): an island
// hydrates when the reader first reaches for it rather than when it scrolls into view.

import { fileURLToPath } from 'node:url';

/** @returns {import('astro').AstroIntegration} */
export function hydrateOnUse() {
  return {
    name: 'infra-field-notes:hydrate-on-use',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'use',
          entrypoint: fileURLToPath(new URL('../components/kit/hydrate-on-use.ts', import.meta.url)),
        });
      },
    },
  };
}
