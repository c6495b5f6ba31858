import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyPolicy, NO_POLICY, parsePolicy } from '../../src/core/policy';
import { REGION_IDS } from '../../src/core/regions';
import { DEFAULT_SETTINGS, getEffectiveRegion, type Settings } from '../../src/core/settings';

const USER_CHOICES: Settings = { ...DEFAULT_SETTINGS, region: 'id', isBadgeShown: false, areRemindersEnabled: true };

describe('parsePolicy', () => {
  test('no policy at all (Firefox rejects, Chrome gives {}): nothing managed, nothing to report', () => {
    expect(parsePolicy(undefined)).toEqual({ policy: NO_POLICY, problems: [] });
    expect(parsePolicy({})).toEqual({ policy: NO_POLICY, problems: [] });
  });

  test('every valid value is kept', () => {
    expect(parsePolicy({ region: 'de', lockRegion: true, showBadge: false, enableReminders: true })).toEqual({
      policy: { region: 'de', lockRegion: true, showBadge: false, enableReminders: true },
      problems: [],
    });
  });

  test.each([
    ['an unknown region', { region: 'mars', showBadge: true }, { showBadge: true }, /"region" ignored: "mars"/],
    ['a region of the wrong type', { region: 7 }, {}, /"region" ignored: 7/],
    ['a boolean written as a string', { showBadge: 'yes', enableReminders: false }, { enableReminders: false }, /"showBadge" ignored: expected true or false, got "yes"/],
    ['a lock without a region', { lockRegion: true }, { lockRegion: true }, /"lockRegion" has no effect/],
    ['a key this extension does not have', { region: 'uk', Region: 'de' }, { region: 'uk' }, /"Region" ignored: not a setting/],
    ['a huge value, shortened in the report', { region: 'x'.repeat(10_000) }, {}, /^"region" ignored: "x{59}…/],
  ])('%s is ignored and reported', (_label, stored, policy, problem) => {
    const parsed = parsePolicy(stored);
    expect(parsed.policy).toEqual(policy);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatch(problem);
  });

  test.each([['a string', 'de'], ['an array', ['de']], ['a number', 3]])('%s instead of an object is ignored whole', (_label, stored) => {
    const parsed = parsePolicy(stored);
    expect(parsed.policy).toEqual(NO_POLICY);
    expect(parsed.problems).toEqual([expect.stringMatching(/^policy ignored: expected an object/) as unknown]);
  });

  test('whatever is stored, the policy holds only valid values and parses to itself', () => {
    const storedPolicy = fc.record(
      {
        region: fc.oneof(fc.constantFrom(...REGION_IDS), fc.anything()),
        lockRegion: fc.oneof(fc.boolean(), fc.anything()),
        showBadge: fc.oneof(fc.boolean(), fc.anything()),
        enableReminders: fc.oneof(fc.boolean(), fc.anything()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(storedPolicy, fc.anything()), (stored) => {
        const { policy } = parsePolicy(stored);
        expect(policy.region === undefined || REGION_IDS.includes(policy.region)).toBe(true);
        for (const key of ['lockRegion', 'showBadge', 'enableReminders'] as const) expect([undefined, true, false]).toContain(policy[key]);
        expect(parsePolicy(policy).policy).toEqual(policy);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('applyPolicy', () => {
  test('without a policy the user decides everything', () => {
    expect(applyPolicy(USER_CHOICES, NO_POLICY)).toEqual({ settings: USER_CHOICES, lockedByPolicy: [], presetRegion: undefined });
  });

  test('managed values win and are locked', () => {
    const applied = applyPolicy(USER_CHOICES, { region: 'de', lockRegion: true, showBadge: true, enableReminders: false });
    expect(applied.settings).toMatchObject({ region: 'de', isBadgeShown: true, areRemindersEnabled: false, language: USER_CHOICES.language });
    expect(applied.lockedByPolicy).toEqual(['region', 'isBadgeShown', 'areRemindersEnabled']);
  });

  test('an unlocked region only replaces the time-zone suggestion: the user may still choose', () => {
    const suggested = applyPolicy(DEFAULT_SETTINGS, { region: 'nl' });
    expect(suggested.lockedByPolicy).toEqual([]);
    expect(getEffectiveRegion(suggested.settings, 'Asia/Jakarta', suggested.presetRegion)).toBe('nl');
    const chosen = applyPolicy(USER_CHOICES, { region: 'nl' });
    expect(getEffectiveRegion(chosen.settings, 'Asia/Jakarta', chosen.presetRegion)).toBe('id');
  });

  test('a lock without a region locks nothing', () => {
    expect(applyPolicy(USER_CHOICES, { lockRegion: true })).toEqual({ settings: USER_CHOICES, lockedByPolicy: [], presetRegion: undefined });
  });

  test('a locked region wins over the user choice', () => {
    const applied = applyPolicy(USER_CHOICES, { region: 'it', lockRegion: true });
    expect(getEffectiveRegion(applied.settings, 'Asia/Jakarta', applied.presetRegion)).toBe('it');
  });
});
