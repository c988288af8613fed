// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { remarkBaseLinks } from './src/plugins/remark-base-links.mjs';
import { rehypeScrollableTables } from './src/plugins/rehype-scrollable-tables.mjs';
import { normaliseBase } from './src/plugins/base-path.mjs';
import { cspMeta } from './src/plugins/csp-meta.mjs';
import { markdownTwins } from './src/plugins/markdown-twins.mjs';
import { chartGroups } from './src/plugins/chart-groups.mjs';
import { hydrateOnUse } from './src/plugins/hydrate-on-use.mjs';
import { searchOnDemand } from './src/plugins/search-on-demand.mjs';
import { CALCULATORS, toolHref } from './src/lib/calculators.ts';
import { dropKnownUpstreamWarnings } from './src/plugins/upstream-warnings.mjs';
import { offline } from './src/plugins/offline.mjs';
import { islandEntrySharing } from './src/plugins/island-entry-sharing.mjs';

// SITE_URL and BASE_PATH let one build live at a wiki sub-path such as /wiki/infra/.
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = normaliseBase(process.env.BASE_PATH);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // OUT_DIR lets parallel builds (for example the BASE_PATH link check) keep their own output.
  outDir: process.env.OUT_DIR || './dist',
  vite: {
    // dropKnownUpstreamWarnings: one upstream warning (withastro/astro#18087), printed once per MDX page.
    plugins: [chartGroups(), searchOnDemand(), dropKnownUpstreamWarnings(), islandEntrySharing()],
    build: {
      rolldownOptions: {
        output: {
          // Every island loads the widget kit and Preact. Left to itself the bundler cuts them into
          // a dozen small chunks, each compressed on its own; two chunks compress better and save
          // requests, which matters for the 25 KB island budget (docs/benchmarks.md).
          codeSplitting: {
            groups: [
              // Vite's dynamic-import helper stays a chunk of its own: page scripts that import()
              // (search, the service worker) need it, and must not pull the kit in with it.
              { name: 'preload-helper', test: /preload-helper/, priority: 2 },
              { name: 'preact', test: /node_modules[\\/]preact[\\/]/ },
              {
                name: 'kit',
                // Not clipboard.ts, nor ShareBar, which imports it (a group takes what its modules
                // import): every page's Copy-as-Markdown button uses clipboard.ts, and a page with no
                // calculator must not load the kit.
                test: /src[\\/](?:components[\\/]kit[\\/](?!LazyChart|chart-|DataTable|clipboard|ShareBar)|lib[\\/](?:url-state|number-input|format|parse)[\\/])/,
              },
            ],
          },
        },
      },
    },
  },
  // Starlight's default prefetches every link on hover, which means a listener on each of the
  // page's ~100 links at load (measurable in a phone profile). Prefetching on tap keeps the head
  // start for navigation with one listener on the document.
  prefetch: { prefetchAll: true, defaultStrategy: 'tap' },
  markdown: {
    // Astro 7 renders Markdown with Sätteri by default; these plugins need the remark/rehype pipeline.
    processor: unified({
      remarkPlugins: [[remarkBaseLinks, { base }]],
      rehypePlugins: [rehypeScrollableTables],
    }),
  },
  integrations: [
    // Starlight adds @astrojs/sitemap itself unless it is already listed; listed here so the
    // embeds (/embed/<slug>/, calculators alone for framing in a wiki) stay out of it.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith(`${base}embed/`) }),
    starlight({
      title: 'Infra Field Notes',
      description:
        'Four operations stories retold for infrastructure teams, each with a calculator to test the numbers against your own.',
      lastUpdated: true,
      // src/pages/404.astro is the 404 page (see its header for why).
      disable404Route: true,
      pagination: true,
      customCss: ['./src/styles/site.css', './src/styles/print.css'],
      routeMiddleware: './src/route-middleware.ts',
      components: {
        MarkdownContent: './src/components/site/MarkdownContent.astro',
        // Adds the "Reviewed on …" line under the title of pages with review fields.
        PageTitle: './src/components/site/PageTitle.astro',
        Footer: './src/components/site/Footer.astro',
      },
      // The web app manifest (public/manifest.json): the site can be installed and read offline.
      head: [{ tag: 'link', attrs: { rel: 'manifest', href: `${base}manifest.json` } }],
      sidebar: [
        {
          label: 'Start here',
          items: [
            { label: 'Home', link: '/' },
            { label: 'Onboarding path', link: '/onboarding/' },
          ],
        },
        {
          label: 'Stories',
          items: [
            { label: 'Inter-DC IPsec tunnels', link: '/stories/interdc-ipsec-tunnels/' },
            { label: 'KVM latency: 60 vs 112 ms', link: '/stories/kvm-latency/' },
            { label: 'LXC hosts crashing together', link: '/stories/lxc-host-crashes/' },
          ],
        },
        {
          label: 'Reviews',
          items: [{ label: 'Rootconf 2014: Docker vs LXC', link: '/reviews/rootconf-2014/' }],
        },
        {
          label: 'Tools',
          // From the registry: a new calculator appears here without an edit.
          items: [
            { label: 'All calculators', link: '/tools/' },
            ...CALCULATORS.map((calculator) => ({ label: calculator.title, link: toolHref(calculator) })),
          ],
        },
        {
          label: 'Reference',
          items: [
            { label: 'Glossary', link: '/glossary/' },
            { label: 'Card: ESP overhead and MSS', link: '/reference/esp-overhead/' },
            { label: 'Card: curl timings', link: '/reference/curl-timing/' },
            { label: 'Card: common-cause checklist', link: '/reference/common-cause-checklist/' },
            { label: 'TCP in TCP, and split TCP', link: '/reference/tcp-in-tcp/' },
            { label: 'Reviews due', link: '/reviews-due/' },
          ],
        },
      ],
    }),
    preact(),
    hydrateOnUse(),
    markdownTwins(),
    cspMeta(),
    // Last: the service worker's revisions are those of the finished files (csp-meta edits every page).
    offline(),
  ],
});
