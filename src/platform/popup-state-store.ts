import { parsePopupState, type PopupState } from '../core/popup-state';
import { readStored, writeStored } from './storage';

/** In `storage.local`: which sections are open and which steps are ticked belong to this device. */
export const POPUP_STATE_STORAGE_KEY = 'popupState';

/** Never fails: without storage the popup opens with its default sections. */
export async function loadPopupState(): Promise<PopupState> {
  return parsePopupState(await readStored('local', POPUP_STATE_STORAGE_KEY));
}

export async function savePopupState(state: PopupState): Promise<void> {
  await writeStored('local', POPUP_STATE_STORAGE_KEY, state);
}
