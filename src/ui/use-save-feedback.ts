import { useEffect, useState } from 'preact/hooks';
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

export interface SaveFeedbackEditor {
  /** What the page says now, and beside which group; `undefined` when it says nothing. */
  readonly feedback: SaveFeedback | undefined;
  readonly confirm: (group: ControlGroup, messageKey: MessageKey, substitutions?: readonly string[]) => void;
  readonly fail: (group: ControlGroup) => void;
  /** Says nothing anywhere: a change elsewhere makes an older message beside another control stale. */
  readonly clear: () => void;
}

/** One message at a time on the options page, beside the control it is about. */
export function useSaveFeedback(): SaveFeedbackEditor {
  const [feedback, setFeedback] = useState<SaveFeedback>();
  useEffect(() => {
    if (feedback?.kind !== 'saved') return undefined;
    const timer = setTimeout(() => setFeedback(undefined), CONFIRMATION_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [feedback]);
  return {
    feedback,
    confirm: (group, messageKey, substitutions) => setFeedback({ group, kind: 'saved', messageKey, ...(substitutions ? { substitutions } : {}) }),
    fail: (group) => setFeedback({ group, kind: 'failed' }),
    clear: () => setFeedback(undefined),
  };
}
