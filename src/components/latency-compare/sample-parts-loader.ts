import { retryableImport } from '../kit/recovery';

// Kept apart from sample-parts.ts so importing the loader does not pull the parts into the island.
export type SampleParts = typeof import('./sample-parts');
export const loadSampleParts: () => Promise<SampleParts> = retryableImport(() => import('./sample-parts'));
