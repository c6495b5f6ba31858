import { browser } from './browser';
import { isPlainObject } from '../core/is-plain-object';

/**
 * The one door to `browser.storage`. Stored values are untrusted input for the parsers in
 * src/core; this layer only makes reading, writing and watching safe: a failure is logged once per
 * area, key and operation (a broken profile fails every time, and the console would fill), reads
 * then answer `undefined`, and writes answer false.
 */
export type WritableArea = 'sync' | 'local';
export type StorageArea = WritableArea | 'managed';

type StoredChanges = Readonly<Record<string, { readonly newValue?: unknown }>>;

const reportedFailures = new Set<string>();

function reportFailure(operation: string, area: StorageArea, key: string | undefined, error: unknown): void {
  const name = `${operation} ${area}${key === undefined ? '' : `.${key}`}`;
  if (reportedFailures.has(name)) return;
  reportedFailures.add(name);
  console.warn(`Storage: ${name} failed`, error);
}

/** The value stored under `key`; `undefined` when there is none or storage cannot be read. */
export async function readStored(area: StorageArea, key: string): Promise<unknown> {
  try {
    const stored: unknown = await browser.storage[area].get(key);
    return isPlainObject(stored) ? stored[key] : undefined;
  } catch (error) {
    reportFailure('reading', area, key, error);
    return undefined;
  }
}

/**
 * Everything in an area, for managed storage, whose keys are the administrator's. `undefined`
 * when it cannot be read: Firefox rejects the read when no policy is installed.
 */
export async function readArea(area: StorageArea): Promise<Readonly<Record<string, unknown>> | undefined> {
  try {
    const stored: unknown = await browser.storage[area].get();
    return isPlainObject(stored) ? stored : undefined;
  } catch (error) {
    if (area !== 'managed') reportFailure('reading', area, undefined, error);
    return undefined;
  }
}

/** True when written; a failure is logged, and the caller decides whether the user must know. */
export async function writeStored(area: WritableArea, key: string, value: unknown): Promise<boolean> {
  try {
    await browser.storage[area].set({ [key]: value });
    return true;
  } catch (error) {
    reportFailure('writing', area, key, error);
    return false;
  }
}

export async function removeStored(area: WritableArea, key: string): Promise<boolean> {
  try {
    await browser.storage[area].remove(key);
    return true;
  } catch (error) {
    reportFailure('removing', area, key, error);
    return false;
  }
}

/** In-page queues, for where the Web Locks API is missing (it is in every supported browser). */
const pendingChanges = new Map<string, Promise<unknown>>();

function runExclusively<T>(lockName: string, task: () => Promise<T>): Promise<T> {
  // Extension pages and the background share one origin, so a Web Lock serialises a read and its
  // write across all of them: the options page and the status page cannot lose each other's change.
  // https://developer.mozilla.org/en-US/docs/Web/API/Web_Locks_API
  const locks = typeof navigator === 'undefined' ? undefined : (navigator.locks as LockManager | null | undefined);
  if (locks) return locks.request(lockName, task) as Promise<T>;
  const run = (pendingChanges.get(lockName) ?? Promise.resolve()).then(task, task);
  pendingChanges.set(lockName, run.catch(() => undefined));
  return run;
}

/**
 * Reads `key`, applies `change` and writes the result, with no other change of the same key in
 * between, from this page or another one. Resolves to what was written; rejects when the write
 * failed, so a page can say so.
 */
export function updateStored<T>(area: WritableArea, key: string, change: (stored: unknown) => T): Promise<T> {
  return runExclusively(`storage:${area}:${key}`, async () => {
    const next = change(await readStored(area, key));
    if (!(await writeStored(area, key, next))) throw new Error(`Saving ${key} failed`);
    return next;
  });
}

/**
 * Removes `key` once any change of it under way (`updateStored`, from any page) is written, so a
 * reset is never undone by a save that started before it and finishes after.
 */
export function removeStoredInTurn(area: WritableArea, key: string): Promise<boolean> {
  return runExclusively(`storage:${area}:${key}`, () => removeStored(area, key));
}

/**
 * Calls `listener` with the new values of those of `keys` that changed in `area` (`undefined` for a
 * removed one), from any page, the background or the sync service. An empty `keys` watches every
 * key of the area. Returns a function that stops watching.
 */
export function watchStored(
  area: StorageArea,
  keys: readonly string[],
  listener: (newValues: Readonly<Record<string, unknown>>) => void,
): () => void {
  const handleChange = (changes: StoredChanges, areaName: string): void => {
    if (areaName !== area) return;
    const changedKeys = keys.length === 0 ? Object.keys(changes) : keys.filter((key) => key in changes);
    if (changedKeys.length === 0) return;
    listener(Object.fromEntries(changedKeys.map((key) => [key, changes[key]?.newValue])));
  };
  browser.storage.onChanged.addListener(handleChange);
  return () => {
    browser.storage.onChanged.removeListener(handleChange);
  };
}
