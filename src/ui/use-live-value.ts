import { useEffect, useState } from 'preact/hooks';

/**
 * A value kept in the browser (storage, a permission), read when the page starts and again each
 * time `subscribe` reports a change, from this page, another one or the sync service.
 * `undefined` until the first read has answered. `read` and `subscribe` must be stable (module
 * functions), as the page reads and listens once.
 */
export function useLiveValue<T>(read: () => Promise<T>, subscribe: (onChange: () => void) => () => void): [T | undefined, (value: T) => void] {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let isCurrent = true;
    const update = (): void => {
      void read().then((loaded) => {
        if (isCurrent) setValue(() => loaded);
      });
    };
    update();
    const stopListening = subscribe(update);
    return () => {
      isCurrent = false;
      stopListening();
    };
  }, [read, subscribe]);
  return [value, (next: T) => setValue(() => next)];
}
