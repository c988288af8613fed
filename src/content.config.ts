import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { withFreshnessRule } from './freshness/loader.ts';

export const collections = {
  docs: defineCollection({
    // Stories and reviews must carry reviewed, reviewBy and owner (src/freshness/rules.ts).
    loader: withFreshnessRule(docsLoader()),
    schema: docsSchema({
      extend: z.object({
        // The original write-up a story retells; shown in its sources section and used by tests.
        originalUrl: z.url().optional(),
        // When someone last checked the page against its sources, shown as "Reviewed on …".
        reviewed: z.coerce.date().optional(),
        // When it must be checked again; past this date it is listed on /reviews-due/.
        reviewBy: z.coerce.date().optional(),
        // Who answers for keeping it current (a team or role, not a person's private address).
        owner: z.string().trim().min(1).optional(),
      }),
    }),
  }),
  // Starlight reads its UI strings from this collection (and the build warns when it is missing).
  // src/content/i18n/en.json overrides none of Starlight's English defaults today; add keys there
  // to change a label.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
