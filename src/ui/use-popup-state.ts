import { useCallback, useState } from 'preact/hooks';
import type { PopupState } from '../core/popup-state';
import { savePopupState } from '../platform/popup-state-store';

/** The popup's remembered state on this device, read before its first render, and a setter that stores every change. */
export function usePopupState(initial: PopupState): [PopupState, (change: (state: PopupState) => PopupState) => void] {
  const [state, setState] = useState(initial);
  const update = useCallback((change: (current: PopupState) => PopupState) => {
    setState((current) => {
      const next = change(current);
      void savePopupState(next);
      return next;
    });
  }, []);
  return [state, update];
}
