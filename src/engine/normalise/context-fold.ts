import { isLetterCode, isWordCode } from './char-class';
import type { TextView } from './text-view';
import { createViewBuilder, type ViewBuilder } from './view-builder';

// Digits and symbols that stand in for letters inside words: "K4mboja", "T3legram", "C@mbodia".
const LEET_PAIRS: ReadonlyArray<readonly [number, number]> = [[48, 111], [49, 105], [51, 101], [52, 97], [53, 115], [55, 116], [64, 97], [36, 115]]; // 0→o 1→i 3→e 4→a 5→s 7→t @→a $→s
/** LEET[code]: the letter an ASCII unit stands for in leetspeak, or 0. A table: it is read for most units. */
const LEET = new Uint8Array(0x80);
for (const [from, to] of LEET_PAIRS) LEET[from] = to;
const leetOf = (c: number) => (c < 0x80 ? LEET[c]! : 0);
// Separators scammers put between single letters: "T e l e g r a m", "W.A", "T-E-L-E".
const SPLITTERS = new Set([32, 46, 45, 95, 42, 0xb7, 0x2022, 47]); // space . - _ * · • /
const AT = 64;
const DOLLAR = 36;
// A word counts as leetspeak when it has at least two letters besides the digits and symbols:
// "K4mboja", "T3legram", "4DM1N", "0NL1N3", "fr33", "C@mbodia". Numbers with a unit ("rp15jt", "usd1k",
// "rm5k", "1st") and anything with three digits in a row (phones, amounts) stay as written.
const NUMBER_WITH_UNIT = /^(?:rp|rm|usd|us|idr|php|vnd|thb|myr|sgd|inr|rs|aed|hkd|p)?\d+(?:[.,]\d+)?(?:k|jt|juta|rb|ribu|m|tr|x|h|d|st|nd|rd|th|am|pm|kg|km|gb|mb|u|usd|usdt)?$/;
const LONG_DIGIT_RUN = /\d{3}/;

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 0xa0 || c === 0x2028 || c === 0x2029;
}

function isNewlineCode(c: number): boolean {
  return c === 10 || c === 0x2028 || c === 0x2029;
}

function isTokenCode(c: number): boolean {
  return isWordCode(c) || c === AT || c === DOLLAR;
}

/**
 * At the start of a token (a run of letters, digits, "@" and "$"): where it ends when it is written
 * in leetspeak, else -1. One pass finds the end and counts letters and leet characters.
 */
function leetTokenEnd(t: string, from: number, n: number): number {
  let letters = 0;
  let leet = 0;
  let end = from;
  for (; end < n; end++) {
    const c = t.charCodeAt(end);
    if (!isTokenCode(c)) break;
    if (isLetterCode(c)) letters++;
    else if (leetOf(c) !== 0) leet++;
  }
  if (end - from <= 2 || letters < 2 || leet === 0) return -1; // most words: no string is cut out
  const word = t.slice(from, end);
  return !LONG_DIGIT_RUN.test(word) && !NUMBER_WITH_UNIT.test(word) ? end : -1;
}

/** Index of the last letter of a run of single letters joined by one repeated separator, or -1. */
function splitRunEnd(t: string, i: number): number {
  if (!isLetterCode(t.charCodeAt(i)) || isWordCode(t.charCodeAt(i - 1)) || isWordCode(t.charCodeAt(i + 1))) return -1;
  const sep = t.charCodeAt(i + 1);
  if (!SPLITTERS.has(sep)) return -1;
  let last = i;
  let count = 1;
  while (t.charCodeAt(last + 1) === sep && isLetterCode(t.charCodeAt(last + 2)) && !isWordCode(t.charCodeAt(last + 3))) {
    last += 2;
    count++;
  }
  return count >= (sep === 32 ? 4 : 2) ? last : -1;
}

/** The start of the run of token units (letters, digits, "@", "$") that `i` is in. */
function tokenStart(t: string, i: number): number {
  let q = i;
  while (q > 0 && isTokenCode(t.charCodeAt(q - 1))) q--;
  return q;
}

/**
 * Second pass of the full view: joins letters split by separators, reads leetspeak words and
 * collapses whitespace (a run with a line break becomes one "\n", which rules treat as a clause end).
 */
export function foldContext(view: TextView): TextView {
  const t = view.text;
  const n = t.length;
  // Most units come out as they went in (same unit, same span): they are copied a run at a time,
  // from `copyFrom` on, when the next change comes. A text with none is returned as it is.
  let out: ViewBuilder | undefined;
  let copyFrom = 0;
  // The last letter of the latest split run: a token starting there is not read as leetspeak.
  let splitEnd = -1;
  // The latest token read for leetspeak: where it starts, and where its leetspeak ends (-1: none).
  let leetFrom = -1;
  let leetUntil = -1;
  let prevWord = false; // whether t[i - 1] is a word unit
  let i = 0;
  while (i < n) {
    const c = t.charCodeAt(i);
    if (isSpaceCode(c)) {
      let j = i + 1;
      while (j < n && isSpaceCode(t.charCodeAt(j))) j++;
      // One space or line break between two words stays as it is; other runs become one of them
      // (a line break if they have one), and none at the start or the end.
      if (j === i + 1 && (c === 32 || c === 10) && i > 0 && j < n) {
        prevWord = false;
        i = j;
        continue;
      }
      out ??= createViewBuilder(n);
      out.pushFrom(view, copyFrom, i);
      if (i > 0 && j < n) {
        let newline = false;
        for (let k = i; k < j; k++) if (isNewlineCode(t.charCodeAt(k))) newline = true;
        out.pushCode(newline ? 10 : 32, view.start[i]!, view.end[j - 1]!);
      }
      prevWord = false;
      i = copyFrom = j;
      continue;
    }
    const leet = leetOf(c);
    if (leet !== 0) {
      // A digit, "@" or "$" inside a word written in leetspeak stands for a letter. The token's
      // start is found when it is first needed (most tokens have nothing to read).
      const from = tokenStart(t, i);
      if (from !== leetFrom) {
        leetFrom = from;
        leetUntil = from === splitEnd ? -1 : leetTokenEnd(t, from, n);
      }
      // "@" and "$" count only between letters: "@handle" and "$1500" keep them.
      const symbol = c === AT || c === DOLLAR;
      if (i < leetUntil && (!symbol || (isLetterCode(t.charCodeAt(i - 1)) && isLetterCode(t.charCodeAt(i + 1))))) {
        out ??= createViewBuilder(n);
        out.pushFrom(view, copyFrom, i);
        out.pushCode(leet, view.start[i]!, view.end[i]!);
        copyFrom = i + 1;
      }
      prevWord = !symbol;
      i++;
      continue;
    }
    const word = isWordCode(c);
    // A letter that starts a word and is followed by a separator may start a split run.
    if (!prevWord && word && (c >= 97 || c > 0x7f) && i + 1 < n && !isWordCode(t.charCodeAt(i + 1))) {
      const runEnd = splitRunEnd(t, i);
      if (runEnd > 0) {
        out ??= createViewBuilder(n);
        out.pushFrom(view, copyFrom, i);
        for (let k = i; k <= runEnd; k += 2) out.pushCode(t.charCodeAt(k), view.start[k]!, view.end[k]!);
        splitEnd = runEnd;
        prevWord = true;
        i = copyFrom = runEnd + 1;
        continue;
      }
    }
    prevWord = word;
    i++;
  }
  if (out === undefined) return view;
  out.pushFrom(view, copyFrom, n);
  return out.build(view.original);
}
