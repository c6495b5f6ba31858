import { differenceInMilliseconds } from 'date-fns';
import { useEffect, useState } from 'preact/hooks';

/** setTimeout takes a signed 32-bit delay and fires at once for anything longer. */
export const LONGEST_TIMEOUT_MS = 2 ** 31 - 1;

/** The delay until `at`, never negative, and at most the longest a timer can wait. */
export function getTimerDelay(at: Date, now: Date): number {
  return Math.min(Math.max(differenceInMilliseconds(at, now), 0), LONGEST_TIMEOUT_MS);
}

/**
 * The current instant, renewed at `nextChangeAt` (decided from the instant returned), so an open
 * page moves on by itself without polling. A far change is approached in steps of the longest
 * timeout; a timer that fires early simply renews the instant, and the page sets the next one.
 */
export function useNow(): [now: Date, renewAt: (nextChangeAt: Date | undefined) => void] {
  const [now, setNow] = useState(() => new Date());
  const [nextChangeTime, setNextChangeTime] = useState<number>();
  useEffect(() => {
    if (nextChangeTime === undefined) return undefined;
    const timer = setTimeout(() => setNow(new Date()), getTimerDelay(new Date(nextChangeTime), new Date()));
    return () => clearTimeout(timer);
  }, [now, nextChangeTime]);
  return [now, (nextChangeAt) => setNextChangeTime(nextChangeAt?.getTime())];
}
