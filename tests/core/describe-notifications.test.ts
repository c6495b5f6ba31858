import { parseMilestone } from '../../src/core/milestone';
import { describe, expect, test } from 'vitest';
import englishBackgroundMessages from '../../_locales/en/messages.json?bundle=background';
import indonesianBackgroundMessages from '../../_locales/id/messages.json?bundle=background';
import { createTranslator } from '../../src/core/create-translator';
import { describeFactChange, describeFactChanges, describeReminder } from '../../src/core/describe-notifications';
import type { Translate } from '../../src/core/messages';
import { diffFacts, takeFactSnapshot } from '../../src/core/milestone-facts';
import { MILESTONES } from '../../src/core/milestones';
import { REGION_IDS } from '../../src/core/regions';
import { listReminders } from '../../src/core/reminders';
import { translateEnglish, translateIndonesian } from '../support/translators';

const LOS_ANGELES = { locale: 'en-US', timeZone: 'America/Los_Angeles' };
const JAKARTA = { locale: 'id', timeZone: 'Asia/Jakarta' };
const reminderOf = (key: string) => listReminders(MILESTONES, 'us', LOS_ANGELES).find((reminder) => reminder.key === key)!;

describe('describeReminder', () => {
  test('7 days before the cut-off, in Los Angeles: what is coming, the region, the local time and the time left', () => {
    const reminder = reminderOf('us-updates-end/week-before');
    expect(describeReminder(reminder, 'us', reminder.at, translateEnglish, LOS_ANGELES)).toEqual({
      title: 'Coming up: Kaspersky updates end for U.S. users',
      message: 'United States: September 28, 2024 at 9:00 PM PDT, in 7 days. Open it for what it means and its sources.',
    });
  });

  test('shown 21 hours late after a closed browser, the 1-day reminder tells the 3 hours really left', () => {
    const reminder = reminderOf('us-updates-end/day-before');
    const late = new Date(reminder.at.getTime() + 21 * 60 * 60 * 1000);
    expect(describeReminder(reminder, 'us', late, translateEnglish, LOS_ANGELES).message).toBe(
      'United States: September 28, 2024 at 9:00 PM PDT, in 3 hours. Open it for what it means and its sources.',
    );
  });

  test('in Bahasa Indonesia, in Jakarta time, at the cut-off', () => {
    const reminder = reminderOf('us-updates-end/at');
    expect(describeReminder(reminder, 'us-abroad', reminder.at, translateIndonesian, JAKARTA)).toEqual({
      title: `Peristiwa terbaru: ${translateIndonesian('m_us_updates_end_title')}`,
      message: `${translateIndonesian('region_us_abroad')}: 29 September 2024 pukul 11.00 WIB, sekarang. Buka untuk melihat artinya dan sumbernya.`,
    });
  });

  test('a date given to the day says the time of day was not stated, is the authority\'s day, and counts whole days', () => {
    const reminder = reminderOf('us-new-sales-end/at');
    expect(describeReminder(reminder, 'us', reminder.at, translateEnglish, LOS_ANGELES).message).toBe(
      'United States: July 20, 2024 (time of day not stated), today. Open it for what it means and its sources.',
    );
  });
});

describe('describeFactChanges', () => {
  const moved = MILESTONES.map((milestone) => (milestone.id === 'us-new-sales-end' ? parseMilestone({ ...milestone, when: '2024-07-21T00:00:00-04:00' }) : milestone));

  test('one change, named by its title', () => {
    expect(describeFactChanges(diffFacts(takeFactSnapshot(MILESTONES), moved, 'us'), 'us', translateEnglish)).toEqual({
      title: 'Facts updated for United States',
      message: `${translateEnglish('m_us_new_sales_end_title')}: date corrected. Open it to see what changed and the sources.`,
    });
  });

  test('more than three changes: three named, then how many more', () => {
    const before = takeFactSnapshot(MILESTONES.filter((milestone) => !(milestone.regions as readonly string[]).includes('us')));
    const changes = diffFacts(before, MILESTONES, 'us');
    expect(changes.length).toBeGreaterThan(3);
    const { message } = describeFactChanges(changes, 'us', translateEnglish);
    expect(message.split('; ')).toHaveLength(4);
    expect(message).toContain(`; ${changes.length - 3} more. Open it`);
  });

  test('a withdrawn entry is said without a title', () => {
    expect(describeFactChange({ kind: 'withdrawn', milestoneId: 'gone' }, translateIndonesian)).toBe('Satu entri ditarik setelah ditinjau');
  });
});

describe('the messages bundled into the background', () => {
  test.each([
    ['en', englishBackgroundMessages, LOS_ANGELES],
    ['id', indonesianBackgroundMessages, JAKARTA],
  ] as const)('%s: hold every message a notification can need, for every reminder and change in every region', (_language, messages, display) => {
    const translate = createTranslator(messages);
    const strictTranslate: Translate = (key, substitutions) => {
      if (!(key in messages)) throw new Error(`${key} is not bundled for the background`);
      return translate(key, substitutions);
    };
    for (const region of REGION_IDS) {
      for (const reminder of listReminders(MILESTONES, region, display)) {
        const text = describeReminder(reminder, region, reminder.at, strictTranslate, display);
        expect(`${text.title} ${text.message}`).not.toMatch(/\$\w+\$|\$\d/);
      }
      const everythingNew = diffFacts({}, MILESTONES, region);
      for (const change of [...everythingNew, { kind: 'withdrawn' as const, milestoneId: 'gone' }]) expect(describeFactChange(change, strictTranslate)).not.toBe('');
      expect(describeFactChanges(everythingNew, region, strictTranslate).title).not.toBe('');
    }
    expect(strictTranslate('notification_mute_button')).not.toBe('');
  });
});
