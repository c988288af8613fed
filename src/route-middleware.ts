import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { ogImagePath } from './lib/site/og-image-path';

// Starlight writes title, description, canonical and Twitter card tags, but no picture.
// Each page gets its own Open Graph image, generated at build time by src/pages/og/.
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const site = context.site ?? new URL('http://localhost:4321');
  const image = new URL(ogImagePath(route.id, import.meta.env.BASE_URL), site).href;
  const alt = `${route.entry.data.title}: Infra Field Notes`;
  route.head.push(
    { tag: 'meta', attrs: { property: 'og:image', content: image } },
    { tag: 'meta', attrs: { property: 'og:image:width', content: '1200' } },
    { tag: 'meta', attrs: { property: 'og:image:height', content: '630' } },
    { tag: 'meta', attrs: { property: 'og:image:alt', content: alt } },
    { tag: 'meta', attrs: { name: 'twitter:image', content: image } },
    { tag: 'meta', attrs: { name: 'twitter:image:alt', content: alt } },
  );
});
