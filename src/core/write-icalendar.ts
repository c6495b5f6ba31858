// Days are counted on the proleptic Gregorian calendar the file declares with CALSCALE:GREGORIAN (§3.7.1).
import { getDaysInMonth } from './calendar-date';

/**
 * A generic iCalendar (RFC 5545) writer: events in, the bytes of an `.ics` file out. It knows
 * nothing about milestones or languages; the caller passes text already translated. Sections (§)
 * are RFC 5545's unless another RFC is named.
 */

/** When an event happens: an exact instant, or whole calendar days that are the same everywhere. */
export type CalendarEventTime =
  | {
      readonly kind: 'instant';
      /** Written in UTC (`DTSTART:20240929T040000Z`), to the second: DATE-TIME has no fractions (§3.3.5). */
      readonly at: Date;
    }
  | {
      readonly kind: 'date';
      /** The first day, `YYYY-MM-DD`. */
      readonly date: string;
      /**
       * The last day, `YYYY-MM-DD`, included; the same day when left out. iCalendar's own DTEND is
       * the day after (exclusive, §3.6.1); that off-by-one stays in here.
       */
      readonly lastDate?: string;
    };

export interface CalendarEvent {
  /** Stable across exports, so importing the file again updates the event instead of adding a copy (§3.8.4.7). */
  readonly uid: string;
  readonly when: CalendarEventTime;
  readonly summary: string;
  readonly description: string;
  /** An https link to read more, written as the URL parser serializes it (`https://example.com` gains its `/`). */
  readonly url?: string;
}

export interface CalendarDocument {
  /** Who wrote the file (PRODID, §3.7.3), e.g. `-//Example//Calendar export//EN`. */
  readonly productId: string;
  /** The calendar's name as calendar apps show it (X-WR-CALNAME). */
  readonly name: string;
  /** What the calendar is about (X-WR-CALDESC); no line when left out. */
  readonly description?: string;
  /** When the file was built: the DTSTAMP of every event (§3.8.7.2), written in UTC. */
  readonly createdAt: Date;
  readonly events: readonly CalendarEvent[];
}

/** §3.1: lines longer than this are folded; octets of UTF-8, not characters, and without the CRLF. */
const MAX_LINE_OCTETS = 75;
const LINE_BREAK = '\r\n';
const CONTINUATION_PREFIX = ' ';
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const LAST_WRITABLE_YEAR = 9999;

/**
 * A content line as pieces that folding keeps whole where they fit on a line: a grapheme (an
 * emoji with its modifiers), an escape with its backslash. Only a piece longer than a whole line
 * is split, and then between code points.
 */
type ContentLine = readonly string[];

interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

// Grapheme clusters (UAX #29) are the same in every language, so the locale does not change the
// output. An engine on another Unicode version may fold a newer emoji elsewhere; unfolded, the text is the same.
const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The `.ics` text for `document`: one VEVENT per event, every line ending in CRLF and folded at 75
 * octets (§3.1). The same input always gives the same bytes: nothing depends on the clock or the
 * device's zone. Throws on a date that is not on the calendar, a URL that is not https, a
 * repeated UID, or text that iCalendar cannot hold (control characters, lone surrogates).
 */
export function writeICalendar(document: CalendarDocument): string {
  assertUniqueUids(document.events);
  const stamp = formatUtcDateTime(document.createdAt, 'The calendar createdAt');
  const lines: ContentLine[] = [
    formatProperty('BEGIN', 'VCALENDAR'),
    formatProperty('VERSION', '2.0'),
    formatTextProperty('PRODID', document.productId, 'The calendar productId'),
    formatProperty('CALSCALE', 'GREGORIAN'),
    // A published file to import, not a scheduling request (RFC 5546 §1.4).
    formatProperty('METHOD', 'PUBLISH'),
    formatTextProperty('X-WR-CALNAME', document.name, 'The calendar name'),
    ...(document.description === undefined ? [] : [formatTextProperty('X-WR-CALDESC', document.description, 'The calendar description')]),
    ...document.events.flatMap((event) => formatEvent(event, stamp)),
    formatProperty('END', 'VCALENDAR'),
  ];
  // §3.1: every content line ends with CRLF, the last one included.
  return lines.map((line) => foldContentLine(line) + LINE_BREAK).join('');
}

