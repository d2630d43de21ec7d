import { currencyAfter, currencyAhead, type CurrencyMark } from './currencies';
import { hanRestAfter, readHanDigits } from './han-numerals';
import { multiplierAfter, type Multiplier } from './multipliers';
import { LATIN_LETTER } from './pattern-utils';

/** One number with what is written around it: "us$ 1,200", "15 triệu đồng", "rm5k". */
export interface Amount {
  /** Start of the amount, currency sign included. */
  start: number;
  digits: string;
  prefix?: { code: string; weak: boolean };
  multiplier?: Multiplier;
  /** What "两万五" and "1万5" add after the multiplier (5,000), in units of money. */
  rest?: number;
  /** Currency written after the number. */
  suffix?: string;
  /** End of the amount, multiplier and currency word included. */
  end: number;
}

/** Words that join the two ends of a range: "1000 to 1500", "5 hingga 8 juta", "10 đến 15 triệu". */
export const RANGE_WORDS = ['to', 'hingga', 'sampai', 's/d', 's.d.', 's.d', 'sd', 'đến', 'den', 'tới', 'hanggang', 'until'];
/** Signs that join the two ends of a range ("ถึง" is Thai "to"). */
export const RANGE_SIGNS = ['-', '–', '—', '~', '至', '到', 'ถึง'];

const RANGE_AT = new RegExp(
  `[ ]{0,2}(?:[-–—~]|至|到|ถึง|(?:${RANGE_WORDS.map((w) => w.replace(/[./]/g, '\\$&')).join('|')})(?![${LATIN_LETTER}]))[ ]{0,2}`,
  'y',
);
const NUMBER_AT = /\d+(?:[.,]\d+)*/y;

/** Reads the multiplier and currency word after the number digits[digitsAt…]. */
export function readAmount(
  text: string,
  start: number,
  digitsAt: number,
  digits: string,
  prefix: Pick<CurrencyMark, 'code' | 'weak'> | undefined,
  digitsEnd = digitsAt + digits.length,
): Amount {
  let end = digitsEnd;
  const amount: Amount = { start, digits, end };
  if (prefix !== undefined) amount.prefix = { code: prefix.code, weak: prefix.weak };
  const multiplier = multiplierAfter(text, end);
  if (multiplier !== undefined) {
    amount.multiplier = multiplier;
    end = multiplier.end;
    const rest = multiplier.currency === 'CNY' ? hanRestAfter(text, end, multiplier.factor) : undefined;
    if (rest !== undefined) {
      amount.rest = rest.value;
      end = rest.end;
    }
  }
  const suffix = currencyAfter(text, end);
  if (suffix !== undefined) {
    amount.suffix = suffix.code;
    end = suffix.end;
  }
  amount.end = end;
  return amount;
}

/** The upper end of "8-12", "1,000–2,000", "1000 to 1500", "$100-$200"; none across currencies. */
export function readRangeEnd(text: string, first: Amount): Amount | undefined {
  RANGE_AT.lastIndex = first.end;
  const range = RANGE_AT.exec(text);
  if (range === null) return undefined;
  let pos = first.end + range[0].length;
  const start = pos;
  const prefix = currencyAhead(text, pos);
  if (prefix !== undefined) pos = prefix.end;
  NUMBER_AT.lastIndex = pos;
  const digits = NUMBER_AT.exec(text);
  // "两万到三万", "1万至两万": the upper end may be written in Chinese numerals.
  const han = digits === null && first.multiplier?.currency === 'CNY' ? readHanDigits(text, pos) : undefined;
  if (digits === null && han === undefined) return undefined;
  const second = han ? readAmount(text, start, pos, han.digits, prefix, han.end) : readAmount(text, start, pos, digits![0], prefix);
  const a = currencyOf(first);
  const b = currencyOf(second);
  return a !== undefined && b !== undefined && a !== b ? undefined : second;
}

/** The currency written before or after an amount, if any. */
export function currencyOf(a: Amount): string | undefined {
  return a.prefix?.code ?? a.suffix;
}
