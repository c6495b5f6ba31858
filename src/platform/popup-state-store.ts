import { parsePopupState, type PopupState } from '../core/popup-state';
import { browser } from './browser';

/** In `storage.local`: which sections are open and which steps are ticked belong to this device. */
export const POPUP_STATE_STORAGE_KEY = 'popupState';

export async function loadPopupState(): Promise<PopupState> {
  const stored: Record<string, unknown> = await browser.storage.local.get(POPUP_STATE_STORAGE_KEY);
  return parsePopupState(stored[POPUP_STATE_STORAGE_KEY]);
}

export async function savePopupState(state: PopupState): Promise<void> {
  await browser.storage.local.set({ [POPUP_STATE_STORAGE_KEY]: state });
}
