import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import englishMessages from '../../_locales/en/messages.json';
import indonesianMessages from '../../_locales/id/messages.json';
import spanishMessages from '../../_locales/es/messages.json';
import type { Milestone, Source } from '../../src/core/milestone';
import { DATA_REVIEWED_ON, MILESTONES } from '../../src/core/milestones';
import { REGION_IDS } from '../../src/core/regions';

const milestones: readonly Milestone[] = MILESTONES;
const FACT_BASE = resolve(import.meta.dirname, '../../../shared/facts/kaspersky-timeline.md');
const isFactBasePresent = existsSync(FACT_BASE);

/**
 * For a describe whose tests read the fact base. CI checks the data out beside the code, so there
 * a missing fact base is a broken checkout and fails; on a developer's machine it may simply not
 * be there, and the tests skip with the reason printed.
 */
function requireFactBase(): void {
  beforeAll(() => {
    if (!isFactBasePresent && process.env['CI'] === 'true') throw new Error(`The fact base is missing in CI: ${FACT_BASE}`);
  });
  beforeEach((context) => {
    if (!isFactBasePresent) context.skip(`the fact base is not on this machine (${FACT_BASE})`);
  });
}
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
      // The 1st, or the 16th for a month the fact base places in its second half ("mid/late").
      if (precision === 'month') expect(wallClock.date.slice(8)).toMatch(/^(01|16)$/);
    },
  );

  test('they are sorted by instant', () => {
    const times = milestones.map((milestone) => new Date(milestone.when).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  // A deadline is never counted down before it is known. A past event may become known later
  // (Lithuania decided on the 20th and announced on the 21st; Google Play was reported ten days late).
  test.each(milestones)('$id: announced no later than it happens, or within two weeks after a non-deadline', ({ when, announced, isDeadline }) => {
    const lateness = new Date(announced).getTime() - new Date(when).getTime();
    expect(lateness).toBeLessThanOrEqual(isDeadline ? 0 : 14 * 24 * 60 * 60 * 1000);
  });

  test.each(milestones)('$id: at least one source, all https, each with an https archived copy', ({ sources }) => {
    expect(sources.length).toBeGreaterThanOrEqual(1);
    for (const source of sources) {
      expect(new URL(source.url).protocol).toBe('https:');
      expect(new URL(source.archiveUrl).protocol).toBe('https:');
      expect(source.publisher.trim()).not.toBe('');
      if (typeof source.title === 'string') expect(source.title.trim()).not.toBe('');
      else for (const messages of [englishMessages, indonesianMessages, spanishMessages]) expect(Object.keys(messages)).toContain(source.title.description);
    }
  });

  // Shown as they are to readers of every language: a note of ours in English ("via CNA", "citing
  // the Financial Times", "(section 1634)") would be English on a Spanish or Indonesian page. Our
  // words about a page are a translated description (DescribedPage); where a copy is read is the link's host.
  test.each(milestones)('$id: a publisher is a name and a title is the page\'s own, with no note of ours', ({ sources }) => {
    for (const source of sources) {
      expect(source.publisher).not.toMatch(/\((via|citing|copy)\b|\b(of|on) \d/i);
      if (typeof source.title === 'string') expect(source.title).not.toMatch(/\((\d+ FR|FR Doc|section|art\.)/i);
    }
  });

  // The timeline lists a milestone from its announcement: one announced ahead is read before it
  // happens and after, so its summary is not in the past tense ("had to remove by this date").
  test.each(milestones.filter((milestone) => milestone.announcedTime < milestone.whenTime))(
    '$id: announced ahead, its summary reads true before and after it (no past tense)',
    (milestone) => {
      expect((englishMessages as Record<string, { message: string }>)[milestone.text.summary]?.message).not.toMatch(/\b(had to|ended|was|were|did|removed|stopped)\b/);
    },
  );

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

/**
 * The only hosts a source may be labelled "official" on: government domains, in one place. A
 * copy of an official text elsewhere is kind `copy`, a report `secondary`.
 */
export const OFFICIAL_DOMAINS = ['.gov', 'bund.de', 'gc.ca', 'canada.ca', 'gov.uk', 'gov.au', 'europa.eu', 'gazzettaufficiale.it', 'kam.lt'] as const;

function isOfficialHost(url: string): boolean {
  const host = new URL(url).hostname;
  return OFFICIAL_DOMAINS.some((domain) => (domain.startsWith('.') ? host.endsWith(domain) : host === domain || host.endsWith(`.${domain}`)));
}

/** A publisher without the short name in brackets ("Bundesamt für … (BSI)"), to compare. */
function getPublisher(source: Source): string {
  return source.publisher.replace(/\s*\(.*\)\s*$/, '').trim().toLowerCase();
}

/** Query parameters that track a click and identify nothing. */
const TRACKING_PARAMETER = /^(utm_[a-z]+|fbclid|gclid|mc_[a-z]+|ref|channel|pbck|cmpid|ocid)$/i;

const english: Readonly<Record<string, { readonly message: string }>> = englishMessages;
const indonesian: Readonly<Record<string, { readonly message: string }>> = indonesianMessages;

describe('every claim exactly as strong as its evidence', () => {
  test.each(milestones.filter((milestone) => milestone.confidence === 'secondary' || milestone.confidence === 'primary-text'))(
    '$id: "several agreeing reports" rests on sources from at least two publishers',
    ({ sources }) => {
      expect(new Set(sources.map(getPublisher)).size).toBeGreaterThanOrEqual(2);
    },
  );

  test.each(milestones.flatMap((milestone) => milestone.sources.map((source) => [milestone.id, source.url, source] as const)))(
    '%s: a source labelled official (%s) is on an official domain',
    (_id, _url, source) => {
      if (source.kind === 'primary') expect(isOfficialHost(source.url)).toBe(true);
      if (source.kind === 'copy') expect(isOfficialHost(source.url)).toBe(false);
    },
  );

  test.each(milestones.filter((milestone) => milestone.confidence === 'primary' || milestone.confidence === 'primary-text'))(
    '$id: "checked against the official text" has an official text (or its copy) that was read',
    ({ sources }) => {
      const read = sources.filter((source) => source.isTextRead === true && (source.kind === 'copy' || (source.kind === 'primary' && isOfficialHost(source.url))));
      expect(read.length).toBeGreaterThanOrEqual(1);
    },
  );

  test.each(milestones)('$id: every source URL is https, untracked, and archived as exactly that URL', ({ sources }) => {
    for (const source of sources) {
      const url = new URL(source.url);
      expect(url.protocol).toBe('https:');
      expect([...url.searchParams.keys()].filter((key) => TRACKING_PARAMETER.test(key)), source.url).toEqual([]);
      expect(source.archiveUrl).toBe(`https://web.archive.org/web/${source.url}`);
    }
  });

  test.each(milestones.filter((milestone) => milestone.reportedOn !== undefined))('$id: a report date is a real day after the event', ({ when, reportedOn }) => {
    expect(reportedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(reportedOn! > when.slice(0, 10)).toBe(true);
  });
});

/** A fact-base table row by id: its cells, with the header's column names. */
function readFactBaseRows(text: string): Map<string, Record<string, string>> {
  const rows = new Map<string, Record<string, string>>();
  let header: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('|')) {
      header = [];
      continue;
    }
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
    if (header.length === 0) header = cells.map((cell) => cell.toLowerCase());
    else if (/^[a-z]{2}-[a-z0-9-]+$/.test(cells[0] ?? '')) rows.set(cells[0]!, Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ''])));
  }
  return rows;
}

/** Plain text of a cell: no Markdown emphasis, one kind of quote, lower case. */
function normalize(text: string): string {
  return text.replace(/\*\*/g, '').replace(/[“”]/g, '"').replace(/\s+/g, ' ').toLowerCase();
}

/** A cell that limits a measure with "only", not one that denies such a limit ('not "government only"'). */
function hasAffirmativeOnly(cell: string): boolean {
  return /\bonly\b/.test(normalize(cell).replace(/not "[^"]*"/g, ''));
}

const SAYS_ONLY: Readonly<Record<'en' | 'id', RegExp>> = { en: /\bonly\b/i, id: /\bhanya\b/i };

describe('the data says no more than the fact base (../shared/facts/kaspersky-timeline.md)', () => {
  requireFactBase();
  const factBase = isFactBasePresent ? readFileSync(FACT_BASE, 'utf8') : '';
  const rows = readFactBaseRows(factBase);
  const getScopeCell = (id: string) => rows.get(id)?.['scope'] ?? rows.get(id)?.['effect for people'] ?? '';

  test.each(milestones.filter((milestone) => milestone.stateText !== undefined))(
    '$id: a headline or meaning that says "only" names the scope the fact base gives',
    (milestone) => {
      const keys = [milestone.stateText!.headline, milestone.stateText!.meaning];
      const sayingOnly = keys.filter((key) => SAYS_ONLY.en.test(english[key]!.message) || SAYS_ONLY.id.test(indonesian[key]!.message));
      if (sayingOnly.length === 0) return;
      const cell = getScopeCell(milestone.id);
      expect(milestone.scope, 'the milestone needs a `scope` quoted from the fact base').toBeDefined();
      expect(normalize(cell)).toContain(normalize(milestone.scope!));
      expect(hasAffirmativeOnly(cell), `the fact base does not limit ${milestone.id} with "only": ${cell}`).toBe(true);
      const scopeWords = normalize(milestone.scope!).split(/[^a-z-]+/).filter((word) => word.length >= 5 && word !== 'only');
      for (const key of sayingOnly) expect(scopeWords.some((word) => english[key]!.message.toLowerCase().includes(word)), key).toBe(true);
    },
  );

  test.each(milestones.filter((milestone) => milestone.scope !== undefined))('$id: its scope is quoted from the fact base', ({ id, scope }) => {
    expect(normalize(getScopeCell(id))).toContain(normalize(scope!));
  });

  test.each(milestones.filter((milestone) => rows.has(milestone.id)))('$id: a date the fact base marks approximate says so to the reader', (milestone) => {
    const precision = rows.get(milestone.id)!['precision'] ?? '';
    expect(milestone.isApproximate === true, `fact base precision: ${precision}`).toBe(/approximate/i.test(precision));
  });

  test('no source is from a publisher the fact base says not to cite', () => {
    const banned = [...factBase.matchAll(/Do NOT cite ([a-z0-9.-]+\.[a-z]{2,})/gi)].map((match) => match[1]!.toLowerCase());
    expect(banned).toContain('incyber.org');
    const hosts = milestones.flatMap((milestone) => milestone.sources.map((source) => new URL(source.url).hostname));
    expect(hosts.filter((host) => banned.some((domain) => host === domain || host.endsWith(`.${domain}`)))).toEqual([]);
  });
});

describe('coverage of the fact base (../shared/facts/kaspersky-timeline.md)', () => {
  requireFactBase();
  const factBase = isFactBasePresent ? readFileSync(FACT_BASE, 'utf8') : '';
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
