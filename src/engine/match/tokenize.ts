// Splits normalised text into tokens for phrase lookup: runs of letters, digits and marks are words;
// spaces, '-', '_' and '/' only separate ("free-visa" = "free visa"); any other character is a
// one-character token of its own, so "visa, turis" is not the phrase "visa turis".
const WORD = 1;
const SEPARATOR = 2;
const SYMBOL = 3;
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const UNSPACED_CHAR = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;

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

export interface TokenList {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly words: readonly string[];
  /** Whether the text has Thai, Lao, Burmese, Khmer, Chinese, Japanese or Korean characters. */
  readonly hasUnspacedScript: boolean;
}

export function tokenize(text: string): TokenList {
  const n = text.length;
  let starts = new Int32Array(Math.max(16, n >> 2));
  let ends = new Int32Array(starts.length);
  const words: string[] = [];
  let count = 0;
  let unspaced = false;
  let i = 0;
  while (i < n) {
    const c = classify(text.charCodeAt(i));
    if (c === SEPARATOR) {
      i++;
      continue;
    }
    let j = i + 1;
    if (c === WORD) while (j < n && classify(text.charCodeAt(j)) === WORD) j++;
    if (count === starts.length) {
      const s = new Int32Array(count * 2);
      const e = new Int32Array(count * 2);
      s.set(starts);
      e.set(ends);
      starts = s;
      ends = e;
    }
    starts[count] = i;
    ends[count] = j;
    const word = text.slice(i, j);
    if (!unspaced && text.charCodeAt(i) >= 0x0e00 && UNSPACED_CHAR.test(word)) unspaced = true;
    words.push(word);
    count++;
    i = j;
  }
  return { count, starts: starts.subarray(0, count), ends: ends.subarray(0, count), words, hasUnspacedScript: unspaced };
}
