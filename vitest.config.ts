import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**'],
    // A zone with a non-zero offset and its own DST rules: UTC would hide date bugs.
    env: { TZ: 'America/Los_Angeles' },
    setupFiles: ['tests/support/time-zone-canary.ts'],
  },
});
