// Lets an island's entry chunk export what its own lazily loaded parts share with it. Astro builds
// the browser code with preserveEntrySignatures "exports-only", so the bundler may not add exports
// to an entry chunk and cuts every module an island shares with its lazy parts into a chunk of its
// own, compressed apart (about 0.7 KB more for the IPsec island, against the 25 KB budget in
// docs/benchmarks.md). "allow-extension" keeps them in the entry chunk. Only the client build: the
// server build relies on "exports-only" to drop prerender-only inputs.

/** @returns {import('vite').Plugin} */
export function islandEntrySharing() {
  return {
    name: 'infra-field-notes:island-entry-sharing',
    applyToEnvironment: (environment) => environment.name === 'client',
    options(options) {
      return { ...options, preserveEntrySignatures: 'allow-extension' };
    },
  };
}
