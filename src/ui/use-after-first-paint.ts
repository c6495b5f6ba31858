import { useEffect, useState } from 'preact/hooks';

/**
 * False in the first render when `isDeferred`, true from the next: Preact runs effects after the
 * browser has painted, so what waits for this is drawn a frame after the rest.
 */
export function useAfterFirstPaint(isDeferred: boolean): boolean {
  const [isShown, setShown] = useState(!isDeferred);
  useEffect(() => {
    setShown(true);
  }, []);
  return isShown;
}