function formatEvent(event: CalendarEvent, stamp: string): ContentLine[] {
  const label = `Calendar event ${JSON.stringify(event.uid)}`;
  return [
    formatProperty('BEGIN', 'VEVENT'),
    formatTextProperty('UID', event.uid, `${label}: uid`),
    formatProperty('DTSTAMP', stamp),
    ...formatEventTime(event.when, label),
    formatTextProperty('SUMMARY', event.summary, `${label}: summary`),
    formatTextProperty('DESCRIPTION', event.description, `${label}: description`),
    ...(event.url === undefined ? [] : [formatProperty('URL', formatHttpsUrl(event.url, label))]),
    // These are reminders of facts, not busy time: they must not block anyone's free/busy (§3.8.2.7).
    formatProperty('TRANSP', 'TRANSPARENT'),
    formatProperty('END', 'VEVENT'),
  ];
}

function formatEventTime(when: CalendarEventTime, label: string): ContentLine[] {
  if (when.kind === 'instant') return [formatProperty('DTSTART', formatUtcDateTime(when.at, `${label}: start`))];
  const firstDate = parseCalendarDate(when.date, `${label}: date`);
  const lastDate = when.lastDate === undefined ? firstDate : parseCalendarDate(when.lastDate, `${label}: lastDate`);
  if (compareDates(lastDate, firstDate) < 0) {
    throw new RangeError(`${label}: lastDate ${when.lastDate ?? ''} is before its date ${when.date}`);
  }
  return [
    formatProperty('DTSTART;VALUE=DATE', formatDate(firstDate)),
    // §3.6.1: an all-day DTEND is exclusive, the day after the last one.
    formatProperty('DTEND;VALUE=DATE', formatDate(getNextDay(lastDate, label))),
  ];
}

/** A property whose value is never escaped (a date, a URI, a fixed word), as one piece. */
function formatProperty(nameWithParameters: string, value: string): ContentLine {
  return [`${nameWithParameters}:${value}`];
}

/**
 * A TEXT property (§3.3.11): backslash, semicolon and comma escaped with a backslash, and every
 * line break (CRLF, CR or LF) written as `\n`.
 */
function formatTextProperty(name: string, text: string, label: string): ContentLine {
  assertWritableText(text, label);
  const withLineFeeds = text.replace(/\r\n?/g, '\n');
  const graphemes = Array.from(graphemeSegmenter.segment(withLineFeeds), ({ segment }) => segment);
  return [`${name}:`, ...graphemes.map(escapeText)];
}

function escapeText(text: string): string {
  // The backslash first, so the escapes added after it are not escaped again.
  return text.replaceAll('\\', '\\\\').replaceAll(';', '\\;').replaceAll(',', '\\,').replaceAll('\n', '\\n');
}

/**
 * §3.3.11 allows any character in TEXT but the controls (a tab and line breaks aside), and a lone
 * surrogate has no UTF-8 form at all (RFC 3629 §3). Such text is a bug upstream: say so rather
 * than write a file that readers reject or show differently.
 */
function assertWritableText(text: string, label: string): void {
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    const isControl = (codePoint < 0x20 && character !== '\t' && character !== '\n' && character !== '\r') || codePoint === 0x7f;
    const isLoneSurrogate = codePoint >= 0xd800 && codePoint <= 0xdfff;
    if (isControl || isLoneSurrogate) {
      const name = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
      throw new RangeError(`${label} contains ${name}, which an iCalendar text value cannot hold (RFC 5545 §3.3.11)`);
    }
  }
}

/**
 * §3.1: a line longer than 75 octets continues on the next line after one space, that space
 * counting towards the next line's 75. A piece that fits on a line is never split.
 */
