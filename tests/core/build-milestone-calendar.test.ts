import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { buildMilestoneCalendar } from '../../src/core/build-milestone-calendar';
import { getRegionMilestones } from '../../src/core/milestone';
import { MILESTONES } from '../../src/core/milestones';
import { translateEnglish, translateIndonesian } from '../support/translators';
import { withChangedMilestone } from '../support/milestone-fixtures';

const LOS_ANGELES = { locale: 'en-US', timeZone: 'America/Los_Angeles' };
const JAKARTA = { locale: 'id', timeZone: 'Asia/Jakarta' };
const NOW = new Date('2026-12-01T12:00:00Z');

function readEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return {
    name: String(calendar.getFirstPropertyValue('x-wr-calname')),
    events: calendar.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      return {
        uid: event.uid,
        summary: event.summary,
        description: event.description,
        start: event.startDate,
        end: event.endDate,
        url: String(component.getFirstPropertyValue('url')),
      };
    }),
  };
}

describe('buildMilestoneCalendar', () => {
  const { fileName, text } = buildMilestoneCalendar(MILESTONES, 'us', NOW, translateEnglish, LOS_ANGELES);
  const { name, events } = readEvents(text);
  const byUid = (id: string) => events.find((event) => event.uid === `${id}@kaspersky-ban-status.unofficial.example`)!;

  test('one event per milestone of the region, named after it, in a file named after the region', () => {
    expect(fileName).toBe('kaspersky-milestones-us.ics');
    expect(name).toBe("Kaspersky for United States: what happened and what's next (unofficial)");
    expect(events.map((event) => event.uid.split('@')[0])).toEqual(getRegionMilestones(MILESTONES, 'us').map((milestone) => milestone.id));
  });

  test('the cut-off, the one instant a source gives, is in UTC', () => {
    const cutOff = byUid('us-updates-end');
    expect(cutOff.start.isDate).toBe(false);
    expect(cutOff.start.toJSDate().toISOString()).toBe('2024-09-29T04:00:00.000Z');
    expect(text).toContain('DTSTART:20240929T040000Z');
    expect(cutOff.summary).toBe('Kaspersky updates end for U.S. users');
  });

  test('a date given to the day is an all-day event on the authority\'s day, saying no time was stated', () => {
    const salesEnd = byUid('us-new-sales-end');
    expect(salesEnd.start.isDate).toBe(true);
    expect(salesEnd.start.toString()).toBe('2024-07-20');
    expect(salesEnd.end.toString()).toBe('2024-07-21');
    expect(salesEnd.description).toContain('The source gives the date only; the time of day was not stated.');
  });

  test('a date given to the month spans the part of the month the fact base gives (free offer: mid/late July)', () => {
    const offer = byUid('us-free-offer');
    expect([offer.start.toString(), offer.end.toString()]).toEqual(['2024-07-16', '2024-08-01']);
  });

  test('an approximate date says so', () => {
    expect(byUid('us-google-play-removal').description).toContain('The day is approximate: the sources do not state it exactly.');
    expect(byUid('us-new-sales-end').description).not.toContain('approximate');
  });

  test('every event carries its sources, the review date, and the warning that a file gets no corrections', () => {
    for (const milestone of getRegionMilestones(MILESTONES, 'us')) {
      const event = byUid(milestone.id);
      for (const source of milestone.sources) expect(event.description).toContain(source.url);
      expect(event.description).toContain('Information reviewed on December 3, 2026');
      expect(event.description).toContain('This file will not receive later corrections.');
      expect(event.url).toBe(new URL(milestone.sources[0].url).href);
    }
  });

  test('in Bahasa Indonesia for an Indonesian reader', () => {
    const indonesian = readEvents(buildMilestoneCalendar(MILESTONES, 'id', NOW, translateIndonesian, JAKARTA).text);
    expect(indonesian.name).toBe('Kaspersky untuk Indonesia: yang sudah terjadi dan berikutnya (tidak resmi)');
    expect(indonesian.events[0]?.description).toContain('Informasi ditinjau pada 3 Desember 2026');
  });

  test('a deadline not yet announced at the time of export is not in the file', () => {
    const unannounced = withChangedMilestone('au-removal-deadline', { when: '2027-04-01T00:00:00+11:00', announced: '2027-02-21T00:00:00+11:00' });
    const { events: australian } = readEvents(buildMilestoneCalendar(unannounced, 'au', NOW, translateEnglish, LOS_ANGELES).text);
    expect(australian.map((event) => event.uid.split('@')[0])).not.toContain('au-removal-deadline');
  });

  test('the same data and instant give the same bytes', () => {
    expect(buildMilestoneCalendar(MILESTONES, 'us', NOW, translateEnglish, LOS_ANGELES).text).toBe(text);
  });
});
