import { useState } from 'preact/hooks';
import type { Translate } from '../core/messages';

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies the text `getSummary` builds, in the click, and says whether it worked. */
export function CopySummaryButton({ getSummary, translate }: { readonly getSummary: () => string; readonly translate: Translate }) {
  const [copyState, setCopyState] = useState<CopyState>('idle');
  const handleClick = (): void => {
    // Cleared first, so copying again is announced again.
    setCopyState('idle');
    navigator.clipboard.writeText(getSummary()).then(
      () => {
        setCopyState('copied');
      },
      () => {
        setCopyState('failed');
      },
    );
  };
  return (
    <div class="copy">
      <button type="button" onClick={handleClick}>
        {translate('copy_summary')}
      </button>
      <span role="status" class="note">
        {copyState === 'copied' && translate('copy_done')}
        {copyState === 'failed' && translate('copy_failed')}
      </span>
    </div>
  );
}
