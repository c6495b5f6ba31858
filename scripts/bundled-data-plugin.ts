import { resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';
import type { ChecklistGroup, ChecklistGroupFacts, ChecklistScope, ChecklistStep, ChecklistStepFacts } from '../src/core/checklists.ts';
import type { Milestone, MilestoneFactRecord, MilestoneRecord, MilestoneTexts } from '../src/core/milestone.ts';
import { getArchiveUrl } from '../src/core/source.ts';

/**
 * The data in the parts each entry loads, made at build time from src/core/milestones.ts and
 * src/core/checklist-groups.ts as they are, so that no part can drift from them:
 *
 * - `virtual:milestone-facts` (chunks/milestones.js), loaded by the background and the pages: each
 *   milestone's facts, as written (`MilestoneFactRecord`).
 * - `virtual:milestone-texts`, loaded by the pages only: the rest of each milestone (`MilestoneTexts`),
 *   joined to its facts by src/core/join-milestone.ts.
 * - `virtual:checklist-facts`, loaded by the background only: the checklist's ids, scopes and what
 *   its steps rest on (`ChecklistGroupFacts`); the pages load checklist-groups.ts whole.
 *
 * The background needs the facts to draw the badge and plan reminders; the sources' titles and
 * publishers, the summaries and meanings, the steps' texts are the pages' alone.
 */
const MODULES = {
  'virtual:milestone-facts': { name: 'MILESTONE_FACT_RECORDS', select: (data: SourceData) => data.milestones.map(toMilestoneFactRecord) },
  'virtual:milestone-texts': { name: 'MILESTONE_TEXTS', select: (data: SourceData) => data.milestones.map(toMilestoneTexts) },
  'virtual:checklist-facts': { name: 'CHECKLIST_FACTS', select: (data: SourceData) => data.checklistGroups.map(toChecklistGroupFacts) },
} as const satisfies Record<string, { readonly name: string; readonly select: (data: SourceData) => unknown }>;

export type BundledDataModuleId = keyof typeof MODULES;

interface SourceData {
  readonly milestones: readonly MilestoneRecord[];
  readonly checklistGroups: readonly ChecklistGroup[];
}


/** The facts of a milestone as written (src/core/milestone.ts, `MilestoneFactRecord`). */
export function toMilestoneFactRecord(milestone: MilestoneRecord): MilestoneFactRecord {
  const { id, when, precision, zone, announced, regions, effect, isDeadline, confidence, isApproximate, text, stateText, sources } = milestone;
  const [first, ...others] = sources;
  return {
    id,
    when,
    precision,
    zone,
    announced,
    regions,
    effect,
    isDeadline,
    confidence,
    ...(isApproximate === undefined ? {} : { isApproximate }),
    text: { title: text.title },
    ...(stateText === undefined
      ? {}
      : { stateText: { headline: stateText.headline, ...(stateText.headlineWithoutDay === undefined ? {} : { headlineWithoutDay: stateText.headlineWithoutDay }) } }),
    sources: [{ url: first.url }, ...others.map(({ url }) => ({ url }))],
  };
}

/** The rest of a milestone: what src/core/join-milestone.ts joins to its facts. Every archived copy must be the Wayback form of its address. */
export function toMilestoneTexts(milestone: MilestoneRecord): MilestoneTexts {
  const { scope, reportedOn, text, stateText, sources } = milestone;
  return {
    ...(scope === undefined ? {} : { scope }),
    ...(reportedOn === undefined ? {} : { reportedOn }),
    summary: text.summary,
    ...(stateText === undefined ? {} : { meaning: stateText.meaning }),
    sources: sources.map(({ url, archiveUrl, ...source }) => {
      if (archiveUrl !== getArchiveUrl(url)) throw new Error(`${milestone.id}: the archived copy of ${url} is not ${getArchiveUrl(url)} (src/core/source.ts).`);
      return source;
    }),
  };
}

/** Only the scope a group or step declares. */
function pickScope({ isUsRulesOnly, shownFrom }: ChecklistScope): ChecklistScope {
  return { ...(isUsRulesOnly === undefined ? {} : { isUsRulesOnly }), ...(shownFrom === undefined ? {} : { shownFrom }) };
}

function toChecklistStepFacts(step: ChecklistStep): ChecklistStepFacts {
  return { id: step.id, ...pickScope(step), basedOn: step.basedOn, ...(step.extraSources ? { extraSources: step.extraSources.map(({ url, language }) => (language === undefined ? { url } : { url, language })) } : {}) };
}

/** What the background needs of a checklist group (src/core/checklists.ts, `ChecklistGroupFacts`). */
export function toChecklistGroupFacts(group: ChecklistGroup): ChecklistGroupFacts {
  return { id: group.id, ...pickScope(group), steps: group.steps.map(toChecklistStepFacts) };
}

/** What a bundled data module exports, from the data given (the plugin gives the data as it is now). */
export function selectBundledData(id: BundledDataModuleId, milestones: readonly Milestone[], checklistGroups: readonly ChecklistGroup[]): unknown {
  return MODULES[id].select({ milestones, checklistGroups });
}

/** As `JSON.parse` of a string literal: engines parse it faster than the same object literal. */
function createModuleCode(id: BundledDataModuleId, data: SourceData): string {
  const { name, select } = MODULES[id];
  return `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(select(data)))});`;
}

function isBundledDataModuleId(id: string): id is BundledDataModuleId {
  return id in MODULES;
}

const MILESTONES_FILE = resolve(import.meta.dirname, '../src/core/milestones.ts');
const CHECKLIST_GROUPS_FILE = resolve(import.meta.dirname, '../src/core/checklist-groups.ts');

/** Runs the data modules as they are now. Imported when the build asks, not with the Vite config: its loader would bundle them in. */
async function readSourceData(): Promise<SourceData> {
  const [{ MILESTONES }, { CHECKLIST_GROUPS }] = (await Promise.all([tsImport(MILESTONES_FILE, import.meta.url), tsImport(CHECKLIST_GROUPS_FILE, import.meta.url)])) as [
    typeof import('../src/core/milestones.ts'),
    typeof import('../src/core/checklist-groups.ts'),
  ];
  return { milestones: MILESTONES, checklistGroups: CHECKLIST_GROUPS };
}

export function createBundledDataPlugin(): Plugin {
  let reading: Promise<SourceData> | undefined;
  return {
    name: 'bundled-data',
    buildStart() {
      reading = undefined;
    },
    resolveId(source) {
      return isBundledDataModuleId(source) ? `\0${source}` : null;
    },
    async load(id) {
      const moduleId = id.slice(1);
      if (!id.startsWith('\0') || !isBundledDataModuleId(moduleId)) return null;
      this.addWatchFile(MILESTONES_FILE);
      this.addWatchFile(CHECKLIST_GROUPS_FILE);
      reading ??= readSourceData();
      return createModuleCode(moduleId, await reading);
    },
  };
}
