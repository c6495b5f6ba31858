import { differenceInMilliseconds } from 'date-fns';
import { useEffect, useState } from 'preact/hooks';

/** setTimeout takes a signed 32-bit delay and fires at once for anything longer. */
const LONGEST_TIMEOUT_MS = 2 ** 31 - 1;

/**
 * The current instant, renewed when the next change that `getNextChange` names arrives, so an
 * open page moves on by itself without polling. A far change is approached in steps of the
 * longest timeout; a timer that fires early simply sets the next one.
 */
export function useNow(getNextChange: (now: Date) => Date | undefined): Date {
  const [now, setNow] = useState(() => new Date());
  const nextChangeTime = getNextChange(now)?.getTime();
  useEffect(() => {
    if (nextChangeTime === undefined) return undefined;
    const delay = Math.min(Math.max(differenceInMilliseconds(nextChangeTime, Date.now()), 0), LONGEST_TIMEOUT_MS);
    const timer = setTimeout(() => setNow(new Date()), delay);
    return () => clearTimeout(timer);
  }, [now, nextChangeTime]);
  return now;
}
