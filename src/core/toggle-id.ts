/** `ids` with `id` in it once (`isOn`) or not at all, in their order; for stored lists of ids. */
export function toggleId(ids: readonly string[], id: string, isOn: boolean): string[] {
  return isOn ? [...new Set([...ids, id])] : ids.filter((other) => other !== id);
}
