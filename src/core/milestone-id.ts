/** Milestone ids are short kebab-case words, as in the fact base. */
const MILESTONE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_MILESTONE_ID_LENGTH = 64;

/** Whether untrusted input (stored settings, a page address) has the form of a milestone id. */
export function isMilestoneId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_MILESTONE_ID_LENGTH && MILESTONE_ID_PATTERN.test(value);
}
