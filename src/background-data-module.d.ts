/** The background's data: the facts of the milestones and the checklist, made at build time (scripts/background-data-plugin.ts). */
declare module 'virtual:background-data' {
  export const BACKGROUND_DATA: import('./background/recompute').BackgroundData;
}
