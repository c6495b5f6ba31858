import { describe, expect, test } from 'vitest';
import englishBackgroundMessages from '../../_locales/en/messages.json?bundle=background';
import indonesianBackgroundMessages from '../../_locales/id/messages.json?bundle=background';
import { createTranslator } from '../../src/core/create-translator';
import type { Translate } from '../../src/core/messages';
import { describeStatus, getTooltip } from '../../src/core/describe-status';
import { MILESTONES } from '../../src/core/milestones';
import { REGION_IDS, type RegionId } from '../../src/core/regions';
import { translateEnglish, translateIndonesian } from '../support/translators';
import { viewAt, withEveryStepDone } from '../support/views';
import { EMPTY_CHECKLIST_STATE } from '../../src/core/checklists';

const LOS_ANGELES = { locale: 'en-US', timeZone: 'America/Los_Angeles' };
const JAKARTA = { locale: 'id', timeZone: 'Asia/Jakarta' };

const describeAt = (region: RegionId, iso: string, translate = translateEnglish, display = LOS_ANGELES) => {
  const now = new Date(iso);
  const view = { ...viewAt(region, iso, { environment: { textLanguage: 'en', locales: [display.locale], timeZone: display.timeZone } }), display };
  return { ...describeStatus(view.status, now, translate, display), tooltip: getTooltip(view, translate) };
};

describe('describeStatus', () => {
  test('before the cut-off the tooltip names the region and the cut-off in local time', () => {
    expect(describeAt('us', '2024-09-01T12:00:00Z').tooltip).toBe(
      "United States: Kaspersky's updates in the U.S. end on September 28, 2024 at 9:00 PM PDT. You still have steps to do on this device.",
    );
  });

  test('after the cut-off it says updates ended, with the local time', () => {
    expect(describeAt('us', '2024-09-29T04:00:01Z').headline).toBe('Kaspersky has had no updates in the U.S. since September 28, 2024 at 9:00 PM PDT.');
  });

  test('more than 30 days after the cut-off the headline names its month; the minute stays in the timeline', () => {
    expect(describeAt('us', '2024-10-29T04:00:00Z').headline).toBe('Kaspersky has had no updates in the U.S. since September 28, 2024 at 9:00 PM PDT.');
    expect(describeAt('us', '2024-10-29T04:00:01Z').headline).toBe('Kaspersky has had no updates in the U.S. since September 2024.');
    expect(describeAt('us', '2026-12-10T00:00:00Z', translateIndonesian, JAKARTA).headline).toBe('Kaspersky tidak lagi mendapat pembaruan di AS sejak September 2024.');
  });

  test('the tooltip says whether the steps are done on this device', () => {
    const instant = '2026-12-10T00:00:00Z';
    const done = { ...viewAt('us', instant, { checklistState: withEveryStepDone(viewAt('us', instant)) }), display: LOS_ANGELES };
    expect(getTooltip(done, translateEnglish)).toBe("United States: Kaspersky has had no updates in the U.S. since September 2024. You're all set on this device.");
    expect(describeAt('ca', instant).tooltip).toMatch(/ There is something new since you last looked\.$/);
    expect(describeAt('id', instant).tooltip).not.toMatch(/device|looked/);
  });

  test('in Indonesian for a U.S. person in Jakarta, months after the cut-off, its month', () => {
    expect(describeAt('us-abroad', '2025-01-01T00:00:00Z', translateIndonesian, JAKARTA).tooltip).toBe(
      'Warga negara AS atau pemegang green card di luar negeri: Kaspersky tidak lagi mendapat pembaruan di AS sejak September 2024. Masih ada langkah yang perlu dilakukan di perangkat ini.',
    );
  });

  test('before the final determination, sales ending is the key date once announced', () => {
    expect(describeAt('us', '2024-06-20T04:00:00Z').headline).toBe('The U.S. has banned Kaspersky: new sales end on July 20, 2024.');
  });

  test('Indonesia has no known restriction and says when the information was reviewed', () => {
    expect(describeAt('id', '2025-01-01T00:00:00Z', translateIndonesian, JAKARTA).tooltip).toBe(
      'Indonesia: Tidak ada pembatasan pemerintah atas Kaspersky yang diketahui di sini (informasi ditinjau pada 3 Desember 2026).',
    );
  });

  test('government-only measures say so, with their scope and date', () => {
    expect(describeAt('ca', '2024-01-01T00:00:00Z').headline).toBe(
      'Canada blocks Kaspersky on the phones and tablets the government gives its staff (since October 30, 2023).',
    );
    expect(describeAt('lt', '2024-01-01T00:00:00Z').headline).toBe(
      'Lithuania told state bodies and key firms to replace Kaspersky (since December 20, 2017).',
    );
  });

  test.each(REGION_IDS)('%s: every headline and meaning resolves to text in both languages at every milestone', (region) => {
    for (const milestone of MILESTONES) {
      for (const [translate, display] of [[translateEnglish, LOS_ANGELES], [translateIndonesian, JAKARTA]] as const) {
        const view = { ...viewAt(region, milestone.when), display };
        const text = describeStatus(view.status, view.now, translate, display);
        expect(text.headline).toMatch(/\S.*[.!?)]$/);
        expect(text.meaning.length).toBeGreaterThan(20);
        expect(getTooltip(view, translate)).not.toMatch(/\$\w+\$|\$\d/);
      }
    }
  });
});

describe('the tooltip messages bundled into the background', () => {
  test.each([
    ['en', englishBackgroundMessages, LOS_ANGELES],
    ['id', indonesianBackgroundMessages, JAKARTA],
  ] as const)('%s: hold every message a tooltip can need, in every region at every milestone', (_language, messages, display) => {
    const translate = createTranslator(messages);
    const strictTranslate: Translate = (key, substitutions) => {
      if (!(key in messages)) throw new Error(`${key} is not bundled for the tooltip`);
      return translate(key, substitutions);
    };
    for (const region of REGION_IDS) {
      for (const instant of ['2000-01-01T00:00:00Z', ...MILESTONES.map((milestone) => milestone.when)]) {
        for (const checklistState of [EMPTY_CHECKLIST_STATE, withEveryStepDone(viewAt(region, instant))]) {
          expect(getTooltip({ ...viewAt(region, instant, { checklistState }), display }, strictTranslate)).not.toBe('');
        }
      }
    }
  });
});
