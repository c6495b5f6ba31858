import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { writeICalendar, type CalendarDocument, type CalendarEvent } from '../../src/core/write-icalendar';

const CUT_OFF = new Date('2024-09-29T04:00:00Z');
const CREATED_AT = new Date('2024-09-01T12:34:56.789Z');
const TRICKY_TEXT = 'Pembaruan berakhir; lihat C:\\Program Files\\Kaspersky, lalu "hapus".\r\nBaris dua\rBaris tiga\nBaris empat 🇺🇸 👨‍👩‍👧‍👦';

const FIXTURE: CalendarDocument = {
  productId: '-//Kaspersky Ban Status (unofficial)//Milestones//ID',
  name: 'Larangan Kaspersky: Amerika Serikat',
  description: 'Tanggal penting, dengan sumber',
  createdAt: CREATED_AT,
  events: [
    {
      uid: 'us-updates-end@kaspersky-ban-status.invalid',
      when: { kind: 'instant', at: CUT_OFF },
      summary: 'Pembaruan berakhir, pukul 00.00 ET; backslash \\ di sini 🚫',
      description: TRICKY_TEXT,
      url: 'https://www.bis.gov/press-release/commerce-department-prohibits-russian-kaspersky-software-us-customers?q=a,b;c',
    },
    {
      uid: 'us-new-sales-end@kaspersky-ban-status.invalid',
      when: { kind: 'date', date: '2024-07-20' },
      summary: 'Penjualan baru berakhir',
      description: 'Satu hari penuh',
    },
    {
      uid: 'several-days@kaspersky-ban-status.invalid',
      when: { kind: 'date', date: '2024-12-30', lastDate: '2025-01-02' },
      summary: 'Beberapa hari',
      description: '',
    },
  ],
};

function parseCalendar(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text) as unknown[]);
}

function readEvents(text: string): ICAL.Component[] {
  return parseCalendar(text).getAllSubcomponents('vevent');
}

function readProperty(component: ICAL.Component, name: string): { type: string; value: string } {
  const property = component.getFirstProperty(name)!;
  return { type: property.type, value: String(property.getFirstValue()) };
}

function buildWith(event: Partial<CalendarEvent>, document: Partial<CalendarDocument> = {}): string {
  const base: CalendarEvent = { uid: 'uid@example.invalid', when: { kind: 'instant', at: CUT_OFF }, summary: 'Summary', description: 'Description' };
  return writeICalendar({ ...FIXTURE, ...document, events: [{ ...base, ...event }] });
}

/** The content lines after §3.1 unfolding: each CRLF followed by one space removed. */
function unfold(text: string): string[] {
  return text.replaceAll('\r\n ', '').split('\r\n');
}

/** §3.3.11 written independently of the code under test: one pass, every line break as `\n`. */
function escapeAsRfc5545Text(text: string): string {
  return text.replace(/\r\n|[\r\n\\;,]/g, (match) => (match.endsWith('\n') || match === '\r' ? '\\n' : `\\${match}`));
}

const octetLength = (line: string) => new TextEncoder().encode(line).length;

