import type { Loader, LoaderContext } from 'astro/loaders';
import { freshnessProblems } from './rules.ts';

/**
 * Wraps a content loader so that an entry breaking the review rules stops `astro sync`,
 * `astro check` and `astro build` with a message naming the file and each missing field.
 * The check runs on the parsed data, after the schema has turned the dates into Dates.
 */
export function withFreshnessRule(loader: Loader): Loader {
  return {
    ...loader,
    load: (context: LoaderContext) =>
      loader.load({
        ...context,
        parseData: async (props) => {
          const data = await context.parseData(props);
          const problems = freshnessProblems(props.id, data);
          if (problems.length > 0) {
            const where = props.filePath ?? props.id;
            throw new Error(
              `${where}: review fields are required on stories and reviews.\n  - ${problems.join('\n  - ')}`,
            );
          }
          return data;
        },
      }),
  };
}
