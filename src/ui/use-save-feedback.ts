import { useEffect, useRef, useState } from 'preact/hooks';
import type { MessageKey } from '../core/messages';

/** The parts of the options page that each say "Saved" (or that saving failed) beside themselves. */
export type ControlGroup = 'region' | 'language' | 'theme' | 'badge' | 'reminders' | 'muted-reminders' | 'reset';

export type SaveFeedback =
  | { readonly group: ControlGroup; readonly kind: 'saved'; readonly messageKey: MessageKey; readonly substitutions?: readonly string[] }
  | { readonly group: ControlGroup; readonly kind: 'failed' };

/**
 * How long a confirmation stays on screen: long enough to be read after a look back at the
 * control, short enough that an old "Saved" is not taken for the answer to a later change. A
 * failure stays until the next change: it asks the reader to do something.
 */
export const CONFIRMATION_SHOWN_MS = 10_000;

/** How a change reports its outcome beside its group. */
export interface ChangeOutcome {
  readonly confirm: (messageKey: MessageKey, substitutions?: readonly string[]) => void;
  readonly fail: () => void;
}

export interface SaveFeedbackEditor {
  /** What the page says now, and beside which group; `undefined` when it says nothing. */
  readonly feedback: SaveFeedback | undefined;
  /**
   * A change to `group` starts: the page says nothing anywhere (a message beside another control
   * is about an older change) until its outcome. A change started later wins: an earlier save that
   * finishes after it (a slow write under the storage lock) says nothing, so its "Saved" never
   * replaces the later message.
   */
  readonly begin: (group: ControlGroup) => ChangeOutcome;
}

/** One message at a time on the options page, beside the control it is about. */
export function useSaveFeedback(): SaveFeedbackEditor {
  const [feedback, setFeedback] = useState<SaveFeedback>();
  const latestChange = useRef(0);
  useEffect(() => {
    if (feedback?.kind !== 'saved') return undefined;
    const timer = setTimeout(() => setFeedback(undefined), CONFIRMATION_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [feedback]);
  return {
    feedback,
    begin: (group) => {
      latestChange.current += 1;
      const change = latestChange.current;
      setFeedback(undefined);
      const isLatest = (): boolean => change === latestChange.current;
      return {
        confirm: (messageKey, substitutions) => {
          if (isLatest()) setFeedback({ group, kind: 'saved', messageKey, ...(substitutions ? { substitutions } : {}) });
        },
        fail: () => {
          if (isLatest()) setFeedback({ group, kind: 'failed' });
        },
      };
    },
  };
}
