import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { REGION_IDS } from '../../src/core/regions';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../src/core/settings';
import type { SettingsChange } from '../../src/platform/settings-store';
import {
  NO_PENDING_SETTINGS,
  showSettings,
  withSaveFailed,
  withSaveStarted,
  withSaveWritten,
  withStoredReported,
  type PendingSettings,
} from '../../src/ui/pending-settings';

/** What storage holds after `change` is written over `stored` (as settings-store.ts writes it). */
const written = (stored: Settings, change: SettingsChange): Settings => parseSettings({ ...stored, ...change }).settings;

describe('choices being saved', () => {
  test('three quick changes all show while storage reports the first (the page stays in the chosen language)', () => {
    let pending = NO_PENDING_SETTINGS;
    pending = withSaveStarted(pending, { theme: 'dark' }, 1);
    pending = withSaveStarted(pending, { isBadgeShown: false }, 2);
    pending = withSaveStarted(pending, { language: 'id' }, 3);
    const afterFirstWrite = written(DEFAULT_SETTINGS, { theme: 'dark' });
    pending = withStoredReported(pending, afterFirstWrite);
    expect(showSettings(afterFirstWrite, pending)).toMatchObject({ theme: 'dark', isBadgeShown: false, language: 'id' });
    const afterLastWrite = written(written(afterFirstWrite, { isBadgeShown: false }), { language: 'id' });
    pending = withStoredReported(pending, afterLastWrite);
    expect(pending).toEqual({});
    expect(showSettings(afterLastWrite, pending)).toBe(afterLastWrite);
  });

  test('a save that resolves before storage reports it keeps showing the choice', () => {
    let pending = withSaveStarted(NO_PENDING_SETTINGS, { region: 'de' }, 1);
    const after = written(DEFAULT_SETTINGS, { region: 'de' });
    pending = withSaveWritten(pending, 1, after, DEFAULT_SETTINGS);
    expect(showSettings(DEFAULT_SETTINGS, pending).region).toBe('de');
    expect(withStoredReported(pending, after)).toEqual({});
  });

  test('a save that resolves after storage reported it leaves nothing behind', () => {
    const after = written(DEFAULT_SETTINGS, { region: 'de' });
    const pending = withSaveWritten(withSaveStarted(NO_PENDING_SETTINGS, { region: 'de' }, 1), 1, after, after);
    expect(pending).toEqual({});
  });

  test('a value storage writes differently from the choice (parsed) waits for the written value', () => {
    const choice: SettingsChange = { mutedMilestoneIds: ['us-updates-end', 'us-updates-end'] };
    const after = written(DEFAULT_SETTINGS, choice);
    expect(after.mutedMilestoneIds).toEqual(['us-updates-end']);
    const pending = withSaveWritten(withSaveStarted(NO_PENDING_SETTINGS, choice, 1), 1, after, DEFAULT_SETTINGS);
    expect(withStoredReported(pending, after)).toEqual({});
  });

  test('a failed save shows what is stored again, but not over a later choice of the same setting', () => {
    let pending = withSaveStarted(NO_PENDING_SETTINGS, { theme: 'dark', isBadgeShown: false }, 1);
    pending = withSaveStarted(pending, { theme: 'light' }, 2);
    pending = withSaveFailed(pending, 1);
    expect(showSettings(DEFAULT_SETTINGS, pending)).toMatchObject({ theme: 'light', isBadgeShown: true });
    expect(withSaveFailed(pending, 2)).toEqual({});
  });

  test('unchanged state is the same object, so a page does not render again for nothing', () => {
    const pending = withSaveStarted(NO_PENDING_SETTINGS, { theme: 'dark' }, 1);
    expect(withStoredReported(pending, DEFAULT_SETTINGS)).toBe(pending);
    expect(withSaveFailed(pending, 2)).toBe(pending);
    expect(showSettings(DEFAULT_SETTINGS, NO_PENDING_SETTINGS)).toBe(DEFAULT_SETTINGS);
  });
});

/**
 * Any run of saves, written one after another under the lock, whose reports and resolutions
 * arrive in any interleaving (each in order among its own kind). Each save of a setting picks a
 * value that setting has not had yet, so "shows the latest choice" is unambiguous.
 */
const CHOICES: { readonly [Name in keyof SettingsChange]-?: readonly SettingsChange[Name][] } = {
  theme: ['light', 'dark'],
  language: ['en', 'id', 'es'],
  isBadgeShown: [false],
  region: REGION_IDS,
  areRemindersEnabled: [true],
  mutedMilestoneIds: [['a'], ['a', 'b'], ['b']],
};
const NAMES = Object.keys(CHOICES) as (keyof SettingsChange)[];

type Step = { readonly kind: 'save'; readonly name: keyof SettingsChange } | { readonly kind: 'report' } | { readonly kind: 'resolve' };

const steps = fc.array(
  fc.oneof(
    fc.constantFrom(...NAMES).map((name): Step => ({ kind: 'save', name })),
    fc.constant<Step>({ kind: 'report' }),
    fc.constant<Step>({ kind: 'resolve' }),
  ),
  { maxLength: 40 },
);

describe('any interleaving of saves, reports and resolutions', () => {
  test('each setting shows its latest choice until storage reports it, and afterwards what storage holds', () => {
    fc.assert(
      fc.property(steps, (run) => {
        const usedChoices = new Map<keyof SettingsChange, number>();
        let storage = DEFAULT_SETTINGS;
        /** Each write's result, in write order, with the save it came from. */
        const writes: { saveId: number; name: keyof SettingsChange; result: Settings }[] = [];
        let reported = 0;
        let resolved = 0;
        let shownStored = DEFAULT_SETTINGS;
        let pending: PendingSettings = NO_PENDING_SETTINGS;
        const latestChoice = new Map<keyof SettingsChange, { saveId: number; value: unknown }>();

        const check = (): void => {
          const shown = showSettings(shownStored, pending);
          for (const name of NAMES) {
            const latest = latestChoice.get(name);
            const isReported = latest === undefined || writes.findIndex((write) => write.saveId === latest.saveId) < reported;
            expect(shown[name], name).toEqual(isReported ? shownStored[name] : latest.value);
          }
        };

        const deliver = (kind: 'report' | 'resolve'): void => {
          if (kind === 'report' && reported < writes.length) {
            shownStored = writes[reported]!.result;
            reported += 1;
            pending = withStoredReported(pending, shownStored);
          } else if (kind === 'resolve' && resolved < writes.length) {
            const write = writes[resolved]!;
            resolved += 1;
            pending = withSaveWritten(pending, write.saveId, write.result, shownStored);
          }
        };

        for (const step of run) {
          if (step.kind === 'save') {
            const used = usedChoices.get(step.name) ?? 0;
            const value = CHOICES[step.name][used];
            if (value === undefined) continue;
            usedChoices.set(step.name, used + 1);
            const saveId = writes.length + 1;
            const change = { [step.name]: value } as SettingsChange;
            pending = withSaveStarted(pending, change, saveId);
            storage = written(storage, change);
            writes.push({ saveId, name: step.name, result: storage });
            latestChoice.set(step.name, { saveId, value });
          } else {
            deliver(step.kind);
          }
          check();
        }
        while (reported < writes.length || resolved < writes.length) {
          deliver('report');
          deliver('resolve');
          check();
        }
        expect(pending).toEqual({});
        expect(showSettings(shownStored, pending)).toEqual(storage);
      }),
    );
  });
});
