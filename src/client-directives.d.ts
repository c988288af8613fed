// Lets `.astro` and MDX files write <Widget client:use /> (src/plugins/hydrate-on-use.mjs).
import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    'client:use'?: boolean;
  }
}
