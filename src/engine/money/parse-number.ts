/**
 * Reads the digits of an amount, deciding what "." and "," mean.
 *
 * Indonesian and Vietnamese write thousands with dots (250.000, 1.200.000) and decimals with a
 * comma (7,5 juta); English does the opposite. A group of exactly three digits after a single
 * separator is a thousands group ("$1,500", "250.000"), unless a large multiplier follows
 * ("1.500 juta" is 1.5 juta: nobody writes 1,500 millions in a job ad). Small multipliers keep the
 * thousands reading ("7.500k" is 7,500 thousand, as Vietnamese ads write it). With two kinds of
 * separator the last one is the decimal mark ("1.200,50", "1,200.50").
 * Returns undefined for digit strings that are not amounts: leading zeros ("0812", "08.00"),
 * irregular groups ("1.23.456"), or more than 15 digits before the decimal mark.
 * One pass over the characters and no allocation: it runs for every number on a page.
 */
export type MultiplierSize = 'none' | 'small' | 'large';

const DOT = 46;
const COMMA = 44;
const ZERO = 48;

export function parseAmountDigits(token: string, multiplier: MultiplierSize): number | undefined {
  const n = token.length;
  let seps = 0;
  let firstSep = -1;
  let lastSep = -1;
  let firstChar = 0;
  let others = 0; // separators that differ from the first one
  let regular = true; // every group between separators has three digits
  for (let i = 0; i < n; i++) {
    const c = token.charCodeAt(i);
    if (c !== DOT && c !== COMMA) continue;
    if (seps === 0) {
      firstSep = i;
      firstChar = c;
    } else {
      if (i - lastSep !== 4) regular = false;
      if (c !== firstChar) others++;
    }
    lastSep = i;
    seps++;
  }
  if (seps === 0) return n > 15 || (n > 1 && token.charCodeAt(0) === ZERO) ? undefined : digitsValue(token, 0, n, -1);
  if (firstSep > 1 && token.charCodeAt(0) === ZERO) return undefined;
  const firstOk = firstSep >= 1 && firstSep <= 3;
  const tail = n - 1 - lastSep;
  if (others === 0 && seps > 1) return firstOk && regular && tail === 3 ? digitsValue(token, 0, n, -1) : undefined;
  if (others === 0) {
    const thousands = tail === 3 && firstOk && multiplier !== 'large';
    return digitsValue(token, 0, n, thousands ? -1 : lastSep);
  }
  // Mixed: only the last separator may differ, and the groups before it are thousands.
  const lastIsOther = token.charCodeAt(lastSep) !== firstChar;
  if (others !== 1 || !lastIsOther || !firstOk || !regular) return undefined;
  return digitsValue(token, 0, n, lastSep);
}

/** The number in token[from, to), ignoring separators; `decimalAt` (or -1) is the decimal mark. */
function digitsValue(token: string, from: number, to: number, decimalAt: number): number | undefined {
  let whole = 0;
  let digits = 0;
  const wholeEnd = decimalAt < 0 ? to : decimalAt;
  for (let i = from; i < wholeEnd; i++) {
    const c = token.charCodeAt(i) - ZERO;
    if (c < 0 || c > 9) continue;
    whole = whole * 10 + c;
    digits++;
  }
  if (digits > 15) return undefined;
  if (decimalAt < 0) return whole;
  let fraction = 0;
  let scale = 1;
  for (let i = decimalAt + 1; i < to && scale < 1e9; i++) {
    fraction = fraction * 10 + (token.charCodeAt(i) - ZERO);
    scale *= 10;
  }
  return whole + fraction / scale;
}
