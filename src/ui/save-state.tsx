import type { Translate } from '../core/messages';
import type { ControlGroup, SaveFeedback } from './use-save-feedback';

interface SaveStateProps {
  readonly group: ControlGroup;
  readonly feedback: SaveFeedback | undefined;
  readonly translate: Translate;
}

/**
 * Beside a control: "Saved" once its change is stored, or that it could not be. The element is
 * always there, empty until it has something to say: screen readers announce a live region's
 * new text only when the region was in the page before the text arrived.
 */
export function SaveState({ group, feedback, translate }: SaveStateProps) {
  const shown = feedback?.group === group ? feedback : undefined;
  return (
    <p role="status" id={`${group}-save-state`} class={shown?.kind === 'failed' ? 'save-state error' : 'save-state'}>
      {shown?.kind === 'saved' && translate(shown.messageKey, shown.substitutions)}
      {shown?.kind === 'failed' && translate('options_save_failed')}
    </p>
  );
}
