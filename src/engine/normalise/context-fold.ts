import { isLetterCode, isWordCode } from './char-class';
import type { TextView } from './text-view';
import { createViewBuilder } from './view-builder';

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
const LEET_UNKNOWN = -2;

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

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
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

/**
 * Second pass of the full view: joins letters split by separators, reads leetspeak words and
 * collapses whitespace (a run with a line break becomes one "\n", which rules treat as a clause end).
 */
export function foldContext(view: TextView): TextView {
  const t = view.text;
  const n = t.length;
  const out = createViewBuilder(n);
  // The current token's start, and where it ends if written in leetspeak (-1: it is not). That is
  // worked out the first time the token has a digit, "@" or "$" to read (LEET_UNKNOWN until then):
  // most tokens have none and are not read twice.
  let leetFrom = 0;
  let leetUntil = -1;
  let written = 0;
  let i = 0;
  while (i < n) {
    const c = t.charCodeAt(i);
    if (isSpaceCode(c)) {
      let j = i;
      let newline = false;
      while (j < n && isSpaceCode(t.charCodeAt(j))) {
        if (isNewlineCode(t.charCodeAt(j))) newline = true;
        j++;
      }
      if (written > 0 && j < n) {
        out.pushCode(newline ? 10 : 32, view.start[i]!, view.end[j - 1]!);
        written++;
      }
      i = j;
      continue;
    }
    // Inside a word nothing below applies to a letter or a sign (only digits, "@" and "$" may be
    // leetspeak there): most characters take this path.
    if (!isDigitCode(c) && c !== AT && c !== DOLLAR && i > 0 && isWordCode(t.charCodeAt(i - 1))) {
      out.pushCode(c, view.start[i]!, view.end[i]!);
      written++;
      i++;
      continue;
    }
    // A letter followed by another starts no split run (splitRunEnd's own first test, done here
    // because most words start this way).
    if ((c >= 97 && c <= 122 || c > 0x7f) && !isWordCode(t.charCodeAt(i + 1))) {
      const runEnd = splitRunEnd(t, i);
      if (runEnd > 0) {
        for (let k = i; k <= runEnd; k += 2) out.pushCode(t.charCodeAt(k), view.start[k]!, view.end[k]!);
        written += (runEnd - i) / 2 + 1;
        i = runEnd + 1;
        continue;
      }
    }
    if (isTokenCode(c) && !isTokenCode(t.charCodeAt(i - 1))) {
      leetFrom = i;
      leetUntil = LEET_UNKNOWN;
    }
    let code = c;
    const leet = leetOf(c);
    if (leet !== 0 && leetUntil === LEET_UNKNOWN) leetUntil = leetTokenEnd(t, leetFrom, n);
    if (leet !== 0 && i < leetUntil) {
      // "@" and "$" count only between letters: "@handle" and "$1500" keep them.
      const symbol = c === AT || c === DOLLAR;
      if (!symbol || (isLetterCode(t.charCodeAt(i - 1)) && isLetterCode(t.charCodeAt(i + 1)))) code = leet;
    }
    out.pushCode(code, view.start[i]!, view.end[i]!);
    written++;
    i++;
  }
  return out.build(view.original);
}
