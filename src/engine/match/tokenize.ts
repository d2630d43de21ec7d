// Splits normalised text into tokens for phrase lookup: runs of letters, digits and marks are words;
// spaces, '-', '_' and '/' only separate ("free-visa" = "free visa"); any other character is a
// one-character token of its own, so "visa, turis" is not the phrase "visa turis".
import { hasUnspacedCode } from './unspaced-script';
import { FNV_OFFSET, FNV_PRIME } from './word-hash';

const WORD = 1;
const SEPARATOR = 2;
const SYMBOL = 3;
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

const classes = new Uint8Array(0x10000);

function classify(code: number): number {
  let c = classes[code]!;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = /\s/.test(ch) || ch === '-' || ch === '_' || ch === '/' ? SEPARATOR : WORD_CHAR.test(ch) || (code >= 0xd800 && code <= 0xdfff) ? WORD : SYMBOL;
    classes[code] = c;
  }
  return c;
}

// "." ends a sentence only before a space or the end ("1.500" and "e.g" do not); the others always do.
function endsSentence(code: number, next: number): boolean {
  if (code === 46) return Number.isNaN(next) || next === 32 || next === 10;
  return code === 33 || code === 63 || code === 59 || code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0xff1b;
}

export interface TokenList {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly words: readonly string[];
  /** hashes[i]: hashRange of token i (see word-hash.ts), for table lookups. */
  readonly hashes: Int32Array;
  /** wordsBefore[i]: how many word tokens (not punctuation) come before token i; distances count words only. */
  readonly wordsBefore: Int32Array;
  /** sentenceOf[i]: index of the sentence token i is in (a sentence ends at . ! ? ; or a line break). */
  readonly sentenceOf: Int32Array;
  /** Whether the text has Thai, Lao, Burmese, Khmer, Chinese, Japanese or Korean characters. */
  readonly hasUnspacedScript: boolean;
}

/** The per-token columns of a TokenList, as views of one buffer: one allocation instead of five. */
function columns(capacity: number) {
  const buffer = new Int32Array(capacity * 5 + 1);
  return {
    capacity,
    starts: buffer.subarray(0, capacity),
    ends: buffer.subarray(capacity, 2 * capacity),
    sentences: buffer.subarray(2 * capacity, 3 * capacity),
    hashes: buffer.subarray(3 * capacity, 4 * capacity),
    /** One more entry than tokens: wordsBefore[count] is the number of word tokens in all. */
    wordsBefore: buffer.subarray(4 * capacity, 5 * capacity + 1),
  };
}

function grown(cols: ReturnType<typeof columns>): ReturnType<typeof columns> {
  const bigger = columns(cols.capacity * 2);
  bigger.starts.set(cols.starts);
  bigger.ends.set(cols.ends);
  bigger.sentences.set(cols.sentences);
  bigger.hashes.set(cols.hashes);
  bigger.wordsBefore.set(cols.wordsBefore);
  return bigger;
}

export function tokenize(text: string): TokenList {
  const n = text.length;
  let cols = columns(Math.max(16, n >> 2));
  const words: string[] = [];
  let count = 0;
  let unspaced = false;
  let sentence = 0;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const c = classify(code);
    if (c === SEPARATOR) {
      if (code === 10) sentence++;
      i++;
      continue;
    }
    // The token's hash (hashRange of word-hash.ts) is taken while its end is looked for.
    let h = Math.imul(FNV_OFFSET ^ code, FNV_PRIME);
    let j = i + 1;
    if (c === WORD) {
      for (; j < n; j++) {
        const next = text.charCodeAt(j);
        if (classify(next) !== WORD) break;
        h = Math.imul(h ^ next, FNV_PRIME);
      }
    }
    if (count === cols.capacity) cols = grown(cols);
    cols.sentences[count] = sentence;
    cols.starts[count] = i;
    cols.ends[count] = j;
    cols.hashes[count] = h | 1;
    cols.wordsBefore[count + 1] = cols.wordsBefore[count]! + (c === WORD ? 1 : 0);
    const word = text.slice(i, j);
    if (!unspaced && code >= 0x0e00 && hasUnspacedCode(text, i, j)) unspaced = true;
    words.push(word);
    count++;
    if (c === SYMBOL && endsSentence(code, text.charCodeAt(j))) sentence++;
    i = j;
  }
  return {
    count,
    starts: cols.starts.subarray(0, count),
    ends: cols.ends.subarray(0, count),
    words,
    hashes: cols.hashes.subarray(0, count),
    wordsBefore: cols.wordsBefore.subarray(0, count + 1),
    sentenceOf: cols.sentences.subarray(0, count),
    hasUnspacedScript: unspaced,
  };
}
