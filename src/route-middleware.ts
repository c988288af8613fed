import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { ogCardAlt } from './lib/site/og-card';
import { ogImagePath } from './lib/site/og-image-path';

// Starlight writes title, description, canonical and Twitter card tags, but no picture.
// Each page gets its own Open Graph image, generated at build time by src/pages/og/, with alt
// text that says what the card shows, and a link to its Markdown twin.
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const site = context.site ?? new URL('http://localhost:4321');
  const image = new URL(ogImagePath(route.id, import.meta.env.BASE_URL), site).href;
  const alt = ogCardAlt({
    siteName: 'Infra Field Notes',
    title: route.entry.data.title,
    description: route.entry.data.description ?? '',
  });
  route.head.push(
    { tag: 'meta', attrs: { property: 'og:image', content: image } },
    { tag: 'meta', attrs: { property: 'og:image:width', content: '1200' } },
    { tag: 'meta', attrs: { property: 'og:image:height', content: '630' } },
    { tag: 'meta', attrs: { property: 'og:image:alt', content: alt } },
    { tag: 'meta', attrs: { name: 'twitter:image', content: image } },
    { tag: 'meta', attrs: { name: 'twitter:image:alt', content: alt } },
  );
  // The page's Markdown twin (written after the build by src/plugins/markdown-twins.mjs).
  if (route.id !== '404') {
    route.head.push({
      tag: 'link',
      attrs: {
        rel: 'alternate',
        type: 'text/markdown',
        href: `${context.url.pathname}index.md`,
        title: 'This page as Markdown',
      },
    });
  }
});
