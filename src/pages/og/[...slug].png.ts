// One Open Graph picture per page, written at build time to og/<page id>.png
// (the path src/route-middleware.ts puts in og:image). No network: fonts come from src/assets/fonts/.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ogImagePath } from '../../lib/site/og-image-path';
import { renderOgCard, type OgFont } from '../../lib/site/og-card';

const siteName = 'Infra Field Notes';

interface CardProps {
  title: string;
  description: string;
}

/** The og/ path of a page without the base, "og/" and ".png": "index", "stories/kvm-latency". */
const cardSlug = (pageId: string) =>
  ogImagePath(pageId, '/')
    .replace(/^\/og\//, '')
    .replace(/\.png$/, '');

export const getStaticPaths = (async () => {
  // Same filter as Starlight's routes: drafts are not built in production.
  const entries = await getCollection('docs', ({ data }) => import.meta.env.MODE !== 'production' || !data.draft);
  const paths = entries.map((entry) => ({
    params: { slug: cardSlug(entry.id) },
    props: {
      title: entry.data.title,
      description: entry.data.description ?? '',
    } satisfies CardProps,
  }));
  // Starlight builds a 404 page even without a docs/404 entry, and the middleware gives it an og:image too.
  if (!paths.some((path) => path.params.slug === '404')) {
    paths.push({
      params: { slug: '404' },
      props: { title: 'Page not found', description: 'This page does not exist. Start again from the home page.' },
    });
  }
  return paths;
}) satisfies GetStaticPaths;

let fonts: Promise<OgFont[]> | undefined;
// Read relative to the project root: astro build runs there, and bundling would move import.meta.url.
const loadFonts = () =>
  (fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      weight,
      data: await readFile(resolve(process.cwd(), `src/assets/fonts/inter-latin-${weight}-normal.woff`)),
    })),
  ));

export const GET: APIRoute<CardProps> = async ({ props }) => {
  const png = await renderOgCard({ siteName, title: props.title, description: props.description }, await loadFonts());
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
