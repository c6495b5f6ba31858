/** The data in the parts each entry loads, made at build time (scripts/bundled-data-plugin.ts). */
declare module 'virtual:milestone-facts' {
  /** Each milestone's facts, in the data's order (chunks/milestones.js: the background and the pages load it). */
  export const MILESTONE_FACT_RECORDS: readonly import('./core/milestone').MilestoneFactRecord[];
}
declare module 'virtual:milestone-texts' {
  /** The rest of each milestone, in the same order (the pages only). */
  export const MILESTONE_TEXTS: readonly import('./core/milestone').MilestoneTexts[];
}
declare module 'virtual:checklist-facts' {
  /** The checklist's facts (the background only). */
  export const CHECKLIST_FACTS: readonly import('./core/checklists').ChecklistGroupFacts[];
}
