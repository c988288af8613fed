import { defineConfig } from 'vitest/config';

// Unit tests only: pure TypeScript under src/lib and the build/test scripts. Browser tests live in tests/e2e (Playwright).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'scripts/**/*.test.{ts,mjs}'],
  },
});
