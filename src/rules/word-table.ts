import { hashWord } from '../engine/match/word-hash';

/**
 * A read-only hash table from word to value, open addressing over one Int32Array of hashes. The
 * phrase index has ~10,000 first words; a Map of them is spread over memory and each lookup of a
 * fresh token string misses the cache several times, while this probes one compact array and
 * compares strings only when the hash matches.
 */
export interface WordTable<T> {
  readonly mask: number;
  readonly hashes: Int32Array;
  /** One bit per hash of a key (see mayHold): most words of a post are in no phrase. */
  readonly filter: Uint32Array;
  readonly keys: readonly string[];
  readonly values: readonly T[];
}

export function buildWordTable<T>(map: ReadonlyMap<string, T>): WordTable<T> {
  let cap = 16;
  while (cap < map.size * 2) cap *= 2;
  const mask = cap - 1;
  const hashes = new Int32Array(cap);
  const keys = new Array<string>(cap).fill('');
  const values = new Array<T | undefined>(cap).fill(undefined);
  const filter = new Uint32Array(FILTER_WORDS);
  for (const [key, value] of map) {
    const h = hashWord(key);
    let at = h & mask;
    while (hashes[at] !== 0) at = (at + 1) & mask;
    hashes[at] = h;
    keys[at] = key;
    values[at] = value;
    markHash(filter, h);
  }
  return { mask, hashes, filter, keys, values: values as T[] };
}

/**
 * A bit per hash, set for every key: a word whose bit is clear is in no table without probing it.
 * 32 KB stays in a near cache while the tables (hundreds of KB) do not, and two words in three of
 * an ad are in no phrase. Bits come from the hash's high half; table slots from its low bits.
 */
const FILTER_BITS = 18;
const FILTER_WORDS = (1 << FILTER_BITS) >>> 5;

function markHash(filter: Uint32Array, hash: number): void {
  const bit = hash >>> (32 - FILTER_BITS);
  filter[bit >>> 5] = filter[bit >>> 5]! | (1 << (bit & 31));
}

function mayHold(filter: Uint32Array, hash: number): boolean {
  const bit = hash >>> (32 - FILTER_BITS);
  return (filter[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

/** The index of `word` (whose hashWord is `hash`) in the table, or -1: per-index data can live in typed arrays. */
export function findWord<T>(table: WordTable<T>, hash: number, word: string): number {
  if (!mayHold(table.filter, hash)) return -1;
  const { hashes, mask } = table;
  for (let at = hash & mask; ; at = (at + 1) & mask) {
    const h = hashes[at]!;
    if (h === 0) return -1;
    if (h === hash && table.keys[at] === word) return at;
  }
}

/** The value for `word`, whose hashWord is `hash`, or undefined. */
export function lookupWord<T>(table: WordTable<T>, hash: number, word: string): T | undefined {
  const at = findWord(table, hash, word);
  return at < 0 ? undefined : table.values[at];
}

/** Two words as one table key: "tourist visa" is found by the hashes of its words. */
export const pairHash = (first: number, second: number) => (Math.imul(first, 0x9e3779b1) ^ second) | 1;

/** Like WordTable, for pairs of words (a phrase's first two words). */
export interface PairTable<T> {
  readonly mask: number;
  readonly hashes: Int32Array;
  readonly filter: Uint32Array;
  readonly firsts: readonly string[];
  readonly seconds: readonly string[];
  readonly values: readonly T[];
}

export function buildPairTable<T>(pairs: ReadonlyArray<readonly [string, string, T]>): PairTable<T> {
  let cap = 16;
  while (cap < pairs.length * 2) cap *= 2;
  const mask = cap - 1;
  const hashes = new Int32Array(cap);
  const firsts = new Array<string>(cap).fill('');
  const seconds = new Array<string>(cap).fill('');
  const values = new Array<T | undefined>(cap).fill(undefined);
  const filter = new Uint32Array(FILTER_WORDS);
  for (const [first, second, value] of pairs) {
    const h = pairHash(hashWord(first), hashWord(second));
    let at = h & mask;
    while (hashes[at] !== 0) at = (at + 1) & mask;
    hashes[at] = h;
    firsts[at] = first;
    seconds[at] = second;
    values[at] = value;
    markHash(filter, h);
  }
  return { mask, hashes, filter, firsts, seconds, values: values as T[] };
}

export function lookupPair<T>(table: PairTable<T>, hash: number, first: string, second: string): T | undefined {
  if (!mayHold(table.filter, hash)) return undefined;
  const { hashes, mask } = table;
  for (let at = hash & mask; ; at = (at + 1) & mask) {
    const h = hashes[at]!;
    if (h === 0) return undefined;
    if (h === hash && table.firsts[at] === first && table.seconds[at] === second) return table.values[at];
  }
}