describe('writeICalendar: the fixture read back by ical.js', () => {
  const text = writeICalendar(FIXTURE);
  const [instantEvent, dayEvent, severalDaysEvent] = readEvents(text);

  test('the calendar has its fixed properties, its name and description', () => {
    const calendar = parseCalendar(text);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe(FIXTURE.productId);
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    // ical.js has no design for the X-WR- names, so it returns them still escaped.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Larangan Kaspersky: Amerika Serikat');
    expect(calendar.getFirstPropertyValue('x-wr-caldesc')).toBe('Tanggal penting\\, dengan sumber');
    expect(readEvents(text)).toHaveLength(3);
  });

  test('uid, summary, description and url come back exactly; line breaks come back as LF', () => {
    const [event] = FIXTURE.events;
    expect(readProperty(instantEvent!, 'uid')).toEqual({ type: 'text', value: event!.uid });
    expect(readProperty(instantEvent!, 'summary')).toEqual({ type: 'text', value: event!.summary });
    expect(readProperty(instantEvent!, 'description')).toEqual({ type: 'text', value: TRICKY_TEXT.replace(/\r\n?/g, '\n') });
    expect(readProperty(instantEvent!, 'url')).toEqual({ type: 'uri', value: event!.url });
    expect(readProperty(severalDaysEvent!, 'description')).toEqual({ type: 'text', value: '' });
  });

  test('an instant starts at that instant, in UTC, whatever the device zone (here Los Angeles, still 28 September)', () => {
    const start = instantEvent!.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.toString()).toBe('2024-09-29T04:00:00Z');
    expect(start.toJSDate().getTime()).toBe(CUT_OFF.getTime());
    expect(instantEvent!.getFirstProperty('dtend')).toBeNull();
    expect(text).toContain('\r\nDTSTART:20240929T040000Z\r\n');
  });

  test('DTSTAMP is the creation instant in UTC, to the second, on every event', () => {
    for (const event of readEvents(text)) expect(readProperty(event, 'dtstamp')).toEqual({ type: 'date-time', value: '2024-09-01T12:34:56Z' });
  });

  test('a date is an all-day event ending (exclusively) the next day', () => {
    expect(readProperty(dayEvent!, 'dtstart')).toEqual({ type: 'date', value: '2024-07-20' });
    expect(readProperty(dayEvent!, 'dtend')).toEqual({ type: 'date', value: '2024-07-21' });
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20240720\r\nDTEND;VALUE=DATE:20240721\r\n');
    expect(dayEvent!.getFirstProperty('url')).toBeNull();
  });

  test('several days end the day after the last one, across a new year', () => {
    expect(readProperty(severalDaysEvent!, 'dtstart')).toEqual({ type: 'date', value: '2024-12-30' });
    expect(readProperty(severalDaysEvent!, 'dtend')).toEqual({ type: 'date', value: '2025-01-03' });
  });

  test('every event is transparent: a reminder, not busy time', () => {
    for (const event of readEvents(text)) expect(event.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
  });

  test('the same input gives the same bytes', () => {
    expect(writeICalendar(structuredClone(FIXTURE))).toBe(text);
  });
});

describe('writeICalendar: exact output', () => {
  test('a tiny document, folded and escaped, byte for byte', () => {
    const text = writeICalendar({
      productId: '-//Example//Test//EN',
      name: 'Tes',
      createdAt: new Date('2024-09-01T00:00:00Z'),
      events: [
        {
          uid: 'one@example.invalid',
          when: { kind: 'instant', at: CUT_OFF },
          summary: 'Updates end',
          description: 'Kaspersky stops updates, signatures; and support for customers in the USA.\nSee the source.',
          url: 'https://example.com/a',
        },
        { uid: 'two@example.invalid', when: { kind: 'date', date: '2024-02-29' }, summary: 'Leap day', description: 'é' },
      ],
    });
    expect(text).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Example//Test//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'X-WR-CALNAME:Tes',
        'BEGIN:VEVENT',
        'UID:one@example.invalid',
        'DTSTAMP:20240901T000000Z',
        'DTSTART:20240929T040000Z',
        'SUMMARY:Updates end',
        // Exactly 75 octets before the fold.
        'DESCRIPTION:Kaspersky stops updates\\, signatures\\; and support for customer',
        ' s in the USA.\\nSee the source.',
        'URL:https://example.com/a',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:two@example.invalid',
        'DTSTAMP:20240901T000000Z',
        'DTSTART;VALUE=DATE:20240229',
        'DTEND;VALUE=DATE:20240301',
        'SUMMARY:Leap day',
        'DESCRIPTION:é',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
        'END:VCALENDAR',
      ]
        .map((line) => `${line}\r\n`)
        .join(''),
    );
  });
});

