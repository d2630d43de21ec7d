import { isLetter, isWordChar } from './char-class';
import type { TextView } from './text-view';
import { ViewBuilder } from './view-builder';

// Digits and symbols that stand in for letters inside words: "K4mboja", "T3legram", "C@mbodia".
const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };
// Separators scammers put between single letters: "T e l e g r a m", "W.A", "T-E-L-E".
const SPLITTERS = new Set([' ', '.', '-', '_', '*', '·', '•', '/']);
// Letters that follow a number as a unit ("usd1k", "rm5jt") keep the number a number.
const UNIT_SUFFIXES = new Set(['k', 'jt', 'juta', 'rb', 'ribu', 'm', 'tr', 'x', 'h', 'd']);

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\u00a0' || ch === '\u2028' || ch === '\u2029';
}

/** A leet character counts only alone between letters, so "rp15jt", "usd1k" and "2x" stay numbers. */
function leetAt(t: string, i: number, prev: string): string | undefined {
  const mapped = LEET[t[i]!];
  if (mapped === undefined || !isLetter(prev) || !isLetter(t[i + 1])) return undefined;
  let k = i + 1;
  while (isLetter(t[k])) k++;
  return UNIT_SUFFIXES.has(t.slice(i + 1, k)) ? undefined : mapped;
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
    const leet = LEET[ch] === undefined ? undefined : leetAt(t, i, out.lastChar());
    if (leet === undefined) out.pushCode(t.charCodeAt(i), view.start[i]!, view.end[i]!);
    else out.push(leet, view.start[i]!, view.end[i]!);
    i++;
  }
  return out.build(view.original);
}
