/**
 * Whether two plain data values (parsed settings, policies, fact snapshots) are equal. Their keys
 * are written in one fixed order by their parsers, so their JSON texts are equal exactly then.
 */
export function isSameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
