import { defineConfig } from 'vitest/config';

/**
 * Tests of the build: the packages themselves (tests/dist) and real-browser tests (Debian Chromium
 * with dist/chrome loaded, tests/e2e). Run `npm run build` first.
 */
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts', 'tests/e2e/**/*.e2e.ts'],
    // Fails a test on a console.error it did not declare, in node or (forwarded by
    // launch-extension.ts) in the extension's pages and worker.
    setupFiles: ['tests/support/console-error-trap.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // Each file starts its own browsers; two cores run two files at a time without starving them.
    maxWorkers: 2,
    fileParallelism: true,
  },
});
