import { charClass, LATIN } from './back-words';

/** Small helpers for building the money and entity patterns from word tables. */

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * An alternation of literals, longest first, so that a longer word wins over its own prefix
 * ("usdt" before "usd" before "u"). Literals are fixed strings, so the alternation stays linear.
 */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map(escapeRegExp)
    .join('|');
}

/** Latin letters including Vietnamese and other accented forms: a word must not continue into one. */
export const LATIN_LETTER = 'a-z\\u00c0-\\u024f\\u0300-\\u036f\\u1e00-\\u1eff';

/** True for a Latin letter (a–z or accented), tested on the character code. */
export function isLatinLetter(ch: string | undefined): boolean {
  return ch !== undefined && charClass(ch.charCodeAt(0)) === LATIN;
}

/** `s` without trailing characters from `chars`: a loop, because /[…]+$/ is quadratic on long runs. */
export function trimEnd(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}
