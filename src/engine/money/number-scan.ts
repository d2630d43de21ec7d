import { RANGE_SIGNS, RANGE_WORDS } from './amounts';
import { charClass, LATIN } from './back-words';
import { currencyAhead, SUFFIX_CURRENCY_WORDS } from './currencies';
import { MULTIPLIER_WORDS } from './multipliers';
import { PERIOD_START_WORDS } from './periods';

/**
 * Cheap tests on the characters around a number, run for every number on a page before anything
 * is sliced or matched: most numbers (dates, phone numbers, counts) are dropped here.
 */

/** End of the number starting at `at`: digits, and groups after "." or "," ("15.000.000", "7,5"). */
export function endOfNumber(text: string, at: number): number {
  let i = at;
  for (;;) {
    while (isDigit(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 44) && isDigit(text.charCodeAt(i + 1))) i++;
    else return i;
  }
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** "0812", "08.00": a leading zero never starts an amount (but "0,5 juta" does). */
export function hasLeadingZero(text: string, at: number, end: number): boolean {
  return end - at > 1 && text.charCodeAt(at) === 48 && isDigit(text.charCodeAt(at + 1));
}

/** "3456" in "0812-3456-7890", "05" in "2024/05/01", "30" in "10:30": the middle of a digit chain. */
export function continuesDigitChain(text: string, at: number): boolean {
  const sep = text.charCodeAt(at - 1);
  return (sep === 45 || sep === 47 || sep === 46 || sep === 58) && isDigit(text.charCodeAt(at - 2));
}

/** What can follow an amount (multiplier, currency, period), as first Latin words and other first characters. */
const AFTER_AMOUNT = [...MULTIPLIER_WORDS, ...SUFFIX_CURRENCY_WORDS, ...PERIOD_START_WORDS];
const firstWord = (w: string): string => /^[^ /.]+/.exec(w)?.[0] ?? w;
const isLatinWord = (w: string): boolean => charClass(w.charCodeAt(0)) === LATIN;
const AFTER_LATIN_WORDS = new Set(AFTER_AMOUNT.filter(isLatinWord).map(firstWord));
const AFTER_OTHER_CHARS = new Set(AFTER_AMOUNT.filter((w) => !isLatinWord(w)).map((w) => w[0]!));
const RANGE_FIRST_CHARS = new Set(RANGE_SIGNS.map((w) => w[0]!));
const RANGE_FIRST_WORDS = new Set(RANGE_WORDS.map(firstWord));
/** Connectors written together with the unit: "sebulan", "perbulan". */
const ATTACHED_CONNECTORS = ['se', 'per'];
const MAX_WORD = 12;

/**
 * Whether the characters after a number could be a multiplier, currency or period. After a range
 * connector ("18-35", "1990-01-10") it looks at what follows the second number instead: a range of
 * bare numbers is money only if a cue stands before it, which the caller checks.
 */
export function mayContinueAsMoney(text: string, end: number, allowRange = true): boolean {
  let i = end;
  if (text.charCodeAt(i) === 32) i++;
  if (text.charCodeAt(i) === 32) i++;
  if (i >= text.length) return false;
  if (!isLatinWord(text[i]!)) {
    if (RANGE_FIRST_CHARS.has(text[i]!)) return allowRange && rangeEndMayBeMoney(text, i + 1);
    return AFTER_OTHER_CHARS.has(text[i]!);
  }
  let j = i;
  while (j < text.length && j - i < MAX_WORD && charClass(text.charCodeAt(j)) === LATIN) j++;
  const word = text.slice(i, j);
  if (RANGE_FIRST_WORDS.has(word)) return allowRange && rangeEndMayBeMoney(text, j);
  return AFTER_LATIN_WORDS.has(word) || ATTACHED_CONNECTORS.some((c) => word.startsWith(c));
}

function rangeEndMayBeMoney(text: string, from: number): boolean {
  let i = from;
  while (i < from + 4 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 47 || text.charCodeAt(i) === 46)) i++;
  if (!isDigit(text.charCodeAt(i))) return currencyAhead(text, i) !== undefined;
  return mayContinueAsMoney(text, endOfNumber(text, i), false);
}
