import { resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';
import type { BackgroundData } from '../src/background/recompute.ts';
import type { ChecklistGroup, ChecklistGroupFacts, ChecklistScope, ChecklistStep, ChecklistStepFacts } from '../src/core/checklists.ts';
import type { Milestone, MilestoneFacts } from '../src/core/milestone.ts';

const MODULE_ID = 'virtual:background-data';
const RESOLVED_MODULE_ID = `\0${MODULE_ID}`;

/** Only the scope a group or step declares (no `undefined` fields, so the facts equal what the data says). */
function pickScope({ isUsRulesOnly, shownFrom }: ChecklistScope): ChecklistScope {
  return { ...(isUsRulesOnly === undefined ? {} : { isUsRulesOnly }), ...(shownFrom === undefined ? {} : { shownFrom }) };
}

/** What the background needs of a milestone (src/core/milestone.ts, `MilestoneFacts`): no texts but the title and headline keys, no source but its address. */
export function toMilestoneFacts(milestone: Milestone): MilestoneFacts {
  const { id, when, precision, zone, announced, regions, effect, isDeadline, confidence, isApproximate, whenTime, announcedTime, text, stateText, sources } = milestone;
  const [firstSource, ...otherSources] = sources;
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
    whenTime,
    announcedTime,
    text: { title: text.title },
    ...(stateText === undefined ? {} : { stateText: { headline: stateText.headline } }),
    sources: [{ url: firstSource.url }, ...otherSources.map(({ url }) => ({ url }))],
  };
}

function toChecklistStepFacts(step: ChecklistStep): ChecklistStepFacts {
  return { id: step.id, ...pickScope(step), basedOn: step.basedOn, ...(step.extraSources ? { extraSources: step.extraSources.map(({ url }) => ({ url })) } : {}) };
}

/** What the background needs of a checklist group (src/core/checklists.ts, `ChecklistGroupFacts`): ids, scopes and what the steps rest on. */
export function toChecklistGroupFacts(group: ChecklistGroup): ChecklistGroupFacts {
  return { id: group.id, ...pickScope(group), steps: group.steps.map(toChecklistStepFacts) };
}

/** The background's data: the facts of the data the pages bundle whole. */
export function getBackgroundData(milestones: readonly Milestone[], checklistGroups: readonly ChecklistGroup[]): BackgroundData {
  return { milestones: milestones.map(toMilestoneFacts), checklistGroups: checklistGroups.map(toChecklistGroupFacts) };
}

const MILESTONES_FILE = resolve(import.meta.dirname, '../src/core/milestones.ts');
const CHECKLIST_GROUPS_FILE = resolve(import.meta.dirname, '../src/core/checklist-groups.ts');

/**
 * Runs the data modules as they are now, so the facts cannot drift from the data. Imported when the
 * build asks, not with the Vite config: the config loader would bundle them in.
 */
async function readBackgroundData(): Promise<BackgroundData> {
  const [{ MILESTONES }, { CHECKLIST_GROUPS }] = (await Promise.all([tsImport(MILESTONES_FILE, import.meta.url), tsImport(CHECKLIST_GROUPS_FILE, import.meta.url)])) as [
    typeof import('../src/core/milestones.ts'),
    typeof import('../src/core/checklist-groups.ts'),
  ];
  return getBackgroundData(MILESTONES, CHECKLIST_GROUPS);
}

/**
 * `virtual:background-data`: the facts of the milestones and the checklist, made at build time
 * from src/core/milestones.ts and src/core/checklist-groups.ts. The background needs them to draw
 * the badge and plan reminders; the sources' titles and publishers, the summaries and meanings,
 * the steps' texts are the pages' alone. Instants come parsed, so the worker needs no date parser
 * for the data.
 */
export function createBackgroundDataPlugin(): Plugin {
  return {
    name: 'background-data',
    resolveId(source) {
      return source === MODULE_ID ? RESOLVED_MODULE_ID : null;
    },
    async load(id) {
      if (id !== RESOLVED_MODULE_ID) return null;
      this.addWatchFile(MILESTONES_FILE);
      this.addWatchFile(CHECKLIST_GROUPS_FILE);
      return `export const BACKGROUND_DATA = JSON.parse(${JSON.stringify(JSON.stringify(await readBackgroundData()))});`;
    },
  };
}
