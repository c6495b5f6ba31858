/**
 * The day a person last checked every milestone (milestones.ts) against
 * shared/facts/kaspersky-timeline.md and its sources. A calendar date, not an instant: it is shown
 * as written. Apart from the data, because the background needs it (a clock before it is wrong)
 * and bundles only the data's facts.
 */
export const DATA_REVIEWED_ON = '2026-12-03';
