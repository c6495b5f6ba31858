import { parseMilestone, type Milestone, type MilestoneRecord } from '../../src/core/milestone';
import { MILESTONES } from '../../src/core/milestones';

export function findBundledMilestone(id: string): Milestone {
  const milestone = MILESTONES.find((candidate) => candidate.id === id);
  if (!milestone) throw new Error(`No bundled milestone ${id}`);
  return milestone;
}

/** The bundled data with one milestone's facts changed, as a later data update might ship them. */
export function withChangedMilestone(id: string, change: Partial<MilestoneRecord>): Milestone[] {
  return MILESTONES.map((milestone) => (milestone.id === id ? parseMilestone({ ...milestone, ...change }) : milestone));
}

/**
 * A deadline after the data's review date, so reminders can fall due at a plausible clock:
 * Australia's removal deadline moved to 2027-04-01 00:00 in Sydney (2027-03-31T13:00:00Z),
 * announced on 2027-02-21 in Sydney.
 */
export const FUTURE_AUSTRALIAN_DEADLINE = {
  when: '2027-04-01T00:00:00+11:00',
  announced: '2027-02-21T00:00:00+11:00',
} as const;

export const MILESTONES_WITH_FUTURE_DEADLINE = withChangedMilestone('au-removal-deadline', FUTURE_AUSTRALIAN_DEADLINE);
