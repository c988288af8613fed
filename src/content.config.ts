import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({
      extend: z.object({
        // The original write-up a story retells; shown in its sources section and used by tests.
        originalUrl: z.url().optional(),
      }),
    }),
  }),
  // Starlight reads its UI strings from this collection (and the build warns when it is missing).
  // src/content/i18n/en.json overrides none of Starlight's English defaults today; add keys there
  // to change a label.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
