import { addHours, addSeconds } from 'date-fns';
import { describe, expect, test } from 'vitest';
import { describeStatus } from '../../src/core/describe-status';
import { getWhen } from '../../src/core/milestone';
import { MILESTONES } from '../../src/core/milestones';
import { REGION_IDS } from '../../src/core/regions';
import { NAMES_COUNTED_AS_TWO_SYLLABLES, measureReadability } from '../support/readability';
import { translateEnglish } from '../support/translators';
import { viewAt } from '../support/views';

/**
 * The issue "Plain words in three languages": many readers are not technical, many are helping an
 * older relative. What they read first, the headline and meaning of their status, and every step
 * they must do, reads at Flesch–Kincaid grade 7 or lower, in English.
 *
 * How it is measured (tests/support/readability.ts): dates and numbers count as the words they are
 * written as, one syllable per digit; abbreviations letter by letter; a short list of product and
 * brand names counts as two syllables each, because a reader knows them as names:
 * NAMES_COUNTED_AS_TWO_SYLLABLES.
 */
const MAXIMUM_GRADE = 7;

/** Instants around every milestone: the day before, a second either side, the day after, and a month on. */
const INSTANTS: readonly Date[] = [
  ...MILESTONES.flatMap((milestone) => {
    const when = getWhen(milestone);
    return [addHours(when, -24), addSeconds(when, -1), when, addSeconds(when, 1), addHours(when, 24), addHours(when, 31 * 24)];
  }),
  new Date('2026-12-10T12:00:00Z'),
];

interface Measured {
  readonly what: string;
  readonly text: string;
  readonly grade: number;
}

function measure(what: string, text: string): Measured {
  return { what, text, grade: measureReadability(text).grade };
}

/** Every distinct English text a reader in each region gets at the instants above. */
function collectTexts(): Map<string, Measured> {
  const texts = new Map<string, Measured>();
  for (const region of REGION_IDS) {
    for (const instant of INSTANTS) {
      const view = viewAt(region, instant);
      const { headline, meaning } = describeStatus(view.status, view.now, translateEnglish, view.display);
      const status = `${headline} ${meaning}`;
      texts.set(status, measure(`${region} status at ${instant.toISOString()}`, status));
      for (const { group } of view.checklist.groups) {
        for (const step of group.steps) {
          const text = translateEnglish(step.text);
          texts.set(text, measure(`${region} step ${step.id}`, text));
        }
      }
    }
  }
  return texts;
}

const TEXTS = [...collectTexts().values()];

describe('plain English (Flesch–Kincaid grade ≤ 7)', () => {
  test('the brand names counted as two syllables are few, and are names', () => {
    expect(NAMES_COUNTED_AS_TWO_SYLLABLES.length).toBeLessThanOrEqual(12);
    for (const name of NAMES_COUNTED_AS_TWO_SYLLABLES) expect(name).toMatch(/^[A-Za-z]+$/);
  });

  test('every status (headline and meaning) and every step was measured', () => {
    expect(TEXTS.some(({ what }) => what.includes('status'))).toBe(true);
    expect(TEXTS.some(({ what }) => what.includes('step'))).toBe(true);
  });

  test.each(TEXTS.map((measured) => [measured.what, measured] as const))('%s', (_what, { text, grade }) => {
    expect(grade, `grade ${grade.toFixed(1)}: ${text}`).toBeLessThanOrEqual(MAXIMUM_GRADE);
  });
});
