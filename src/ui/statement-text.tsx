import { Fragment } from 'preact';
import type { DisplayContext } from '../core/format-milestone-date';
import { formatMilestoneDate } from '../core/format-milestone-date';
import { getLanguageOfLocale } from '../core/language';
import { findMilestone, type Milestone } from '../core/milestone';
import { getSourceTitle } from '../core/source';
import { getStatementSources, type Statement } from '../core/statement';
import type { Translate } from '../core/messages';
import { getHost } from './source-list';

interface StatementProps {
  readonly statement: Statement;
  /** The data its milestones are looked up in. */
  readonly milestones: readonly Milestone[];
  readonly translate: Translate;
  readonly display: DisplayContext;
}

/** The sentence itself, with its milestones' dates filled in. */
export function getStatementText({ statement, milestones, translate, display }: StatementProps): string {
  const dates = (statement.dateOf ?? []).map((id) => formatMilestoneDate(findMilestone(milestones, id), display, translate).display);
  return translate(statement.text, dates);
}

/** The links that back a statement, after it: "Source: title (site), …", pages in the reader's language first. */
export function StatementSources({ statement, milestones, translate, display }: StatementProps) {
  const sources = getStatementSources(statement, milestones, getLanguageOfLocale(display.locale));
  if (sources.length === 0) return null;
  return (
    <span class="source-inline">
      {' '}
      {translate('source_label')}{' '}
      {sources.map((source, index) => (
        <Fragment key={source.url}>
          {index > 0 && ', '}
          <a href={source.url} target="_blank" rel="noreferrer">
            {translate('source_link_label', [getSourceTitle(source, translate), getHost(source.url)])}
          </a>
        </Fragment>
      ))}
    </span>
  );
}

/** A sentence stated as fact, followed by the links that back it. */
export function StatementText(props: StatementProps) {
  return (
    <>
      {getStatementText(props)}
      <StatementSources {...props} />
    </>
  );
}
