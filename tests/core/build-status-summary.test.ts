import { describe, expect, test } from 'vitest';
import { buildStatusSummary } from '../../src/core/build-status-summary';
import { MILESTONES } from '../../src/core/milestones';
import { getStatus } from '../../src/core/status';
import { translateEnglish, translateIndonesian } from '../support/translators';

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

  test('Indonesian, Indonesia: in Indonesian with Jakarta time', () => {
    const summary = buildStatusSummary(getStatus(MILESTONES, 'id', NOW, JAKARTA), NOW, translateIndonesian, JAKARTA);
    expect(summary.split('\n')[0]).toBe('Status Kaspersky untuk Indonesia, per 20 September 2024 pukul 19.00 WIB');
    expect(summary).toContain('Informasi ditinjau pada 3 Desember 2026.');
  });
});
