import { defineConfig } from 'vitest/config';
import { createLocaleMessagesPlugin } from './scripts/locale-messages-plugin.ts';

export default defineConfig({
  // The same locale imports as the build (the background bundles only the tooltip messages).
  plugins: [createLocaleMessagesPlugin()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'tests/dist/**'],
    // A zone with a non-zero offset and its own DST rules: UTC would hide date bugs.
    env: { TZ: 'America/Los_Angeles' },
    setupFiles: ['tests/support/time-zone-canary.ts'],
  },
});
