// /llms.txt: every page with its description, linked to its Markdown twin (see src/lib/site/llms-txt.ts).
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { llmsTxt } from '../lib/site/llms-txt';

export const GET: APIRoute = async ({ site }) => {
  // Same filter as Starlight's routes: drafts are not built in production; the 404 page is not a page to read.
  const entries = await getCollection(
    'docs',
    ({ id, data }) => id !== '404' && (import.meta.env.MODE !== 'production' || !data.draft),
  );
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  const siteBase = new URL(base, site ?? 'http://localhost:4321').href;
  const text = llmsTxt(
    {
      name: 'Infra Field Notes',
      description:
        'Four operations stories retold for infrastructure teams, each with a calculator to test the numbers against your own.',
    },
    entries.map((entry) => ({ id: entry.id, title: entry.data.title, description: entry.data.description ?? '' })),
    siteBase,
  );
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