function foldContentLine(pieces: ContentLine): string {
  const physicalLines: string[] = [];
  let line = '';
  let lineOctets = 0;
  const append = (text: string, octets: number) => {
    if (lineOctets + octets > MAX_LINE_OCTETS) {
      physicalLines.push(line);
      line = CONTINUATION_PREFIX;
      lineOctets = CONTINUATION_PREFIX.length;
    }
    line += text;
    lineOctets += octets;
  };
  for (const piece of pieces) {
    const octets = countUtf8Octets(piece);
    if (octets + CONTINUATION_PREFIX.length <= MAX_LINE_OCTETS) append(piece, octets);
    // Longer than any line: split, but between code points, never inside a UTF-8 sequence (§3.1).
    else for (const codePoint of piece) append(codePoint, countUtf8Octets(codePoint));
  }
  physicalLines.push(line);
  return physicalLines.join(LINE_BREAK);
}

/** UTF-8 length by code point (RFC 3629 §3), without encoding the text. */
function countUtf8Octets(text: string): number {
  let octets = 0;
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (codePoint < 0x80) octets += 1;
    else if (codePoint < 0x800) octets += 2;
    else if (codePoint < 0x10000) octets += 3;
    else octets += 4;
  }
  return octets;
}

/**
 * §3.3.5 form 2, UTC: `20240929T040000Z`. Read with UTC arithmetic (toISOString), never the
 * device's zone; the fraction of a second is dropped.
 */
function formatUtcDateTime(instant: Date, label: string): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError(`${label} is an invalid Date`);
  const iso = instant.toISOString();
  // Beyond 0000–9999 toISOString writes six digits and a sign; iCalendar years have four (§3.3.4).
  if (!/^\d{4}-/.test(iso)) throw new RangeError(`${label} ${iso} is outside the years 0000–${LAST_WRITABLE_YEAR} iCalendar can write`);
  return `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** A `YYYY-MM-DD` day that exists on the Gregorian calendar; read by hand, as `new Date('YYYY-MM-DD')` is UTC midnight, the day before west of Greenwich. */
function parseCalendarDate(text: string, label: string): CalendarDate {
  const match = DATE_PATTERN.exec(text);
  if (match) {
    const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
    if (date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= getDaysInMonth(date.year, date.month)) return date;
  }
  throw new RangeError(`${label} ${JSON.stringify(text)} is not a calendar date written YYYY-MM-DD`);
}

function getNextDay(date: CalendarDate, label: string): CalendarDate {
  if (date.day < getDaysInMonth(date.year, date.month)) return { ...date, day: date.day + 1 };
  if (date.month < 12) return { ...date, month: date.month + 1, day: 1 };
  if (date.year === LAST_WRITABLE_YEAR) throw new RangeError(`${label}: the day after ${formatDate(date)} is past the year ${LAST_WRITABLE_YEAR}, the last iCalendar can write`);
  return { year: date.year + 1, month: 1, day: 1 };
}

function compareDates(left: CalendarDate, right: CalendarDate): number {
  return left.year - right.year || left.month - right.month || left.day - right.day;
}

/** §3.3.4: `20240720`. */
function formatDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}${String(date.month).padStart(2, '0')}${String(date.day).padStart(2, '0')}`;
}

/**
 * URL is a URI value (§3.8.4.6, §3.3.13), so it is not text-escaped. The parser's serialization
 * is written: it percent-encodes anything a URI cannot hold, so the value is ASCII on one line.
 */
function formatHttpsUrl(url: string, label: string): string {
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  if (parsed?.protocol !== 'https:') throw new RangeError(`${label}: url ${JSON.stringify(url)} is not an https URL`);
  return parsed.href;
}

function assertUniqueUids(events: readonly CalendarEvent[]): void {
  const seen = new Set<string>();
  for (const { uid } of events) {
    // §3.8.4.7: a UID names one event; two events sharing one would be merged or dropped on import.
    if (seen.has(uid)) throw new RangeError(`Two calendar events have the uid ${JSON.stringify(uid)}`);
    seen.add(uid);
  }
}
