/**
 * Chinese numerals in pay: "月薪两万" (20,000), "两万五" (25,000), "十五万", "八千", and the mixed
 * "1万5" (15,000), where the digit after 万 counts thousands. Only the small numbers a salary is
 * written with; the caller decides whether the amount is money (a currency or a pay word next to it).
 */

const HAN_DIGIT: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const TEN = '十';
// Characters that may follow a rest: a currency ("两万五元", "2万5人民币", "5千美金") or a range
// ("两万五到三万"); any other Han character makes it a new word ("两万一个月" is 20,000 a month).
const AFTER_REST = new Set(['元', '块', '塊', '人', '美', '千', '到', '至']);

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isHan = (code: number): boolean => code >= 0x3400 && code <= 0x9fff;

/** Characters that can start a Chinese numeral, for the page scan. */
export const HAN_NUMERAL_START = '一二两兩三四五六七八九十';
/** Multipliers a Chinese numeral must be followed by to be read at all ("两万", "八千"). */
const HAN_UNITS = new Set(['万', '萬', '千']);

/**
 * The Chinese numeral starting at `at` ("两", "十五", "二十") as decimal digits, if a multiplier
 * 万/萬/千 follows it directly; otherwise undefined ("一个", "三天" are not amounts).
 */
export function readHanDigits(text: string, at: number): { digits: string; end: number } | undefined {
  let i = at;
  let value = 0;
  const first = HAN_DIGIT[text[i]!];
  if (first !== undefined) i++;
  if (text[i] === TEN) {
    i++;
    value = (first ?? 1) * 10;
    const units = HAN_DIGIT[text[i]!];
    if (units !== undefined) {
      value += units;
      i++;
    }
  } else if (first !== undefined) {
    value = first;
  }
  if (value === 0 || !HAN_UNITS.has(text[i]!)) return undefined;
  return { digits: String(value), end: i };
}

/**
 * The rest written after 万 or 千 without a unit: "两万五" and "1万5" are 25,000 and 15,000
 * ("五" counts thousands after 万, hundreds after 千); "1万5千" says the unit. Returns the value
 * to add (in units of money) and where it ends. A digit followed by more digits is not a rest.
 */
export function hanRestAfter(text: string, pos: number, factor: number): { value: number; end: number } | undefined {
  const ch = text[pos];
  if (ch === undefined) return undefined;
  let d = HAN_DIGIT[ch];
  if (d === undefined && isDigit(ch.charCodeAt(0)) && ch !== '0') d = ch.charCodeAt(0) - 48;
  if (d === undefined) return undefined;
  let end = pos + 1;
  const next = text[end];
  if (next !== undefined) {
    const code = next.charCodeAt(0);
    if (isDigit(code) || ((next === '.' || next === ',') && isDigit(text.charCodeAt(end + 1)))) return undefined;
    if (isHan(code) && !AFTER_REST.has(next)) return undefined;
    if (next === '千') {
      if (factor !== 1e4) return undefined;
      end++;
    }
  }
  return { value: (d * factor) / 10, end };
}
