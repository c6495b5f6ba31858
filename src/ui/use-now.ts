import { differenceInMilliseconds } from 'date-fns';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/** setTimeout takes a signed 32-bit delay and fires at once for anything longer. */
const LONGEST_TIMEOUT_MS = 2 ** 31 - 1;

/** The delay until `at`, never negative, and at most the longest a timer can wait. */
function getTimerDelay(at: Date, now: Date): number {
  return Math.min(Math.max(differenceInMilliseconds(at, now), 0), LONGEST_TIMEOUT_MS);
}

/**
 * The current instant, and `renewAt` to renew it at the next change the page decided from it, so
 * an open page moves on by itself without polling. Call `renewAt` after each render (a layout
 * effect on the instant and the change): a far change is approached in steps of the longest
 * timeout, and a timer that fires early renews the instant, so the page sets the next one.
 */
export function useNow(): [now: Date, renewAt: (nextChangeAt: Date | undefined) => void] {
  const [now, setNow] = useState(() => new Date());
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const renewAt = useCallback((nextChangeAt: Date | undefined) => {
    clearTimeout(timer.current);
    if (nextChangeAt) timer.current = setTimeout(() => setNow(new Date()), getTimerDelay(nextChangeAt, new Date()));
  }, []);
  return [now, renewAt];
}
