import { describeFactChange } from '../core/describe-notifications';
import type { Translate } from '../core/messages';
import { diffFacts, takeFactSnapshot, type FactSnapshot } from '../core/milestone-facts';
import type { Milestone } from '../core/milestone';
import type { RegionId } from '../core/regions';
import { useReadFacts } from './use-read-facts';

/**
 * After an extension update changed the facts for the reader's region: what changed (an added
 * milestone, a corrected date, a new source), until marked as read. Nothing after an update that
 * only changed code or wording.
 */
interface UpdatedNoteProps {
  readonly region: RegionId;
  readonly milestones: readonly Milestone[];
  /** As read before the popup's first render. */
  readonly initialReadFacts: FactSnapshot | undefined;
  readonly translate: Translate;
}

export function UpdatedNote({ region, milestones, initialReadFacts, translate }: UpdatedNoteProps) {
  const [readFacts, markRead] = useReadFacts(initialReadFacts);
  if (!readFacts) return null;
  const changes = diffFacts(readFacts, milestones, region);
  if (changes.length === 0) return null;
  return (
    <section class="notice" id="updated-note" aria-labelledby="updated-heading">
      <h2 id="updated-heading">{translate('updated_heading')}</h2>
      <ul class="changes">
        {changes.map((change) => (
          <li key={`${change.kind}-${change.milestoneId}`}>{describeFactChange(change, translate)}</li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() => {
          markRead(takeFactSnapshot(milestones));
          // The note and its button go away: keep keyboard and screen-reader users in place.
          document.getElementById('headline')?.focus();
        }}
      >
        {translate('updated_mark_read')}
      </button>
    </section>
  );
}
