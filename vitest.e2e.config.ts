import { defineConfig } from 'vitest/config';

// The browser suite drives the production build in Debian's Chromium; it runs one file at a
// time because the machine has two cores and each file starts its own browser and server.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
