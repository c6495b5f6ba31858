// @ts-check
import eslint from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const CORE_IS_PURE =
  'src/core decides what to show and must run anywhere (tests, any browser, a future CLI): no browser API, no DOM, no Preact, no adapters. Pass what it needs in as parameters.';
const ONE_POLYFILL_IMPORT =
  'webextension-polyfill is imported only by src/platform/browser.ts, so it can be replaced in one place now that upstream has frozen it.';
const BROWSER_API_IN_PLATFORM = 'Only src/platform/ touches the browser API; add a small adapter function there instead.';
const CALENDAR_MATH_IN_DEVICE_ZONE =
  "These date-fns helpers count calendar units in the device's own zone, so results shift by an hour across its DST changes. Count absolute time (addHours, addMilliseconds) and format in a named zone with Intl.";
const DEVICE_ZONE_DATE_FNS = ['addDays', 'subDays', 'addWeeks', 'subWeeks', 'addMonths', 'subMonths', 'addYears', 'subYears', 'differenceInDays', 'differenceInCalendarDays', 'startOfDay', 'endOfDay', 'format'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/'] },
  eslint.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      // Numbers and booleans in template strings read naturally in messages and test names.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // Event listeners are handed promise-returning functions on purpose; errors are caught inside.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'webextension-polyfill', message: ONE_POLYFILL_IMPORT },
            { name: 'date-fns', importNames: DEVICE_ZONE_DATE_FNS, message: CALENDAR_MATH_IN_DEVICE_ZONE },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'chrome', message: BROWSER_API_IN_PLATFORM }, { name: 'browser', message: BROWSER_API_IN_PLATFORM }],
    },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'webextension-polyfill', message: CORE_IS_PURE },
            { name: 'preact', message: CORE_IS_PURE },
            { name: 'date-fns', importNames: DEVICE_ZONE_DATE_FNS, message: CALENDAR_MATH_IN_DEVICE_ZONE },
          ],
          patterns: [
            { group: ['preact/*', '**/platform/**', '**/ui/**', '**/background/**'], message: CORE_IS_PURE },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'chrome', 'browser', 'localStorage'].map((name) => ({ name, message: CORE_IS_PURE })),
      ],
    },
  },
  {
    files: ['src/platform/browser.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['tests/**', 'scripts/**', 'bench/**', '*.config.ts', 'eslint.config.js'],
    rules: {
      // Tests reach into fixtures they just built; a failed lookup fails the test anyway.
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-globals': 'off',
    },
  },
  {
    files: ['eslint.config.js', 'bench/reference-*/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The reference extensions stand for the simplest possible code: the raw `chrome` API.
    files: ['bench/reference-*/*.js'],
    languageOptions: { globals: { chrome: 'readonly' } },
  },
);
