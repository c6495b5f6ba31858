/**
 * A short, stable digest of a text (32-bit FNV-1a, hex), to remember which version of some facts a
 * reader saw or acted on without storing the facts themselves.
 */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (const character of text) {
    hash ^= character.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
