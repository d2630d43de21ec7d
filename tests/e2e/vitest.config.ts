import { defineConfig } from 'vitest/config';

// Real-browser tests: one file at a time (each launches Chromium), generous timeouts.
export default defineConfig({
  test: {
    root: '.',
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
