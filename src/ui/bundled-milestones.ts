import { MILESTONE_FACT_RECORDS } from 'virtual:milestone-facts';
import { MILESTONE_TEXTS } from 'virtual:milestone-texts';
import { joinMilestones } from '../core/join-milestone';
import { parseMilestone, type Milestone } from '../core/milestone';

/**
 * The milestones as the pages ship them: their facts (chunks/milestones.js, which the background
 * loads too) joined to their texts (scripts/bundled-data-plugin.ts). The same as
 * src/core/milestones.ts (a test checks).
 */
export const BUNDLED_MILESTONES: readonly Milestone[] = joinMilestones(MILESTONE_FACT_RECORDS, MILESTONE_TEXTS).map(parseMilestone);
