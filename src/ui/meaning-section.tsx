import type { DisplayContext } from '../core/format-milestone-date';
import { getMeaningStatements } from '../core/meaning';
import type { Translate } from '../core/messages';
import type { Milestone } from '../core/milestone';
import type { RegionStatus } from '../core/status';
import { StatementList } from './statement-list';

interface MeaningSectionProps {
  readonly status: RegionStatus;
  readonly milestones: readonly Milestone[];
  readonly now: Date;
  readonly translate: Translate;
  readonly display: DisplayContext;
}

/** What the status means for the reader, beyond the paragraph under the headline, each fact with its sources. */
export function MeaningSection({ status, milestones, now, translate, display }: MeaningSectionProps) {
  const statements = getMeaningStatements(status, milestones, now);
  return statements.length > 0 ? <StatementList statements={statements} id="meaning-statements" milestones={milestones} translate={translate} display={display} /> : null;
}
