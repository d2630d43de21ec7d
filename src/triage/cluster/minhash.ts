/**
 * Near-duplicate texts: MinHash signatures over word shingles of the text with every number masked,
 * and locality-sensitive hashing (LSH) in bands to find candidate pairs without comparing all pairs.
 *
 * Why this and not a library: the npm packages for it are unmaintained (`minhash` 0.0.9) and the
 * whole method is ~60 lines: (1) normalise: lower-case, NFKC, every number → "0" (so the
 * same template with another phone number, salary or reference shingles the same), words are runs
 * of letters/digits; (2) shingles: every 3 consecutive words; (3) signature: for each of 64 seeded
 * 32-bit hash functions, the smallest hash over the shingles — two texts agree on one position with
 * probability equal to the Jaccard similarity of their shingle sets; (4) LSH: 16 bands of 4
 * positions; texts that agree on a whole band become candidates (for Jaccard 0.8 a pair is caught
 * with probability 1 − (1 − 0.8⁴)¹⁶ ≈ 0.9996, for 0.3 only ≈ 0.12), then a candidate is kept only
 * when its signatures agree on ≥ NEAR_DUPLICATE_AGREEMENT of the positions.
 */

export const SIGNATURE_SIZE = 64;
export const BANDS = 16;
const ROWS_PER_BAND = SIGNATURE_SIZE / BANDS;
const SHINGLE = 3;
/** Texts with fewer words than this get no signature: "DM for details" matches too much. */
export const MIN_WORDS = 8;
/** Share of signature positions two texts must agree on to count as near-duplicates (≈ Jaccard). */
export const NEAR_DUPLICATE_AGREEMENT = 0.7;
/** Words looked at per text: a 5 MB paste is not an ad template. */
const MAX_WORDS = 5_000;

const WORD = /[\p{L}\p{N}]+/gu;
/** A number as written, separators and all: "15.000.000", "+62 812-3456-7890", "10:30". */
const NUMBER = /\p{Nd}(?:[\p{Nd}.,:/\- ]*\p{Nd})?/gu;

/** The words of the text as compared: lower-case, NFKC, each number (with its separators) masked as "0". */
export function templateWords(text: string): string[] {
  const words: string[] = [];
  const folded = text.slice(0, MAX_WORDS * 20).normalize('NFKC').toLowerCase().replace(NUMBER, '0');
  for (const m of folded.matchAll(WORD)) {
    words.push(m[0]);
    if (words.length >= MAX_WORDS) break;
  }
  return words;
}

/** FNV-1a over a string's UTF-16 units, 32 bits. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: a fast 32-bit mix with good avalanche. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Per-position seeds: hash function k is x ↦ mix-lite(x xor SEEDS[k]). */
const SEEDS = Int32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(0x9e3779b9 ^ Math.imul(i + 1, 0x27d4eb2d)) | 0);

/**
 * The MinHash signature of a text, or undefined when it has fewer than MIN_WORDS words. Shingles are
 * hashed from their words' hashes (no strings built), and each already well-mixed shingle hash gets
 * one xor, one multiply and one shift per position: 64 positions × a few hundred shingles stays far
 * below the engine's own cost per ad.
 */
export function minhashSignature(text: string): Uint32Array | undefined {
  const words = templateWords(text);
  if (words.length < MIN_WORDS) return undefined;
  const wordHashes = words.map(hashString);
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= wordHashes.length; i++) {
    const shingle = mix(Math.imul(wordHashes[i]!, 0x01000193) ^ Math.imul(wordHashes[i + 1]!, 0x27d4eb2d) ^ wordHashes[i + 2]!);
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      let h = Math.imul(shingle ^ SEEDS[k]!, 0x9e3779b1);
      h = (h ^ (h >>> 15)) >>> 0;
      if (h < signature[k]!) signature[k] = h;
    }
  }
  return signature;
}

/** Share of positions on which two signatures agree: an estimate of the Jaccard similarity. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < SIGNATURE_SIZE; k++) if (a[k] === b[k]) same++;
  return same / SIGNATURE_SIZE;
}

/**
 * Pairs of near-duplicate items, found through LSH buckets. Within a bucket every item is compared
 * with the bucket's first item only, which keeps a bucket of thousands of copies of one template
 * linear; the union-find that consumes the pairs links them all the same.
 */
export function nearDuplicatePairs(items: readonly { readonly signature?: Uint32Array }[]): [number, number][] {
  const pairs: [number, number][] = [];
  const seen = new Set<number>();
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<string, number>();
    for (let i = 0; i < items.length; i++) {
      const sig = items[i]!.signature;
      if (!sig) continue;
      let key = '';
      for (let r = 0; r < ROWS_PER_BAND; r++) key += sig[band * ROWS_PER_BAND + r]!.toString(36) + ',';
      const first = buckets.get(key);
      if (first === undefined) {
        buckets.set(key, i);
        continue;
      }
      const pairId = first * items.length + i;
      if (seen.has(pairId)) continue;
      seen.add(pairId);
      if (similarity(items[first]!.signature!, sig) >= NEAR_DUPLICATE_AGREEMENT) pairs.push([first, i]);
    }
  }
  return pairs;
}
