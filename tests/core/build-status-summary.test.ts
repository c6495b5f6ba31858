import { describe, expect, test } from 'vitest';
import { buildStatusSummary } from '../../src/core/build-status-summary';
import { MILESTONES } from '../../src/core/milestones';
import { getStatus } from '../../src/core/status';
import { translateEnglish, translateIndonesian, translateSpanish } from '../support/translators';

const NOW = new Date('2024-09-20T12:00:00Z');
const LOS_ANGELES = { locale: 'en-US', timeZone: 'America/Los_Angeles' };
const JAKARTA = { locale: 'id', timeZone: 'Asia/Jakarta' };

describe('buildStatusSummary', () => {
  test('English, United States: region, headline, milestones, https sources, review date, unofficial', () => {
    const summary = buildStatusSummary(getStatus(MILESTONES, 'us', NOW, LOS_ANGELES), NOW, translateEnglish, LOS_ANGELES);
    const lines = summary.split('\n');
    expect(lines[0]).toBe('Kaspersky status for United States, as of September 20, 2024 at 5:00 AM PDT');
    expect(summary).toContain("Kaspersky's updates in the U.S. end on September 28, 2024 at 9:00 PM PDT.");
    expect(summary).toContain('Next: Kaspersky updates end for U.S. users (September 28, 2024 at 9:00 PM PDT)');
    expect(summary).toContain('- Commerce Department Prohibits Russian Kaspersky Software for U.S. Customers (U.S. Department of Commerce, Bureau of Industry and Security): https://www.bis.gov/');
    expect(lines.at(-1)).toMatch(/unofficial/i);
    for (const line of lines.filter((candidate) => candidate.startsWith('- '))) expect(line).toMatch(/: https:\/\//);
  });

  test('an event not yet reported at the clock\'s instant is not named: Google Play\'s removal from its report on', () => {
    const display = { locale: 'en-US', timeZone: 'Pacific/Honolulu' };
    const summaryAt = (instant: string) => buildStatusSummary(getStatus(MILESTONES, 'other', new Date(instant), display), new Date(instant), translateEnglish, display);
    expect(summaryAt('2024-09-28T12:00:00-10:00')).not.toContain('Google Play');
    expect(summaryAt('2024-10-07T00:00:00-07:00')).toContain('Latest: Kaspersky apps leave Google Play (late September 2024)');
  });

  test('Spanish, Mexico City, years on: the sources we name by our own description are named in Spanish', () => {
    const now = new Date('2030-03-10T12:00:00Z');
    const summary = buildStatusSummary(getStatus(MILESTONES, 'us', now, { timeZone: 'America/Mexico_City' }), now, translateSpanish, { locale: 'es-MX', timeZone: 'America/Mexico_City' });
    expect(summary).toContain(`- ${translateSpanish('source_description_bis_kaspersky_page')} (U.S. Department of Commerce, Office of Information and Communications Technology and Services): https://oicts.bis.gov/kaspersky`);
    expect(summary).not.toContain(translateEnglish('source_description_bis_kaspersky_page'));
  });

  test('Indonesian, Indonesia: in Indonesian with Jakarta time', () => {
    const summary = buildStatusSummary(getStatus(MILESTONES, 'id', NOW, JAKARTA), NOW, translateIndonesian, JAKARTA);
    expect(summary.split('\n')[0]).toBe('Status Kaspersky untuk Indonesia, per 20 September 2024 pukul 19.00 WIB');
    expect(summary).toContain('Informasi ditinjau pada 3 Desember 2026.');
  });
});
