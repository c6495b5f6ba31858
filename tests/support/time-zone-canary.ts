import { beforeAll } from 'vitest';

/**
 * Fails the run if the tests are not in the zone vitest.config.ts sets: every date test below
 * assumes a zone where local midnight is not UTC midnight.
 */
beforeAll(() => {
  const offsetMinutes = new Date('2024-09-29T04:00:00Z').getTimezoneOffset();
  if (offsetMinutes === 0) throw new Error('Tests must run in a non-UTC zone (TZ=America/Los_Angeles); got UTC.');
});
