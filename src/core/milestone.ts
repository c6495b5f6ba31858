import { parseISO } from 'date-fns';
import type { MessageKey } from './messages';
import type { RegionId } from './regions';

/** How alarming the situation is in a region. Ordered: each level is worse than the one before. */
export const LEVELS = ['none', 'info', 'warning', 'critical'] as const;
export type Level = (typeof LEVELS)[number];

/**
 * How exactly a source states when something happened. An instant is shown only where a source
 * gives a time of day; `day` and `month` milestones are stored as 00:00 in the issuing
 * authority's zone at the start of that day or month, and shown as a date with "time of day not
 * stated".
 */
export type Precision = 'instant' | 'day' | 'month';

/**
 * How well a milestone is established, as the fact base grades it. primary: the official text (or
 * a word-for-word copy) was read. primary-text: the official text was read, but its date comes
 * from several agreeing reports. secondary: several independent reports agree; the official text
 * was not read. single-report: one press report only (shown as that report's claim).
 */
export type Confidence = 'primary' | 'primary-text' | 'secondary' | 'single-report';

/**
 * A page whose own title we do not have (a plain-text file has none; for others the fact base and
 * the copies read do not give it): named by our description of it, a message, so that every
 * reader reads it in their language.
 */
export interface DescribedPage {
  readonly description: MessageKey;
}

export interface Source {
  /** Who published it, by name (where another site carries the copy or report, the link's host says which). */
  readonly publisher: string;
  /** The page's own title, as published and in its language; never words of ours, which are a `DescribedPage`. */
  readonly title: string | DescribedPage;
  readonly url: `https://${string}`;
  /** A copy in the Internet Archive's Wayback Machine, for when the original moves or disappears. */
  readonly archiveUrl: `https://${string}`;
  /**
   * primary: the authority's own page, on an official domain (a data test keeps the list);
   * copy: a word-for-word copy of an official text on another site; secondary: a press or
   * third-party report.
   */
  readonly kind: 'primary' | 'copy' | 'secondary';
  /**
   * Recorded for official pages and copies: true where the wording was read there (or in a
   * word-for-word copy, as the fact base notes). Not recorded for press reports.
   */
  readonly isTextRead?: boolean;
}

/** The i18n message keys of a milestone's text, so every language tells the same story. */
export interface MilestoneText {
  /** Short title, e.g. "Updates end". */
  readonly title: MessageKey;
  /** One or two sentences: what happened and what it means for people. */
  readonly summary: MessageKey;
}

/**
 * What the badge tooltip and popup say while this milestone is the latest one that matters
 * (it has an effect or is a deadline). `$1` in each is the key date, already formatted.
 */
export interface StateText {
  /** One full sentence: the status headline, also the tooltip after the region's name. */
  readonly headline: MessageKey;
  /**
   * The headline where its date names no day: a deadline more than 30 days past is named by its
   * month ("desde septiembre de 2024", not "desde el 29 de septiembre…"). Only where some
   * language words the two differently; otherwise `headline` takes either (a test renders each
   * headline with every form of date it can get).
   */
  readonly headlineWithoutDay?: MessageKey;
  /** One plain sentence on what it means for a person in the region. */
  readonly meaning: MessageKey;
}

/** A milestone as the data writes it: instants as ISO 8601 text with their offset. */
export interface MilestoneRecord {
  /** Stable id, as in the fact base (shared/facts/kaspersky-timeline.md). Never reuse one. */
  readonly id: string;
  /** ISO 8601 with an explicit offset, e.g. `2024-09-29T00:00:00-04:00`. */
  readonly when: string;
  readonly precision: Precision;
  /** IANA zone of the authority that set or reported the date; day and month dates are in it. */
  readonly zone: string;
  /** When it became known (ISO 8601 with offset). A deadline is never shown before this. */
  readonly announced: string;
  readonly regions: readonly RegionId[];
  /** The level it sets from `when` on in its regions; `null` for context that changes nothing. */
  readonly effect: Level | null;
  /** A date by which someone must have acted (the badge counts down to it). */
  readonly isDeadline: boolean;
  readonly confidence: Confidence;
  /**
   * Whom it covers, quoted from the fact base's "scope" (or "effect for people") column. Required
   * where a headline or meaning says "only" (a data test compares it with the fact base).
   */
  readonly scope?: string;
  /** True where the fact base marks the day approximate; the popup says so beside the date. */
  readonly isApproximate?: boolean;
  /** The calendar day (YYYY-MM-DD, in `zone`) the press first reported it, where later than `when`. */
  readonly reportedOn?: string;
  readonly text: MilestoneText;
  /** Required exactly when `effect` is set or `isDeadline` is true (the data test checks). */
  readonly stateText?: StateText;
  readonly sources: readonly [Source, ...Source[]];
}

