/**
 * Reads the digits of an amount, deciding what "." and "," mean.
 *
 * Indonesian and Vietnamese write thousands with dots (250.000, 1.200.000) and decimals with a
 * comma (7,5 juta); English does the opposite. A group of exactly three digits after a single
 * separator is a thousands group ("$1,500", "250.000"), unless a large multiplier follows
 * ("1.500 juta" is 1.5 juta: nobody writes 1,500 millions in a job ad). Small multipliers keep the
 * thousands reading ("7.500k" is 7,500 thousand, as Vietnamese ads write it).
 * Returns undefined for digit strings that are not amounts: leading zeros ("0812", "08.00"),
 * irregular groups ("1.23.456"), or more than 15 digits.
 */
export type MultiplierSize = 'none' | 'small' | 'large';

export function parseAmountDigits(token: string, multiplier: MultiplierSize): number | undefined {
  const parts = token.split(/[.,]/);
  const first = parts[0]!;
  if (first.length > 1 && first.startsWith('0')) return undefined;
  if (parts.length === 1) return first.length > 15 ? undefined : Number(first);

  const seps = token.replace(/\d/g, '');
  const last = parts[parts.length - 1]!;
  const inner = parts.slice(1, -1);
  const allSame = seps.split('').every((s) => s === seps[0]);

  if (allSame && parts.length > 2) {
    return isThousandsGrouping(first, parts.slice(1)) ? Number(parts.join('')) : undefined;
  }
  if (allSame) {
    const thousands = last.length === 3 && first.length <= 3 && multiplier !== 'large';
    return thousands ? Number(first + last) : Number(`${first}.${last}`);
  }
  // Mixed separators: the last one is the decimal mark, the others group thousands.
  const decimalMark = seps[seps.length - 1];
  const groupMarks = seps.slice(0, -1);
  if (groupMarks.split('').some((s) => s === decimalMark)) return undefined;
  if (!groupMarks.split('').every((s) => s === groupMarks[0])) return undefined;
  if (!isThousandsGrouping(first, inner)) return undefined;
  return Number(`${first}${inner.join('')}.${last}`);
}

function isThousandsGrouping(first: string, rest: string[]): boolean {
  return first.length >= 1 && first.length <= 3 && rest.every((g) => g.length === 3);
}
