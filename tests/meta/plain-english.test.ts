import { addHours, addSeconds } from 'date-fns';
import { describe, expect, test } from 'vitest';
import englishMessages from '../../_locales/en/messages.json';
import { describeStatus } from '../../src/core/describe-status';
import { getWhen } from '../../src/core/milestone';
import { MILESTONES } from '../../src/core/milestones';
import { getMixUps } from '../../src/core/mix-ups';
import { REGION_IDS } from '../../src/core/regions';
import { getStatementText } from '../../src/ui/statement-text';
import { NAMES_COUNTED_AS_TWO_SYLLABLES, measureReadability } from '../support/readability';
import { translateEnglish } from '../support/translators';
import { viewAt } from '../support/views';

/**
 * The issue "Plain words in three languages": many readers are not technical, many are helping an
 * older relative. What they read first, the headline and meaning of their status, every step
 * they must do, and each common mix-up with its correction, reads at Flesch–Kincaid grade 7 or
 * lower, in English.
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
      // A mix-up is read as a pair: the struck-through claim, then its correction.
      for (const mixUp of getMixUps(view.milestones, view.now)) {
        const correction = getStatementText({ statement: mixUp.fact, milestones: view.milestones, translate: translateEnglish, display: view.display });
        const pair = `${translateEnglish(mixUp.claim)} ${correction}`;
        texts.set(pair, measure(`mix-up ${mixUp.id} (${mixUp.fact.text}) at ${instant.toISOString()}`, pair));
      }
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

/** What a placeholder on the options page stands for, so a line is measured as a reader sees it. */
const PLACEHOLDER_EXAMPLES: Readonly<Record<string, string>> = { $REGION$: 'Germany', $ZONE$: 'Berlin', $TITLE$: 'Updates end' };

/** Fewer words than this is a label or heading, where a grade formula measures nothing. */
const SHORTEST_LINE_MEASURED = 8;

/**
 * The options page's lines of help and feedback (reminders, reset, region, language, "Saved"…),
 * and the reminder banner's, in English with their placeholders filled in.
 */
const OPTIONS_LINES: readonly Measured[] = Object.entries(englishMessages as Record<string, { readonly message: string }>)
  .filter(([key]) => /^(options|reminder)_/.test(key))
  .map(([key, { message }]) => measure(key, message.replace(/\$[A-Z]+\$/g, (placeholder) => PLACEHOLDER_EXAMPLES[placeholder] ?? placeholder)))
  .filter(({ text }) => text.split(/\s+/).length >= SHORTEST_LINE_MEASURED);

describe('plain English (Flesch–Kincaid grade ≤ 7)', () => {
  test('the brand names counted as two syllables are few, and are names', () => {
    expect(NAMES_COUNTED_AS_TWO_SYLLABLES.length).toBeLessThanOrEqual(12);
    for (const name of NAMES_COUNTED_AS_TWO_SYLLABLES) expect(name).toMatch(/^[A-Za-z]+$/);
  });

  test('every status (headline and meaning) and every step was measured', () => {
    expect(TEXTS.some(({ what }) => what.includes('status'))).toBe(true);
    expect(TEXTS.some(({ what }) => what.includes('step'))).toBe(true);
    // Both tenses of the corrections that have them.
    for (const key of ['mixup_cutoff_fact_before', 'mixup_cutoff_fact', 'mixup_sales_date_fact_before', 'mixup_sales_date_fact']) {
      expect(TEXTS.some(({ what }) => what.includes(`(${key})`))).toBe(true);
    }
  });

  test.each(TEXTS.map((measured) => [measured.what, measured] as const))('%s', (_what, { text, grade }) => {
    expect(grade, `grade ${grade.toFixed(1)}: ${text}`).toBeLessThanOrEqual(MAXIMUM_GRADE);
  });
});

describe('plain English on the options page (Flesch–Kincaid grade ≤ 7)', () => {
  test('its help lines were found, reminders and reset among them', () => {
    expect(OPTIONS_LINES.map(({ what }) => what)).toEqual(expect.arrayContaining(['options_reminders_help', 'options_reset_help', 'options_region_help', 'options_reminders_label']));
    expect(OPTIONS_LINES.every(({ text }) => !text.includes('$'))).toBe(true);
  });

  test('the reminders checkbox says what it does in one short sentence', () => {
    const label = englishMessages.options_reminders_label.message;
    expect(label.split(/\s+/).length).toBeLessThanOrEqual(12);
    expect(label.match(/[.!?]/g) ?? []).toHaveLength(1);
  });

  test.each(OPTIONS_LINES.map((measured) => [measured.what, measured] as const))('%s', (_what, { text, grade }) => {
    expect(grade, `grade ${grade.toFixed(1)}: ${text}`).toBeLessThanOrEqual(MAXIMUM_GRADE);
  });
});
