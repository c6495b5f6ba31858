import { useState } from 'preact/hooks';
import type { DisplayContext } from '../core/format-milestone-date';
import type { Translate } from '../core/messages';
import type { Milestone } from '../core/milestone';
import type { RegionId } from '../core/regions';

type SaveState = { readonly kind: 'idle' } | { readonly kind: 'saved'; readonly fileName: string } | { readonly kind: 'failed' };

/** Hands a file made in the page to the browser's downloads: no server, no permission. */
function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has taken its copy once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

interface CalendarButtonProps {
  readonly region: RegionId;
  readonly milestones: readonly Milestone[];
  readonly now: Date;
  readonly translate: Translate;
  readonly display: DisplayContext;
}

/** "Add to calendar": the region's milestones as an .ics file, built on the device. */
export function CalendarButton({ region, milestones, now, translate, display }: CalendarButtonProps) {
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const handleClick = (): void => {
    setSaveState({ kind: 'idle' });
    // Loaded on demand: most readers never export, and the popup opens faster without it.
    import('../core/build-milestone-calendar')
      .then(({ buildMilestoneCalendar }) => {
        const { fileName, text } = buildMilestoneCalendar(milestones, region, now, translate, display);
        downloadText(fileName, text, 'text/calendar;charset=utf-8');
        setSaveState({ kind: 'saved', fileName });
      })
      .catch((error: unknown) => {
        console.warn('Making the calendar file failed', error);
        setSaveState({ kind: 'failed' });
      });
  };
  return (
    <div class="calendar">
      <button type="button" onClick={handleClick} aria-describedby="calendar-help">
        {translate('calendar_add')}
      </button>
      <p id="calendar-help" class="note">
        {translate('calendar_help')}
      </p>
      <p role="status" class="note">
        {saveState.kind === 'saved' && translate('calendar_saved', [saveState.fileName])}
        {saveState.kind === 'failed' && translate('calendar_failed')}
      </p>
    </div>
  );
}
