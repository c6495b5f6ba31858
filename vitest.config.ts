import { defineConfig } from 'vitest/config';
import { createBundledDataPlugin } from './scripts/bundled-data-plugin.ts';
import { createLocaleMessagesPlugin } from './scripts/locale-messages-plugin.ts';

export default defineConfig({
  // The same message bundles and bundled data as the build.
  plugins: [createLocaleMessagesPlugin(), createBundledDataPlugin()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'tests/dist/**'],
    // A zone with a non-zero offset and its own DST rules: UTC would hide date bugs.
    env: { TZ: 'America/Los_Angeles' },
    // The console trap fails any test that logs an error it did not declare (expectConsoleError).
    setupFiles: ['tests/support/time-zone-canary.ts', 'tests/support/console-error-trap.ts'],
    // Property tests run hundreds of cases: on a busy two-core CI machine one took 6.5 s against
    // the 5 s default. The limit only catches a test that hangs; speed is the benchmark's job.
    testTimeout: 30_000,
  },
});
