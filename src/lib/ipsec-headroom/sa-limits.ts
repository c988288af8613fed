/** Ranges of the single-SA ceiling's inputs, apart from sa-ceiling.ts so the URL schema can use them alone. */
export const SA_CEILING_LIMITS = { maxCores: 1024, maxSaCount: 100_000 } as const;
