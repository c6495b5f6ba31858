import type { MilestoneFactRecord, MilestoneRecord, MilestoneTexts, Source } from './milestone';
import { getArchiveUrl } from './source';

/** The two parts must match one for one; parts that do not are a broken build, which says so rather than guess. */
function checkSameLength(what: string, facts: readonly unknown[], texts: readonly unknown[]): void {
  if (facts.length !== texts.length) throw new Error(`The bundled data is broken: ${facts.length} ${what} in the facts, ${texts.length} in the texts.`);
}

function joinMilestone(facts: MilestoneFactRecord, texts: MilestoneTexts): MilestoneRecord {
  const { text, stateText, sources, ...rest } = facts;
  const { summary, meaning, sources: sourceTexts, ...details } = texts;
  checkSameLength(`sources of ${facts.id}`, sources, sourceTexts);
  // Same length, checked above.
  const toSource = ({ url }: Pick<Source, 'url'>, index: number): Source => ({ ...(sourceTexts[index] as MilestoneTexts['sources'][number]), url, archiveUrl: getArchiveUrl(url) });
  const [first, ...others] = sources;
  return {
    ...rest,
    ...details,
    text: { title: text.title, summary },
    ...(stateText && meaning ? { stateText: { ...stateText, meaning } } : {}),
    sources: [toSource(first, 0), ...others.map((source, index) => toSource(source, index + 1))],
  };
}

/**
 * Whole milestones from their two parts as the build ships them (scripts/bundled-data-plugin.ts):
 * the facts every part of the extension loads, and the texts only the pages load, in the same
 * order. Every source's archived copy is the Wayback form of its address (source.ts), so only the
 * address is shipped.
 */
export function joinMilestones(factRecords: readonly MilestoneFactRecord[], texts: readonly MilestoneTexts[]): MilestoneRecord[] {
  checkSameLength('milestones', factRecords, texts);
  // Same length, checked above.
  return factRecords.map((facts, index) => joinMilestone(facts, texts[index] as MilestoneTexts));
}
