import type { MessageKey } from './messages';
import { findMilestone, type Milestone, type Source } from './milestone';

/**
 * One sentence the popup states as fact, with what backs it: the milestones whose sources it
 * rests on (their dates fill `$1`, `$2`… in the order of `dateOf`), and any further sources.
 */
export interface Statement {
  readonly id: string;
  readonly text: MessageKey;
  readonly basedOn: readonly string[];
  readonly dateOf?: readonly string[];
  readonly extraSources?: readonly Source[];
}

/** Sources in order, each once (milestones often share a source). */
export function withoutRepeatedSources(sources: readonly Source[]): Source[] {
  return sources.filter((source, index) => sources.findIndex((other) => other.url === source.url) === index);
}

/** The sources of a statement: those of its milestones, then its own, without repeats. */
export function getStatementSources(statement: Statement, milestones: readonly Milestone[]): Source[] {
  return withoutRepeatedSources([...statement.basedOn.flatMap((id) => findMilestone(milestones, id).sources), ...(statement.extraSources ?? [])]);
}