/** Instants parsed once, where the data is loaded: every status sorts and filters all milestones, and parsing was the largest share of the popup's script time. */
export interface ParsedInstants {
  /** `when` in milliseconds since the epoch. */
  readonly whenTime: number;
  /** `announced` in milliseconds since the epoch. */
  readonly announcedTime: number;
}

/** A milestone with its instants parsed. */
export interface Milestone extends MilestoneRecord, ParsedInstants {}

/**
 * The facts of a milestone as the data writes them: what the background needs (compared and
 * fingerprinted to notice an update that changed them, so its sources' addresses too) and the keys
 * of its title and headline. The build ships the data in two parts (scripts/bundled-data-plugin.ts):
 * these facts, which the background and the pages load (chunks/milestones.js), and the rest, which
 * only the pages load (`MilestoneTexts`).
 */
export interface MilestoneFactRecord extends Pick<MilestoneRecord, 'id' | 'when' | 'precision' | 'zone' | 'announced' | 'regions' | 'effect' | 'isDeadline' | 'confidence' | 'isApproximate'> {
  readonly text: Pick<MilestoneText, 'title'>;
  readonly stateText?: Pick<StateText, 'headline' | 'headlineWithoutDay'>;
  readonly sources: readonly [Pick<Source, 'url'>, ...Pick<Source, 'url'>[]];
}

/** A milestone's facts with its instants parsed: the status, reminders and fact snapshots work on these, and on whole milestones alike. */
export interface MilestoneFacts extends MilestoneFactRecord, ParsedInstants {}

/** What the pages add to a milestone's facts: its other texts, and its sources but their addresses (in the facts' order). */
export interface MilestoneTexts extends Pick<MilestoneRecord, 'scope' | 'reportedOn'> {
  readonly summary: MessageKey;
  /** Exactly where the facts have a headline. */
  readonly meaning?: MessageKey;
  readonly sources: readonly Omit<Source, 'url' | 'archiveUrl'>[];
}

export function parseMilestone<R extends MilestoneFactRecord>(record: R): R & ParsedInstants {
  return { ...record, whenTime: parseISO(record.when).getTime(), announcedTime: parseISO(record.announced).getTime() };
}

export function getWhen(milestone: MilestoneFacts): Date {
  return new Date(milestone.whenTime);
}

export function getAnnounced(milestone: MilestoneFacts): Date {
  return new Date(milestone.announcedTime);
}

/** A milestone is passed from its instant on: at 2024-09-29T04:00:00Z updates have ended. */
export function isPassed(milestone: MilestoneFacts, now: Date): boolean {
  return milestone.whenTime <= now.getTime();
}

/** Known at `now`: from its announcement on (a date set ahead, or an event reported only afterwards). */
export function isAnnounced(milestone: MilestoneFacts, now: Date): boolean {
  return milestone.announcedTime <= now.getTime();
}

/**
 * When a milestone counts as having happened for a reader: its instant, or its report where that
 * came later. Google Play's removal happened about 2024-09-27 but was reported on 2024-10-07: a
 * clock between the two shows the status as it stood then, which did not include it yet.
 */
export function getKnownPassedTime(milestone: MilestoneFacts): number {
  return Math.max(milestone.whenTime, milestone.announcedTime);
}

/** Passed, and known at `now` to have happened (see getKnownPassedTime). */
export function isKnownPassed(milestone: MilestoneFacts, now: Date): boolean {
  return getKnownPassedTime(milestone) <= now.getTime();
}

/** A region's milestones, earliest first. */
export function getRegionMilestones<M extends MilestoneFacts>(milestones: readonly M[], region: RegionId): M[] {
  return milestones.filter((milestone) => milestone.regions.includes(region)).sort((a, b) => a.whenTime - b.whenTime);
}

export function findMilestone<M extends MilestoneFacts>(milestones: readonly M[], id: string): M {
  const milestone = milestones.find((candidate) => candidate.id === id);
  if (!milestone) throw new Error(`No milestone "${id}"`);
  return milestone;
}
