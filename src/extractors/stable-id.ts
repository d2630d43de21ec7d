/** FNV-1a, 32 bit, over UTF-16 code units: tiny, fast and the same in every runtime. */
export function fnv1a32(input: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A stable id for a post the platform gives no id for: the same parts give the same id on every
 * visit. Callers pass e.g. [author, text.slice(0, 200)] so a later "see more" expansion keeps the id.
 */
export function stableId(parts: readonly (string | undefined)[]): string {
  // The unit separator keeps ['ab', 'c'] and ['a', 'bc'] apart.
  return fnv1a32(parts.map((part) => part ?? '').join('\u001f'))
    .toString(16)
    .padStart(8, '0');
}
