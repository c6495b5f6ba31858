import { addHours, addSeconds } from 'date-fns';
import { describe, expect, test } from 'vitest';
import { describeStatus } from '../../src/core/describe-status';
import { getMeaningStatements } from '../../src/core/meaning';
import type { Translate } from '../../src/core/messages';
import { getWhen } from '../../src/core/milestone';
import { MILESTONES } from '../../src/core/milestones';
import { REGION_IDS } from '../../src/core/regions';
import { getStatementText } from '../../src/ui/statement-text';
import { translateEnglish, translateIndonesian, translateSpanish } from '../support/translators';
import { viewAt } from '../support/views';

/** Around every milestone (before, at, after, a month on) and at the screenshots' instant. */
const INSTANTS: readonly Date[] = [
  ...MILESTONES.flatMap((milestone) => {
    const when = getWhen(milestone);
    return [addSeconds(when, -1), when, addHours(when, 24), addHours(when, 31 * 24)];
  }),
  new Date('2026-12-10T12:00:00Z'),
];

const LANGUAGES: readonly (readonly [string, Translate])[] = [
  ['en', translateEnglish],
  ['es', translateSpanish],
  ['id', translateIndonesian],
];

/** Sentences, compared without case, spaces or closing punctuation ("U.S." and "EE. UU." do not end one). */
function splitSentences(text: string): string[] {
  return text
    .replace(/U\.S\./g, 'US')
    .replace(/EE\. UU\./g, 'EEUU')
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.toLowerCase().replace(/\s+/g, ' ').replace(/[.!?]+$/, '').trim())
    .filter((sentence) => sentence !== '');
}

/** What "What this means for you" repeats of the headline and the paragraph under it, or of itself. */
function findRepeats(language: string, translate: Translate): string[] {
  const repeats = new Set<string>();
  for (const region of REGION_IDS) {
    for (const now of INSTANTS) {
      const view = viewAt(region, now, { environment: { textLanguage: language, locales: [language], timeZone: 'America/Los_Angeles' } });
      const { headline, meaning } = describeStatus(view.status, now, translate, view.display);
      const seen = new Set(splitSentences(`${headline} ${meaning}`));
      for (const statement of getMeaningStatements(view.status, view.milestones, now)) {
        for (const sentence of splitSentences(getStatementText({ statement, milestones: view.milestones, translate, display: view.display }))) {
          if (seen.has(sentence)) repeats.add(`${region}: ${sentence}`);
          seen.add(sentence);
        }
      }
    }
  }
  return [...repeats];
}

describe('"What this means for you" adds to the paragraph under the headline, never says it again', () => {
  test.each(LANGUAGES)('%s: no sentence of the list repeats the headline, its paragraph or another item', (language, translate) => {
    expect(findRepeats(language, translate)).toEqual([]);
  });

  test('Google Play\'s removal is in the list only from its first report (2024-10-07), not from the day the apps went', () => {
    const texts = (region: 'us' | 'id' | 'other', instant: string) => {
      const view = viewAt(region, instant);
      return getMeaningStatements(view.status, view.milestones, view.now).map((statement) => statement.text);
    };
    for (const region of ['us', 'id', 'other'] as const) {
      expect(texts(region, '2024-09-28T12:00:00-10:00')).not.toContain('meaning_play_store');
      expect(texts(region, '2024-10-06T23:59:59-07:00')).not.toContain('meaning_play_store');
      expect(texts(region, '2024-10-07T00:00:00-07:00')).toContain('meaning_play_store');
    }
  });

  test('where the paragraph says the U.S. ban does not apply, the list says what the ban is and stops, not that again', () => {
    const indonesia = viewAt('id', '2026-12-10T12:00:00Z');
    expect(getMeaningStatements(indonesia.status, indonesia.milestones, indonesia.now).map((statement) => statement.text)).toEqual([
      'meaning_us_ban_basis',
      'meaning_play_store',
    ]);
    // Germany's paragraph is about its own warning: the list says the U.S. ban does not reach the reader.
    const germany = viewAt('de', '2026-12-10T12:00:00Z');
    expect(getMeaningStatements(germany.status, germany.milestones, germany.now).map((statement) => statement.text)).toEqual([
      'meaning_why_not_us',
      'meaning_play_store',
    ]);
  });
});
