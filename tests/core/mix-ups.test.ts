import { addMilliseconds } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import englishMessages from '../../_locales/en/messages.json';
import type { DisplayContext } from '../../src/core/format-milestone-date';
import type { Translate } from '../../src/core/messages';
import { getMixUps, listMixUpFactTexts, MIX_UP_RECORDS } from '../../src/core/mix-ups';
import { MILESTONES } from '../../src/core/milestones';
import { REGION_IDS } from '../../src/core/regions';
import { getStatementText } from '../../src/ui/statement-text';
import { translateEnglish, translateIndonesian, translateSpanish } from '../support/translators';
import { viewAt } from '../support/views';

/** Every correction as a reader at `now` reads it, keyed by mix-up. */
function readFacts(now: Date, translate: Translate, display: DisplayContext): Record<string, string> {
  return Object.fromEntries(getMixUps(MILESTONES, now).map((mixUp) => [mixUp.id, getStatementText({ statement: mixUp.fact, milestones: MILESTONES, translate, display })]));
}

const TOKYO_BRITISH: DisplayContext = { locale: 'en-GB', timeZone: 'Asia/Tokyo' };
const HONOLULU: DisplayContext = { locale: 'en-US', timeZone: 'Pacific/Honolulu' };

describe('mix-ups: each correction is true at the instant it is read', () => {
  test('every message a correction can take exists', () => {
    for (const record of MIX_UP_RECORDS) for (const key of listMixUpFactTexts(record)) expect(Object.keys(englishMessages)).toContain(key);
  });

  test('before the ban was announced there is nothing to mix up; each correction appears once what it rests on is known', () => {
    const idsAt = (instant: string) => getMixUps(MILESTONES, new Date(instant)).map((mixUp) => mixUp.id);
    expect(idsAt('2024-06-20T03:59:59Z')).toEqual([]);
    // The ban, its dates and Kaspersky's reply: 2024-06-20 (New York).
    expect(idsAt('2024-06-20T04:00:00Z')).toEqual(['cutoff', 'stops-working', 'users-must-stop', 'sales-date', 'fight-back']);
    expect(idsAt('2024-06-21T04:00:00Z')).toContain('sanctions');
    // "Published on June 24" is not known before June 24.
    expect(idsAt('2024-06-24T03:59:59Z')).not.toContain('announcement');
    expect(idsAt('2024-06-24T04:00:00Z')).toContain('announcement');
    expect(idsAt('2024-07-15T03:59:59Z')).not.toContain('jobs');
    expect(idsAt('2026-12-10T12:00:00Z')).toEqual(MIX_UP_RECORDS.map((record) => record.id));
  });

  test('the day before new sales end (2024-07-19T16:00Z, Tokyo, British English) it says they end, as the headline does', () => {
    const now = new Date('2024-07-19T16:00:00Z');
    expect(readFacts(now, translateEnglish, TOKYO_BRITISH)['sales-date']).toBe('New sales end on 20 July 2024.');
    const view = viewAt('us-abroad', now, { environment: { textLanguage: 'en', locales: ['en-GB'], timeZone: 'Asia/Tokyo' } });
    expect(view.status.nextDeadline?.id).toBe('us-new-sales-end');
    // From the first instant of 20 July in New York, in the past tense.
    expect(readFacts(new Date('2024-07-20T04:00:00Z'), translateEnglish, TOKYO_BRITISH)['sales-date']).toBe('New sales ended on 20 July 2024.');
    expect(readFacts(new Date('2024-07-20T03:59:59Z'), translateEnglish, TOKYO_BRITISH)['sales-date']).toBe('New sales end on 20 July 2024.');
  });

  test('a minute before the cut-off (Honolulu) it is ahead; from the cut-off on, it was', () => {
    const before = readFacts(new Date('2024-09-29T03:59:00Z'), translateEnglish, HONOLULU)['cutoff'];
    expect(before).toContain('The cut-off is 12:00 AM on September 29, 2024');
    expect(before).toContain('That is September 28, 2024 at 6:00 PM HST where you are.');
    expect(before).toContain('In Los Angeles the cut-off is on the evening of the 28th.');
    expect(before).not.toMatch(/\b(was|fell|ended)\b/);
    const after = readFacts(new Date('2024-09-29T04:00:00Z'), translateEnglish, HONOLULU)['cutoff'];
    expect(after).toContain('The cut-off was 12:00 AM on September 29, 2024');
    expect(after).toContain('In Los Angeles the cut-off was on the evening of the 28th.');
  });

  test.each([
    ['es', translateSpanish, 'es-US', 'America/Puerto_Rico', /La fecha límite es .* llega la noche del 28/, /La fecha límite fue .* llegó la noche del 28/, 'Las ventas nuevas terminan el 20 de julio de 2024.', 'Las ventas nuevas terminaron el 20 de julio de 2024.'],
    ['id', translateIndonesian, 'id', 'Asia/Jakarta', /akan jatuh pada malam tanggal 28/, /batas itu jatuh pada malam tanggal 28/, 'Penjualan baru akan berakhir pada 20 Juli 2024.', 'Penjualan baru berakhir pada 20 Juli 2024.'],
  ] as const)('%s: the cut-off and the end of sales in the tense of the instant', (_language, translate, locale, timeZone, cutOffBefore, cutOffAfter, salesBefore, salesAfter) => {
    const display = { locale, timeZone };
    expect(readFacts(new Date('2024-09-29T03:59:00Z'), translate, display)['cutoff']).toMatch(cutOffBefore);
    expect(readFacts(new Date('2024-09-29T04:00:00Z'), translate, display)['cutoff']).toMatch(cutOffAfter);
    expect(readFacts(new Date('2024-07-19T16:00:00Z'), translate, display)['sales-date']).toBe(salesBefore);
    expect(readFacts(new Date('2024-07-20T04:00:00Z'), translate, display)['sales-date']).toBe(salesAfter);
  });

  test('the corrections with no tense of their own read the same before and after every milestone they rest on', () => {
    const untensed = MIX_UP_RECORDS.filter((record) => listMixUpFactTexts(record).length === 1).map((record) => record.id);
    const early = readFacts(new Date('2024-07-16T00:00:00Z'), translateEnglish, HONOLULU);
    const late = readFacts(new Date('2026-12-10T12:00:00Z'), translateEnglish, HONOLULU);
    for (const id of untensed) expect(late[id], id).toBe(early[id]);
  });

  test('the popup redraws whenever the mix-ups change: they read the same until its next change, in any region', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REGION_IDS),
        fc.date({ min: new Date('2024-06-01T00:00:00Z'), max: new Date('2024-10-31T00:00:00Z'), noInvalidDate: true }),
        (region, now) => {
          const { pageChangesAt } = viewAt(region, now);
          if (!pageChangesAt) return;
          const ids = (instant: Date) => getMixUps(MILESTONES, instant).map((mixUp) => `${mixUp.id}:${mixUp.fact.text}`);
          expect(ids(addMilliseconds(pageChangesAt, -1))).toEqual(ids(now));
        },
      ),
      { numRuns: 300 },
    );
  });
});
