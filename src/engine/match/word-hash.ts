// A 32-bit FNV-1a hash of a run of UTF-16 units, shared by the tokenizer (per token) and the phrase
// index (per key), so a word is looked up in a compact table without hashing a fresh string again.
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

export function hashRange(text: string, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let k = from; k < to; k++) h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME);
  return h | 1; // never 0: 0 marks an empty slot of a table
}

export const hashWord = (word: string) => hashRange(word, 0, word.length);
