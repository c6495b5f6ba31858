import type { DisplayContext } from '../core/format-milestone-date';
import type { Statement } from '../core/statement';
import type { Translate } from '../core/messages';
import type { Milestone } from '../core/milestone';
import { StatementText } from './statement-text';

interface StatementListProps {
  readonly statements: readonly Statement[];
  readonly id?: string;
  readonly milestones: readonly Milestone[];
  readonly translate: Translate;
  readonly display: DisplayContext;
}

/** Sentences stated as fact, one per item, each followed by its sources. */
export function StatementList({ statements, id, milestones, translate, display }: StatementListProps) {
  return (
    <ul class="statements" id={id}>
      {statements.map((statement) => (
        <li key={statement.id}>
          <StatementText statement={statement} milestones={milestones} translate={translate} display={display} />
        </li>
      ))}
    </ul>
  );
}
