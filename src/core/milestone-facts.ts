import { fingerprint } from './fingerprint';
import type { Milestone, MilestoneFacts } from './milestone';
import type { RegionId } from './regions';

/**
 * The facts of a milestone, without its wording: what a reader relies on. An extension update
 * that changes one of these changed the facts; one that only rewords or translates did not.
 */
export interface FactRecord {
  readonly when: string;
  readonly precision: string;
  readonly zone: string;
  readonly announced: string;
  readonly regions: readonly string[];
  readonly effect: string | null;
  readonly isDeadline: boolean;
  readonly confidence: string;
  readonly sourceUrls: readonly string[];
}

/** Milestone id → its facts, as some earlier version of the data had them. */
export type FactSnapshot = Readonly<Record<string, FactRecord>>;

export function toFactRecord(milestone: MilestoneFacts): FactRecord {
  return {
    when: milestone.when,
    precision: milestone.precision,
    zone: milestone.zone,
    announced: milestone.announced,
    regions: [...milestone.regions],
    effect: milestone.effect,
    isDeadline: milestone.isDeadline,
    confidence: milestone.confidence,
    sourceUrls: milestone.sources.map((source) => source.url),
  };
}

export function takeFactSnapshot(milestones: readonly MilestoneFacts[]): FactSnapshot {
  return Object.fromEntries(milestones.map((milestone) => [milestone.id, toFactRecord(milestone)]));
}

/**
 * A short, stable digest of a milestone's facts (FNV-1a over its fact record), so that what was
 * shown can be remembered per milestone and shown again only when its facts change.
 */
export function getFactFingerprint(milestone: MilestoneFacts): string {
  return fingerprint(JSON.stringify(toFactRecord(milestone)));
}

function isStringList(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isFactRecord(value: unknown): value is FactRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Readonly<Record<string, unknown>>;
  return (
    ['when', 'precision', 'zone', 'announced', 'confidence'].every((key) => typeof record[key] === 'string') &&
    (record['effect'] === null || typeof record['effect'] === 'string') &&
    typeof record['isDeadline'] === 'boolean' &&
    isStringList(record['regions']) &&
    isStringList(record['sourceUrls'])
  );
}

/**
 * A stored snapshot, or `undefined` when it is missing or damaged: a half-trusted snapshot would
 * report facts as changed that never were, so a damaged one is replaced, not compared.
 */
export function parseFactSnapshot(stored: unknown): FactSnapshot | undefined {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return undefined;
  const entries = Object.entries(stored as Readonly<Record<string, unknown>>);
  return entries.every(([, record]) => isFactRecord(record)) ? (Object.fromEntries(entries) as FactSnapshot) : undefined;
}

export type FactChangeKind = 'added' | 'date-corrected' | 'source-added' | 'details-corrected' | 'withdrawn';

export interface FactChange<M extends MilestoneFacts = Milestone> {
  readonly kind: FactChangeKind;
  readonly milestoneId: string;
  /** The milestone as it is now; absent when it was withdrawn. */
  readonly milestone?: M;
}

const isSameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((item, index) => item === b[index]);

function compareFacts(before: FactRecord, milestone: MilestoneFacts): FactChangeKind[] {
  const now = toFactRecord(milestone);
  const kinds: FactChangeKind[] = [];
  if (before.when !== now.when || before.precision !== now.precision || before.zone !== now.zone) kinds.push('date-corrected');
  if (now.sourceUrls.some((url) => !before.sourceUrls.includes(url))) kinds.push('source-added');
  const isOtherwiseChanged =
    before.announced !== now.announced ||
    before.effect !== now.effect ||
    before.isDeadline !== now.isDeadline ||
    before.confidence !== now.confidence ||
    !isSameList(before.regions, now.regions) ||
    before.sourceUrls.some((url) => !now.sourceUrls.includes(url));
  if (isOtherwiseChanged) kinds.push('details-corrected');
  return kinds;
}

/**
 * What changed for a region between a snapshot and the data now, in the data's order, withdrawn
 * entries last. A milestone counts for the region if it applied there before or applies now.
 */
export function diffFacts<M extends MilestoneFacts>(before: FactSnapshot, milestones: readonly M[], region: RegionId): FactChange<M>[] {
  const changes: FactChange<M>[] = [];
  for (const milestone of milestones) {
    const previous = before[milestone.id];
    if (!milestone.regions.includes(region) && !previous?.regions.includes(region)) continue;
    const kinds = previous ? compareFacts(previous, milestone) : ['added' as const];
    for (const kind of kinds) changes.push({ kind, milestoneId: milestone.id, milestone });
  }
  const currentIds = new Set(milestones.map((milestone) => milestone.id));
  for (const [milestoneId, previous] of Object.entries(before)) {
    if (!currentIds.has(milestoneId) && previous.regions.includes(region)) changes.push({ kind: 'withdrawn', milestoneId });
  }
  return changes;
}
