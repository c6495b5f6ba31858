import { DEFAULT_POPUP_STATE, parsePopupState, type PopupState } from '../core/popup-state';
import { browser } from './browser';

/** In `storage.local`: which sections are open and which steps are ticked belong to this device. */
export const POPUP_STATE_STORAGE_KEY = 'popupState';

/** Never fails: without storage the popup opens with its default sections. */
export async function loadPopupState(): Promise<PopupState> {
  try {
    const stored: Record<string, unknown> = await browser.storage.local.get(POPUP_STATE_STORAGE_KEY);
    return parsePopupState(stored[POPUP_STATE_STORAGE_KEY]);
  } catch (error) {
    console.warn('Reading the popup state failed', error);
    return DEFAULT_POPUP_STATE;
  }
}

export async function savePopupState(state: PopupState): Promise<void> {
  try {
    await browser.storage.local.set({ [POPUP_STATE_STORAGE_KEY]: state });
  } catch (error) {
    console.warn('Saving the popup state failed', error);
  }
}
