import { isPlainObject } from './is-plain-object';

/** What the popup remembers on this device: which sections are open. */
export interface PopupState {
  readonly openSections: readonly string[];
}

/** Sections open until the reader closes them: what it means for you, and when things happen. */
export const DEFAULT_POPUP_STATE: PopupState = { openSections: ['meaning', 'timeline'] };

/** Ids are short; anything longer is not ours. */
const MAX_ID_LENGTH = 64;
const MAX_IDS = 100;

function parseIds(value: unknown, fallback: readonly string[]): readonly string[] {
  if (!Array.isArray(value)) return fallback;
  const ids = value.filter((item): item is string => typeof item === 'string' && item.length > 0 && item.length <= MAX_ID_LENGTH);
  return [...new Set(ids)].slice(0, MAX_IDS);
}

/**
 * Untrusted input, like settings: anything broken falls back to the default. The ticked steps it
 * once held belong to the checklist now (checklists.ts), with the facts each rested on.
 */
export function parsePopupState(stored: unknown): PopupState {
  const record = isPlainObject(stored) ? stored : {};
  return { openSections: parseIds(record['openSections'], DEFAULT_POPUP_STATE.openSections) };
}
