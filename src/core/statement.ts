import type { MessageKey } from './messages';
import type { Language } from './language';
import { findMilestone, type Milestone, type Source } from './milestone';
import type { HelpSource } from './source';

/**
 * One sentence the popup states as fact, with what backs it: the milestones whose sources it
 * rests on (their dates fill `$1`, `$2`… in the order of `dateOf`), and any further sources.
 */
export interface Statement {
  readonly id: string;
  readonly text: MessageKey;
  readonly basedOn: readonly string[];
  readonly dateOf?: readonly string[];
  readonly extraSources?: readonly HelpSource[];
  /**
   * Languages whose text names menus or buttons (Settings > Apps) in words not checked against a
   * vendor help page in that language: the labels there are our translation of the English ones.
   */
  readonly unconfirmedLabelsIn?: readonly Exclude<Language, 'en'>[];
}

/** Sources in order, each once (milestones often share a source). */
export function withoutRepeatedSources(sources: readonly Source[]): Source[] {
  return sources.filter((source, index) => sources.findIndex((other) => other.url === source.url) === index);
}

/**
 * The sources of a statement for a reader of `language`: first the pages written in that language,
 * then those of its milestones and its own, without repeats. Pages for readers of another
 * language are left out.
 */
export function getStatementSources(statement: Statement, milestones: readonly Milestone[], language: Language): Source[] {
  const own = statement.extraSources ?? [];
  const inReadersLanguage = own.filter((source) => source.language === language);
  const forEveryone = own.filter((source) => source.language === undefined);
  return withoutRepeatedSources([...inReadersLanguage, ...statement.basedOn.flatMap((id) => findMilestone(milestones, id).sources), ...forEveryone]);
}