describe('writeICalendar: lines and folding (RFC 5545 §3.1)', () => {
  const writableCodePoint = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }).filter((character) => {
    const codePoint = character.codePointAt(0)!;
    return character === '\t' || (codePoint >= 0x20 && codePoint !== 0x7f);
  });
  // Any code point iCalendar text can hold, plus what needs escaping, line breaks, graphemes of several code points (one longer than a line) and plenty of ASCII.
  const writableText = fc.string({
    unit: fc.oneof(
      { arbitrary: writableCodePoint, weight: 3 },
      { arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }), weight: 3 },
      { arbitrary: fc.constantFrom('\\', ';', ',', '\r\n', '\r', '\n', '👨‍👩‍👧‍👦', '🇮🇩', 'e\u0301', 'ü', `👩${'\u200d👩'.repeat(12)}`), weight: 2 },
      { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), weight: 1 },
    ),
    // Long enough that most values fold more than once.
    size: 'medium',
    maxLength: 300,
  });
  const buildWithText = (summary: string, description: string) => buildWith({ summary, description }, { name: summary });

  test('every physical line is at most 75 octets, ends with CRLF, and holds no bare CR, LF or split character', () => {
    fc.assert(
      fc.property(writableText, writableText, (summary, description) => {
        const text = buildWithText(summary, description);
        expect(text.endsWith('\r\n')).toBe(true);
        const physicalLines = text.split('\r\n').slice(0, -1);
        expect(physicalLines.filter((line) => octetLength(line) > 75)).toEqual([]);
        expect(physicalLines.filter((line) => /[\r\n]/.test(line))).toEqual([]);
        // A lone surrogate means a character was cut in two; it would become U+FFFD in UTF-8.
        expect(physicalLines.filter((line) => /\p{Cs}/u.test(line))).toEqual([]);
        // A property starts with its name, a continuation with the one space unfolding removes.
        expect(physicalLines.filter((line) => !/^[A-Z ]/.test(line))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  test('unfolding gives back NAME:escaped value, and ical.js reads back the original text', () => {
    fc.assert(
      fc.property(writableText, writableText, (summary, description) => {
        const text = buildWithText(summary, description);
        const contentLines = unfold(text);
        expect(contentLines).toContain(`SUMMARY:${escapeAsRfc5545Text(summary)}`);
        expect(contentLines).toContain(`DESCRIPTION:${escapeAsRfc5545Text(description)}`);
        expect(contentLines).toContain(`X-WR-CALNAME:${escapeAsRfc5545Text(summary)}`);
        const [event] = readEvents(text);
        expect(event!.getFirstPropertyValue('summary')).toBe(summary.replace(/\r\n?/g, '\n'));
        expect(event!.getFirstPropertyValue('description')).toBe(description.replace(/\r\n?/g, '\n'));
      }),
      { numRuns: 500 },
    );
  });

  test('a line of exactly 75 octets stays whole; one more octet folds it', () => {
    const prefix = 'SUMMARY:';
    expect(buildWith({ summary: 'a'.repeat(75 - prefix.length) })).toContain(`\r\n${prefix}${'a'.repeat(67)}\r\nDESCRIPTION:`);
    expect(buildWith({ summary: 'a'.repeat(76 - prefix.length) })).toContain(`\r\n${prefix}${'a'.repeat(67)}\r\n a\r\nDESCRIPTION:`);
  });

  test('octets count, not characters: 2-octet letters fold after 33 of them', () => {
    const lines = buildWith({ summary: 'ü'.repeat(100) }).split('\r\n');
    const summaryAt = lines.findIndex((line) => line.startsWith('SUMMARY:'));
    expect(lines.slice(summaryAt, summaryAt + 4)).toEqual([`SUMMARY:${'ü'.repeat(33)}`, ` ${'ü'.repeat(37)}`, ` ${'ü'.repeat(30)}`, 'DESCRIPTION:Description']);
  });

  test('an emoji family (25 octets, 7 code points) is never cut between its code points', () => {
    const family = '👨‍👩‍👧‍👦';
    const lines = buildWith({ summary: family.repeat(10) }).split('\r\n');
    const summaryLines = lines.slice(lines.findIndex((line) => line.startsWith('SUMMARY:')), lines.findIndex((line) => line.startsWith('DESCRIPTION:')));
    expect(summaryLines).toEqual([`SUMMARY:${family.repeat(2)}`, ` ${family.repeat(2)}`, ` ${family.repeat(2)}`, ` ${family.repeat(2)}`, ` ${family.repeat(2)}`]);
  });

  test('an escape stays with its backslash', () => {
    const lines = buildWith({ summary: `${'a'.repeat(66)},` }).split('\r\n');
    expect(lines).toContain(`SUMMARY:${'a'.repeat(66)}`);
    expect(lines).toContain(' \\,');
  });

  test('a grapheme that fills a whole continuation line (74 octets) moves to it whole', () => {
    const grapheme = `ü${'\u0301'.repeat(36)}`;
    expect(buildWith({ summary: `x${grapheme}` }).split('\r\n')).toContain(` ${grapheme}`);
  });

  test.each([
    ['75 octets of accents', `e${'\u0301'.repeat(37)}`],
    ['an accent stack', `e${'\u0301'.repeat(60)}`],
    ['a long ZWJ chain of emoji', `👩${'\u200d👩'.repeat(12)}`],
  ])('a grapheme longer than a line (%s) is split between code points and still reads back', (_label, hugeGrapheme) => {
    const text = buildWith({ summary: `x${hugeGrapheme}` });
    for (const line of text.split('\r\n')) {
      expect(octetLength(line)).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/\p{Cs}/u);
    }
    expect(readEvents(text)[0]!.getFirstPropertyValue('summary')).toBe(`x${hugeGrapheme}`);
  });

  test('a long URL folds too, and is not text-escaped', () => {
    const url = `https://example.com/${'segment,with;marks/'.repeat(6)}`;
    const text = buildWith({ url });
    for (const line of text.split('\r\n')) expect(octetLength(line)).toBeLessThanOrEqual(75);
    expect(unfold(text)).toContain(`URL:${url}`);
    expect(readEvents(text)[0]!.getFirstPropertyValue('url')).toBe(url);
  });
});

describe('writeICalendar: dates', () => {
  test.each([
    ['2024-02-28', '20240229'],
    ['2024-02-29', '20240301'],
    ['2023-02-28', '20230301'],
    ['2000-02-29', '20000301'],
    ['2024-04-30', '20240501'],
    ['2024-12-31', '20250101'],
    ['0001-01-01', '00010102'],
  ])('the all-day event on %s ends on %s', (date, expectedEnd) => {
    expect(buildWith({ when: { kind: 'date', date } })).toContain(`\r\nDTSTART;VALUE=DATE:${date.replaceAll('-', '')}\r\nDTEND;VALUE=DATE:${expectedEnd}\r\n`);
  });

  test.each(['2024-02-30', '2023-02-29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-07-00', '2024-7-20', '20240720', '2024-07-20T00:00', ' 2024-07-20', '', '٢٠٢٤-٠٧-٢٠'])(
    'the date %j is refused',
    (date) => {
      expect(() => buildWith({ when: { kind: 'date', date } })).toThrow(`Calendar event "uid@example.invalid": date ${JSON.stringify(date)} is not a calendar date written YYYY-MM-DD`);
    },
  );

  test('an invalid last date is refused, and so is one before the first', () => {
    expect(() => buildWith({ when: { kind: 'date', date: '2024-07-20', lastDate: '2024-06-31' } })).toThrow('lastDate "2024-06-31" is not a calendar date');
    expect(() => buildWith({ when: { kind: 'date', date: '2024-07-20', lastDate: '2024-07-19' } })).toThrow('lastDate 2024-07-19 is before its date 2024-07-20');
  });

  test('the last day iCalendar can write has no exclusive end to write', () => {
    expect(() => buildWith({ when: { kind: 'date', date: '9999-12-31' } })).toThrow('past the year 9999');
  });

  test('an instant is written to the second in UTC; an invalid Date or one past 9999 is refused', () => {
    expect(buildWith({ when: { kind: 'instant', at: new Date('1969-12-31T23:59:59.999Z') } })).toContain('\r\nDTSTART:19691231T235959Z\r\n');
    expect(() => buildWith({ when: { kind: 'instant', at: new Date('not a date') } })).toThrow('start is an invalid Date');
    expect(() => buildWith({ when: { kind: 'instant', at: new Date('+010000-01-01T00:00:00Z') } })).toThrow('outside the years 0000–9999');
    expect(() => buildWith({}, { createdAt: new Date(Number.NaN) })).toThrow('The calendar createdAt is an invalid Date');
  });
});

describe('writeICalendar: what it refuses to write', () => {
  test.each(['http://example.com/', 'javascript:alert(1)', 'ftp://example.com/', 'example.com', ''])('the url %j', (url) => {
    expect(() => buildWith({ url })).toThrow(`Calendar event "uid@example.invalid": url ${JSON.stringify(url)} is not an https URL`);
  });

  test('a URL is written as its parser serializes it: one line, ASCII only', () => {
    expect(unfold(buildWith({ url: 'HTTPS://Example.COM/jalan raya\n?q=ü' }))).toContain('URL:https://example.com/jalan%20raya?q=%C3%BC');
  });

  test.each([
    ['summary', { summary: 'bell\u0007' }, 'U+0007'],
    ['description', { description: 'null\u0000' }, 'U+0000'],
    ['uid', { uid: 'delete\u007f' }, 'U+007F'],
    ['summary', { summary: 'half \ud83d emoji' }, 'U+D83D'],
  ])('a control character or lone surrogate in the %s', (field, event, codePoint) => {
    expect(() => buildWith(event)).toThrow(`: ${field} contains ${codePoint}, which an iCalendar text value cannot hold`);
  });

  test('a tab is text like any other', () => {
    expect(readEvents(buildWith({ summary: 'a\tb' }))[0]!.getFirstPropertyValue('summary')).toBe('a\tb');
  });

  test('two events with one uid', () => {
    const event: CalendarEvent = { uid: 'same', when: { kind: 'instant', at: CUT_OFF }, summary: 'a', description: 'b' };
    expect(() => writeICalendar({ ...FIXTURE, events: [event, { ...event, summary: 'c' }] })).toThrow('Two calendar events have the uid "same"');
  });
});
