import { describe, expect, test } from 'vitest';
import englishWorkerMessages from '../../_locales/en/messages.json?worker';
import indonesianWorkerMessages from '../../_locales/id/messages.json?worker';
import { createTranslator } from '../../src/core/create-translator';
import type { Translate } from '../../src/core/messages';
import { describeStatus, getTooltip } from '../../src/core/describe-status';
import { MILESTONES } from '../../src/core/milestones';
import { REGION_IDS, type RegionId } from '../../src/core/regions';
import { getStatus } from '../../src/core/status';
import { translateEnglish, translateIndonesian } from '../support/translators';

const LOS_ANGELES = { locale: 'en-US', timeZone: 'America/Los_Angeles' };
const JAKARTA = { locale: 'id', timeZone: 'Asia/Jakarta' };

const describeAt = (region: RegionId, iso: string, translate = translateEnglish, display = LOS_ANGELES) => {
  const status = getStatus(MILESTONES, region, new Date(iso));
  return { ...describeStatus(status, translate, display), tooltip: getTooltip(status, translate, display) };
};

describe('describeStatus', () => {
  test('before the cut-off the tooltip names the region and the cut-off in local time', () => {
    expect(describeAt('us', '2024-09-01T12:00:00Z').tooltip).toBe(
      'United States: Kaspersky can no longer sell to U.S. users; its updates end on September 28, 2024 at 9:00 PM PDT.',
    );
  });

  test('after the cut-off it says updates ended, with the local time', () => {
    expect(describeAt('us', '2024-09-29T04:00:01Z').headline).toBe('Kaspersky updates for U.S. users ended on September 28, 2024 at 9:00 PM PDT.');
  });

  test('in Indonesian for a U.S. person in Jakarta the cut-off is 11.00 WIB', () => {
    expect(describeAt('us-abroad', '2025-01-01T00:00:00Z', translateIndonesian, JAKARTA).tooltip).toBe(
      'Warga atau penduduk AS di luar negeri: Pembaruan Kaspersky bagi pengguna AS berakhir pada 29 September 2024 pukul 11.00 WIB.',
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
      'Canada blocks Kaspersky on government-issued mobile devices only (since October 30, 2023); there is no ban for home users.',
    );
    expect(describeAt('lt', '2024-01-01T00:00:00Z').headline).toBe(
      'Lithuania requires state institutions and critical infrastructure (energy, finance, transport) to replace Kaspersky (since December 20, 2017); there is no ban for home users.',
    );
  });

  test.each(REGION_IDS)('%s: every headline and meaning resolves to text in both languages at every milestone', (region) => {
    for (const milestone of MILESTONES) {
      for (const [translate, display] of [[translateEnglish, LOS_ANGELES], [translateIndonesian, JAKARTA]] as const) {
        const status = getStatus(MILESTONES, region, new Date(milestone.when));
        const text = describeStatus(status, translate, display);
        expect(text.headline).toMatch(/\S.*[.!?)]$/);
        expect(text.meaning.length).toBeGreaterThan(20);
        expect(getTooltip(status, translate, display)).not.toMatch(/\$\w+\$|\$\d/);
      }
    }
  });
});

describe('the tooltip messages bundled into the background', () => {
  test.each([
    ['en', englishWorkerMessages, LOS_ANGELES],
    ['id', indonesianWorkerMessages, JAKARTA],
  ] as const)('%s: hold every message a tooltip can need, in every region at every milestone', (_language, messages, display) => {
    const translate = createTranslator(messages);
    const strictTranslate: Translate = (key, substitutions) => {
      if (!(key in messages)) throw new Error(`${key} is not bundled for the tooltip`);
      return translate(key, substitutions);
    };
    for (const region of REGION_IDS) {
      for (const instant of ['2000-01-01T00:00:00Z', ...MILESTONES.map((milestone) => milestone.when)]) {
        expect(getTooltip(getStatus(MILESTONES, region, new Date(instant)), strictTranslate, display)).not.toBe('');
      }
    }
  });
});
