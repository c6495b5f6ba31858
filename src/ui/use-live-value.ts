import { useEffect, useState } from 'preact/hooks';
import { isSameJson } from '../core/is-same-json';

/**
 * A value kept in the browser (storage, a permission), read when the page starts and again each
 * time `subscribe` reports a change, from this page, another one or the sync service. Given the
 * value the page read before its first render, it starts from that and reads once more after
 * subscribing, so a change in between is not lost (and an unchanged value renders nothing again).
 * Without one it is `undefined` until the first read has answered. `read` and `subscribe` must be
 * stable (module functions), as the page reads and listens once.
 */
export function useLiveValue<T>(read: () => Promise<T>, subscribe: (onChange: () => void) => () => void, initial: T): [T, (value: T) => void];
export function useLiveValue<T>(read: () => Promise<T>, subscribe: (onChange: () => void) => () => void): [T | undefined, (value: T) => void];
export function useLiveValue<T>(read: () => Promise<T>, subscribe: (onChange: () => void) => () => void, initial?: T): [T | undefined, (value: T) => void] {
  const [value, setValue] = useState<T | undefined>(() => initial);
  useEffect(() => {
    let isCurrent = true;
    const update = (): void => {
      void read().then((loaded) => {
        if (isCurrent) setValue((current) => (current !== undefined && isSameJson(current, loaded) ? current : loaded));
      });
    };
    const stopListening = subscribe(update);
    update();
    return () => {
      isCurrent = false;
      stopListening();
    };
  }, [read, subscribe]);
  return [value, (next: T) => setValue(() => next)];
}
