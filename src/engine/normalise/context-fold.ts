import { isLetter, isWordChar } from './char-class';
import type { TextView } from './text-view';
import { ViewBuilder } from './view-builder';

// Digits and symbols that stand in for letters inside words: "K4mboja", "T3legram", "C@mbodia".
const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };
// Separators scammers put between single letters: "T e l e g r a m", "W.A", "T-E-L-E".
const SPLITTERS = new Set([' ', '.', '-', '_', '*', '·', '•', '/']);
// A word counts as leetspeak when it has at least two letters besides the digits and symbols:
// "K4mboja", "T3legram", "4DM1N", "0NL1N3", "fr33", "C@mbodia". Numbers with a unit ("rp15jt", "usd1k",
// "rm5k", "1st") and anything with three digits in a row (phones, amounts) stay as written.
const NUMBER_WITH_UNIT = /^(?:rp|rm|usd|us|idr|php|vnd|thb|myr|sgd|inr|rs|aed|hkd|p)?\d+(?:[.,]\d+)?(?:k|jt|juta|rb|ribu|m|tr|x|h|d|st|nd|rd|th|am|pm|kg|km|gb|mb|u|usd|usdt)?$/;
const LONG_DIGIT_RUN = /\d{3}/;

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\u00a0' || ch === '\u2028' || ch === '\u2029';
}

function isTokenChar(ch: string | undefined): boolean {
  return ch !== undefined && (isWordChar(ch) || ch === '@' || ch === '$');
}

/** Whether a word (a run of letters, digits, "@" and "$") is written in leetspeak. */
function isLeetWord(word: string): boolean {
  let letters = 0;
  let leet = 0;
  for (const ch of word) {
    if (isLetter(ch)) letters++;
    else if (LEET[ch] !== undefined) leet++;
  }
  return letters >= 2 && leet > 0 && !LONG_DIGIT_RUN.test(word) && !NUMBER_WITH_UNIT.test(word);
}

/** Index of the last letter of a run of single letters joined by one repeated separator, or -1. */
function splitRunEnd(t: string, i: number): number {
  if (!isLetter(t[i]) || isWordChar(t[i - 1]) || isWordChar(t[i + 1])) return -1;
  const sep = t[i + 1];
  if (sep === undefined || !SPLITTERS.has(sep)) return -1;
  let last = i;
  let count = 1;
  while (t[last + 1] === sep && isLetter(t[last + 2]) && !isWordChar(t[last + 3])) {
    last += 2;
    count++;
  }
  return count >= (sep === ' ' ? 4 : 2) ? last : -1;
}

/**
 * Second pass of the full view: joins letters split by separators, reads leetspeak inside words and
 * collapses whitespace (a run with a line break becomes one "\n", which rules treat as a clause end).
 */
export function foldContext(view: TextView): TextView {
  const t = view.text;
  const n = t.length;
  const out = new ViewBuilder(n);
  let leetUntil = -1; // end of the current leetspeak word, if inside one
  let i = 0;
  while (i < n) {
    const ch = t[i]!;
    if (isSpace(ch)) {
      let j = i;
      let newline = false;
      while (j < n && isSpace(t[j]!)) {
        if (t[j] === '\n' || t[j] === '\u2028' || t[j] === '\u2029') newline = true;
        j++;
      }
      if (out.lastChar() !== '' && j < n) out.push(newline ? '\n' : ' ', view.start[i]!, view.end[j - 1]!);
      i = j;
      continue;
    }
    const runEnd = splitRunEnd(t, i);
    if (runEnd > 0) {
      for (let k = i; k <= runEnd; k += 2) out.push(t[k]!, view.start[k]!, view.end[k]!);
      i = runEnd + 1;
      continue;
    }
    if (isTokenChar(ch) && !isTokenChar(t[i - 1])) {
      let end = i + 1;
      while (isTokenChar(t[end])) end++;
      leetUntil = isLeetWord(t.slice(i, end)) ? end : -1;
    }
    // "@" and "$" count only between letters: "@handle" and "$1500" keep them.
    const symbol = ch === '@' || ch === '$';
    const leet = i < leetUntil && (!symbol || (isLetter(t[i - 1]) && isLetter(t[i + 1]))) ? LEET[ch] : undefined;
    if (leet === undefined) out.pushCode(t.charCodeAt(i), view.start[i]!, view.end[i]!);
    else out.push(leet, view.start[i]!, view.end[i]!);
    i++;
  }
  return out.build(view.original);
}
