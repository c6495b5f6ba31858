import { millisecondsInHour, millisecondsInSecond } from 'date-fns/constants';
import { toDayNumber, type CalendarDate } from './calendar-date';

/** Every field as a plain number, in a locale whose parts are ASCII digits. */
const WALL_CLOCK_LOCALE = 'en-US';
const WALL_CLOCK_FORMAT: Intl.DateTimeFormatOptions = {
  year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23',
};

/** Every UTC offset in use lies between these: a wall time is reached at most this far from the same numbers read as UTC. */
const EARLIEST_OFFSET = -12 * millisecondsInHour;
const LATEST_OFFSET = 14 * millisecondsInHour;

/** The calendar of one IANA zone: which date an instant falls on there, and when a date begins there. */
export interface ZonedCalendar {
  readonly timeZone: string;
  /** The date the zone's clocks show at `instant`. */
  readonly getDate: (instant: Date) => CalendarDate;
  /**
   * The first instant of `date` in the zone: its midnight, or, where a clock change skips
   * midnight, the instant the clocks jump into the date.
   */
  readonly getStartOf: (date: CalendarDate) => Date;
}

/**
 * Intl knows every zone's rules; it answers "what do the clocks show at this instant". Going back
 * from a wall time to an instant is a search, since a wall time may occur twice or never. Both
 * answers are remembered: a view asks for the same today and the same midnight once per milestone
 * (the view's IntlCache keeps one calendar per zone).
 */
export function createZonedCalendar(timeZone: string): ZonedCalendar {
  const format = new Intl.DateTimeFormat(WALL_CLOCK_LOCALE, { ...WALL_CLOCK_FORMAT, timeZone });
  const dates = new Map<number, CalendarDate>();
  const starts = new Map<number, Date>();

  /** The zone's wall clock at `time`, as milliseconds since 1970 read as if it were UTC. */
  const getWallTime = (time: number): number => {
    const fields: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
    for (const part of format.formatToParts(time)) fields[part.type] = Number(part.value);
    const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = fields;
    const subsecond = ((time % millisecondsInSecond) + millisecondsInSecond) % millisecondsInSecond;
    return Date.UTC(year, month - 1, day, hour, minute, second) + subsecond;
  };

  const findStartOf = ({ year, month, day }: CalendarDate): Date => {
    const midnight = Date.UTC(year, month - 1, day);
    const isReached = (time: number): boolean => getWallTime(time) >= midnight;
    const getOffset = (time: number): number => getWallTime(time) - time;
    // Usually the offset in force at midnight gives it at once; a clock change close to midnight needs the search.
    const guess = midnight - getOffset(midnight - getOffset(midnight));
    if (isReached(guess) && !isReached(guess - 1)) return new Date(guess);
    // No zone sets its clocks back across midnight (tzdb), so once a date has begun it stays begun: bisect.
    let notYet = midnight - LATEST_OFFSET - 1;
    let reached = midnight - EARLIEST_OFFSET;
    while (reached - notYet > 1) {
      const middle = notYet + Math.floor((reached - notYet) / 2);
      if (isReached(middle)) reached = middle;
      else notYet = middle;
    }
    return new Date(reached);
  };

  return {
    timeZone,
    getDate: (instant) => {
      let date = dates.get(instant.getTime());
      if (!date) {
        const wall = new Date(getWallTime(instant.getTime()));
        date = { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
        dates.set(instant.getTime(), date);
      }
      return date;
    },
    getStartOf: (date) => {
      const dayNumber = toDayNumber(date);
      let start = starts.get(dayNumber);
      if (!start) {
        start = findStartOf(date);
        starts.set(dayNumber, start);
      }
      return start;
    },
  };
}
