import type { DisplayContext } from '../core/format-milestone-date';
import type { Statement } from '../core/guidance';
import type { Translate } from '../core/messages';
import { StatementText } from './statement-text';

interface StatementListProps {
  readonly statements: readonly Statement[];
  readonly id?: string;
  readonly translate: Translate;
  readonly display: DisplayContext;
}

/** Sentences stated as fact, one per item, each followed by its sources. */
export function StatementList({ statements, id, translate, display }: StatementListProps) {
  return (
    <ul class="statements" id={id}>
      {statements.map((statement) => (
        <li key={statement.id}>
          <StatementText statement={statement} translate={translate} display={display} />
        </li>
      ))}
    </ul>
  );
}
