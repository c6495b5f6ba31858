import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import englishMessages from '../../_locales/en/messages.json';
import indonesianMessages from '../../_locales/id/messages.json';
import type { Milestone } from '../../src/core/milestone';
import { DATA_REVIEWED_ON, MILESTONES } from '../../src/core/milestones';
import { REGION_IDS } from '../../src/core/regions';

const milestones: readonly Milestone[] = MILESTONES;
const FACT_BASE = resolve(import.meta.dirname, '../../../shared/facts/kaspersky-timeline.md');
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;

/**
 * Rows of the fact base the extension deliberately does not show, each with the reason. Empty
 * today: every row is shown. A row added to the fact base fails the coverage test until it is
 * either added to the data or listed here.
 */
const LEFT_OUT: Readonly<Record<string, string>> = {};

/** Wall-clock parts of an instant in a zone. */
function getWallClock(instant: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value;
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}:${part('second')}` };
}

describe('bundled milestones', () => {
  test('ids are unique', () => {
    const ids = milestones.map((milestone) => milestone.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each(milestones)('$id: instants are valid ISO 8601 with an offset', ({ when, announced }) => {
    for (const value of [when, announced]) {
      expect(value).toMatch(ISO_WITH_OFFSET);
      expect(Number.isNaN(new Date(value).getTime())).toBe(false);
    }
  });

  test.each(milestones)('$id: the offset is the authority zone offset at that instant, and the date part reads the same there', ({ when, zone }) => {
    expect(getWallClock(new Date(when), zone).date).toBe(when.slice(0, 10));
    expect(getWallClock(new Date(when), zone).time).toBe(when.slice(11, 19));
  });

  test.each(milestones.filter((milestone) => milestone.precision !== 'instant'))(
    '$id: a $precision date is 00:00 in the authority zone',
    ({ when, zone, precision }) => {
      const wallClock = getWallClock(new Date(when), zone);
      expect(wallClock.time).toBe('00:00:00');
      if (precision === 'month') expect(wallClock.date.endsWith('-01')).toBe(true);
    },
  );

  test('they are sorted by instant', () => {
    const times = milestones.map((milestone) => new Date(milestone.when).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  test.each(milestones)('$id: announced no later than it happens', ({ when, announced }) => {
    expect(new Date(announced).getTime()).toBeLessThanOrEqual(new Date(when).getTime());
  });

  test.each(milestones)('$id: at least one source, all https, each with an https archived copy', ({ sources }) => {
    expect(sources.length).toBeGreaterThanOrEqual(1);
    for (const source of sources) {
      expect(new URL(source.url).protocol).toBe('https:');
      expect(new URL(source.archiveUrl).protocol).toBe('https:');
      expect(source.publisher.trim()).not.toBe('');
      expect(source.title.trim()).not.toBe('');
    }
  });

  test.each(milestones)('$id: applies to known regions', ({ regions }) => {
    expect(regions.length).toBeGreaterThan(0);
    for (const region of regions) expect(REGION_IDS).toContain(region);
  });

  test.each(milestones)('$id: has state text exactly when it has an effect or is a deadline', (milestone) => {
    expect(milestone.stateText !== undefined).toBe(milestone.effect !== null || milestone.isDeadline);
  });

  test.each(milestones)('$id: every message key exists in every locale', (milestone) => {
    const keys = [milestone.text.title, milestone.text.summary, milestone.stateText?.headline, milestone.stateText?.meaning].filter(
      (key) => key !== undefined,
    );
    for (const messages of [englishMessages, indonesianMessages]) {
      for (const key of keys) expect(Object.keys(messages)).toContain(key);
    }
  });

  test('the review date is a real calendar date, not in the future of the newest milestone check', () => {
    expect(DATA_REVIEWED_ON).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [year, month, day] = DATA_REVIEWED_ON.split('-').map(Number);
    const asDate = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day));
    expect(asDate.toISOString().slice(0, 10)).toBe(DATA_REVIEWED_ON);
    const newest = Math.max(...milestones.map((milestone) => new Date(milestone.when).getTime()));
    expect(asDate.getTime()).toBeGreaterThan(newest);
  });
});

describe('coverage of the fact base (../shared/facts/kaspersky-timeline.md)', () => {
  const isFactBasePresent = existsSync(FACT_BASE);
  const factBase = isFactBasePresent ? readFileSync(FACT_BASE, 'utf8') : '';

  // CI checks the data out beside the code, so there a missing fact base is a broken checkout;
  // on a developer's machine it may simply not be there.
  beforeAll(() => {
    if (!isFactBasePresent && process.env['CI'] === 'true') throw new Error(`The fact base is missing in CI: ${FACT_BASE}`);
  });
  beforeEach((context) => {
    if (!isFactBasePresent) context.skip(`the fact base is not on this machine (${FACT_BASE})`);
  });
  const rowIds = [...factBase.matchAll(/^\| ([a-z]{2}-[a-z0-9-]+) \|/gm)].map((match) => match[1]!);

  test('the fact base has rows to check', () => {
    expect(rowIds.length).toBeGreaterThan(20);
  });

  test('every fact-base row is shown or deliberately left out with a reason', () => {
    const shown = new Set(milestones.map((milestone) => milestone.id));
    const unaccounted = rowIds.filter((id) => !shown.has(id) && !(id in LEFT_OUT));
    expect(unaccounted).toEqual([]);
  });

  test('every milestone traces to a fact-base row', () => {
    const rows = new Set(rowIds);
    expect(milestones.map((milestone) => milestone.id).filter((id) => !rows.has(id))).toEqual([]);
  });
});
