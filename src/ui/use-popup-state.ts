import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PopupState } from '../core/popup-state';
import { loadPopupState, savePopupState } from '../platform/popup-state-store';

/** The popup's remembered state on this device, and a setter that stores every change. */
export function usePopupState(): [PopupState | undefined, (change: (state: PopupState) => PopupState) => void] {
  const [state, setState] = useState<PopupState>();
  useEffect(() => {
    void loadPopupState().then(setState);
  }, []);
  const update = useCallback((change: (current: PopupState) => PopupState) => {
    setState((current) => {
      if (!current) return current;
      const next = change(current);
      void savePopupState(next);
      return next;
    });
  }, []);
  return [state, update];
}
