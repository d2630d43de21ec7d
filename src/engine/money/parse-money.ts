import type { PostField } from '../../model/post';
import type { Entity, Money, MoneyPeriod } from '../../model/verdict';
import type { TextView } from '../normalise/text-view';
import { evidenceOf } from '../entities/evidence';
import { HAN_NUMERAL_START, readHanDigits } from './han-numerals';
import { currencyOf, readAmount, readRangeEnd, type Amount } from './amounts';
import { charClass, LATIN } from './back-words';
import { currencyBefore } from './currencies';
import { cueRightBefore, moneyContextBefore, type MoneyContext } from './money-context';
import { monthlyUsd } from './monthly-usd';
import type { Multiplier } from './multipliers';
import { continuesDigitChain, endOfNumber, hasLeadingZero, isDigit, mayContinueAsMoney } from './number-scan';
import { parseAmountDigits, type MultiplierSize } from './parse-number';
import { periodAfter, perOtherUnitAfter } from './periods';

/** At most this many money entities per call: a pathological page must not flood the verdict. */
export const MAX_MONEY_ENTITIES = 200;
/** Reading stops after this many amounts, repeats included (a 5 MB page of one ad repeated). */
export const MAX_MONEY_MATCHES = 1000;
/** …or after this many numbers of any kind (a 5 MB table of numbers is not an ad). */
export const MAX_NUMBERS_EXAMINED = 50_000;

export interface FindMoneyOptions {
  /**
   * ISO-4217 code for amounts marked as money only by a salary or fee word ("gaji 5000000",
   * "salary 1500"). Without it such amounts get "XXX", the ISO code for "no currency", and no
   * monthlyUsd.
   */
  defaultCurrency?: string;
}

const NEXT_WORD_AT = /[ ]{0,2}([\p{L}]+)/uy;
/** "2 juta penduduk", "15 triệu người": counts of people or things, not money. */
const COUNTED_NOUNS = new Set([
  'orang', 'penduduk', 'jiwa', 'pengguna', 'pekerja', 'korban', 'warga', 'wni', 'pelanggan', 'pengikut',
  'followers', 'views', 'users', 'people', 'người', 'lượt', 'dân', 'km', 'kg', 'ton', 'unit', 'kali',
]);

/**
 * Finds amounts of money in one field: "Rp 15.000.000", "IDR 8-12 jt/bulan", "US$ 1,200/month",
 * "1500U", "15 triệu đồng/tháng", "2万元/月", "₹1 lakh", "$100-$200 daily" …
 * A plain number is money only with a currency, a money word ("juta", "triệu", "lakh") or a salary
 * word right before it; phone numbers, years, ages and "24/7" are not. Repeats of the same amount
 * are dropped; at most MAX_MONEY_ENTITIES, and reading stops after MAX_MONEY_MATCHES amounts or
 * MAX_NUMBERS_EXAMINED numbers.
 */
export function findMoney(view: TextView, field: PostField, opts: FindMoneyOptions = {}): Entity[] {
  const text = view.text;
  const out: Entity[] = [];
  const seen = new Set<string>();
  let floor = 0; // end of the previous amount: its words must not describe the next one
  let matches = 0;
  let examined = 0;
  // The RegExp engine skips non-digits much faster than a loop. Chinese numerals ("两万") are looked
  // for only on pages that write 万 or 千 at all.
  const digit = HAN_UNIT.test(text) ? HAN_OR_DIGIT : /\d/g;
  for (let i = 0; matches < MAX_MONEY_MATCHES && examined < MAX_NUMBERS_EXAMINED; ) {
    digit.lastIndex = i;
    const next = digit.exec(text);
    if (next === null) break;
    i = next.index;
    const han = isDigit(text.charCodeAt(i)) ? undefined : readHanDigits(text, i);
    if (han === undefined && !isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const end = han?.end ?? endOfNumber(text, i);
    examined++;
    const hit = han ? readHanMoney(text, i, han, floor, field, opts) : readMoney(text, i, end, floor, field, opts);
    if (hit === undefined) {
      i = end;
      continue;
    }
    matches++;
    i = hit.end;
    floor = hit.end;
    if (seen.has(hit.value)) continue;
    seen.add(hit.value);
    out.push({ type: 'money', value: hit.value, evidence: evidenceOf(view, field, hit.start, hit.end), money: hit.money });
    if (out.length >= MAX_MONEY_ENTITIES) break;
  }
  return out;
}

const HAN_UNIT = /[万萬千]/;
const HAN_OR_DIGIT = new RegExp(`[\\d${HAN_NUMERAL_START}]`, 'g');

interface MoneyHit {
  start: number;
  end: number;
  value: string;
  money: Money;
}

function readMoney(
  text: string,
  at: number,
  end: number,
  floor: number,
  field: PostField,
  opts: FindMoneyOptions,
): MoneyHit | undefined {
  // Cheap rejections first, on character codes, before anything is sliced or matched.
  if (text.charCodeAt(at - 1) === 43) return undefined; // "+62 812 …"
  if (hasLeadingZero(text, at, end) || continuesDigitChain(text, at)) return undefined;
  const prefix = currencyBefore(text, at, floor);
  if (prefix === undefined) {
    if (charClass(text.charCodeAt(at - 1)) === LATIN) return undefined; // "covid19", "a1"
    if (!mayContinueAsMoney(text, end) && cueRightBefore(text, at, floor) === undefined) return undefined;
  }
  const first = readAmount(text, prefix?.at ?? at, at, text.slice(at, end), prefix);
  const second = readRangeEnd(text, first);
  return (second && resolve(text, first, second, floor, field, opts)) ?? resolve(text, first, undefined, floor, field, opts);
}

/**
 * "月薪两万", "两万五元", "工资：八千": a Chinese numeral is money only with a currency written after it
 * or a pay or fee word right before it ("三万人" is thirty thousand people).
 */
function readHanMoney(
  text: string,
  at: number,
  han: { digits: string; end: number },
  floor: number,
  field: PostField,
  opts: FindMoneyOptions,
): MoneyHit | undefined {
  const first = readAmount(text, at, at, han.digits, undefined, han.end);
  const second = readRangeEnd(text, first); // "两万到三万"
  // "两三万" (two or three ten-thousands) is left unread: consular warnings quote it word for word,
  // and the rules do not yet tell such a quote from an offer.
  if (first.suffix === undefined && second?.suffix === undefined && cueRightBefore(text, at, floor) === undefined) return undefined;
  return (second && resolve(text, first, second, floor, field, opts)) ?? resolve(text, first, undefined, floor, field, opts);
}

function sizeOf(m: Multiplier | undefined): MultiplierSize {
  if (m === undefined) return 'none';
  return m.factor >= 1e4 ? 'large' : 'small';
}

function valueOf(a: Amount, m: Multiplier | undefined): number | undefined {
  const n = parseAmountDigits(a.digits, sizeOf(m));
  // rounded to cents: 1.15 × 1e6 is 1149999.9999999998 in binary floating point
  return n === undefined ? undefined : Math.round((n * (m?.factor ?? 1) + (a.rest ?? 0)) * 100) / 100;
}

function resolve(
  text: string,
  first: Amount,
  second: Amount | undefined,
  floor: number,
  field: PostField,
  opts: FindMoneyOptions,
): MoneyHit | undefined {
  // A multiplier written once covers both ends: "8-12 jt", "5jt-8".
  let m1 = first.multiplier;
  let m2 = second?.multiplier;
  if (second !== undefined && (m1 === undefined) !== (m2 === undefined)) {
    const shared = (m1 ?? m2)!;
    const a = parseAmountDigits(first.digits, sizeOf(shared));
    const b = parseAmountDigits(second.digits, sizeOf(shared));
    if (a !== undefined && b !== undefined && a <= b) {
      m1 = shared;
      m2 = shared;
    }
  }
  const v1 = valueOf(first, m1);
  const v2 = second === undefined ? v1 : valueOf(second, m2);
  if (v1 === undefined || v2 === undefined) return undefined;
  const min = Math.min(v1, v2);
  const max = Math.max(v1, v2);
  if (!(max > 0) || max >= 1e15) return undefined;

  const last = second ?? first;
  // Cheapest test first: a bare number is money only right after a salary or fee word.
  const bare = currencyOf(first) === undefined && (second === undefined || currencyOf(second) === undefined) &&
    m1 === undefined && m2 === undefined;
  if (bare && (max < 100 || cueRightBefore(text, first.start, floor) === undefined)) return undefined;
  const period = periodAfter(text, last.end);
  const end = period?.end ?? last.end;
  let context: MoneyContext | undefined;
  const contextOf = (): MoneyContext => (context ??= moneyContextBefore(text, first.start, floor));

  const decided = bare
    ? (opts.defaultCurrency ?? contextOf().currency ?? 'XXX')
    : decideCurrency(text, first, second, [m1, m2], period !== undefined, contextOf, end, opts);
  if (decided === undefined) return undefined;
  const currency = yenOrYuan(decided, text.slice(first.start, end), max);

  const { kind, period: cuePeriod } = contextOf();
  const finalPeriod: MoneyPeriod | undefined = period?.period ?? cuePeriod ?? (kind === 'fee' ? 'once' : undefined);
  const perOther = period === undefined && perOtherUnitAfter(text, end);
  const salaryLike = !perOther && (kind === 'salary' || field === 'salary');
  const noCue = !perOther && kind === undefined;

  const money: Money = { currency, min, max };
  if (finalPeriod !== undefined) money.period = finalPeriod;
  const usd = monthlyUsd(max, currency, finalPeriod, salaryLike, noCue);
  if (usd !== undefined) money.monthlyUsd = usd;
  const range = min === max ? `${min}` : `${min}-${max}`;
  const value = `${currency} ${range}${finalPeriod ? `/${finalPeriod}` : ''}`;
  return { start: first.start, end, value, money };
}

// "¥" is both yuan and yen. Chinese pay is quoted in thousands or tens of thousands of yuan a month
// (2万元); Japanese pay in hundreds of thousands of yen (¥180,000). Above this, "¥" reads as yen.
const YEN_FROM = 100_000;

function yenOrYuan(currency: string, written: string, max: number): string {
  return currency === 'CNY' && written.includes('¥') && max >= YEN_FROM ? 'JPY' : currency;
}

/** The ISO code of an amount with a written currency or a multiplier, or undefined when it is not money. */
function decideCurrency(
  text: string,
  first: Amount,
  second: Amount | undefined,
  multipliers: Array<Multiplier | undefined>,
  hasPeriod: boolean,
  contextOf: () => MoneyContext,
  end: number,
  opts: FindMoneyOptions,
): string | undefined {
  const written = currencyOf(first) ?? (second && currencyOf(second));
  const mults = multipliers.filter((m): m is Multiplier => m !== undefined);
  if (written !== undefined) {
    const onlyWeak = (first.prefix?.weak ?? true) && (second?.prefix?.weak ?? true) && !first.suffix && !second?.suffix;
    // "p30,000" and "p25k" are pesos; "p2" is not.
    if (onlyWeak && mults.length === 0 && !first.digits.includes(',')) return undefined;
    return written;
  }
  if (mults.some((m) => m.strength === 'needs-currency')) return undefined;
  const strong = mults.find((m) => m.strength === 'strong');
  const weak = mults.find((m) => m.strength === 'weak');
  const implied = localise(strong ?? weak, opts.defaultCurrency);
  if (strong !== undefined) return countsSomething(text, end) ? undefined : implied;
  if (weak !== undefined && (hasPeriod || contextOf().kind !== undefined)) return implied ?? opts.defaultCurrency ?? contextOf().currency ?? 'XXX';
  return undefined;
}

/** Malay shares "juta" and "ribu" with Indonesian: in a Malaysian ad they mean ringgit ("jt" does not). */
function localise(mult: Multiplier | undefined, defaultCurrency: string | undefined): string | undefined {
  const implied = mult?.currency;
  return implied === 'IDR' && defaultCurrency === 'MYR' && !mult?.indonesianOnly ? 'MYR' : implied;
}

function countsSomething(text: string, end: number): boolean {
  NEXT_WORD_AT.lastIndex = end;
  const m = NEXT_WORD_AT.exec(text);
  return m !== null && COUNTED_NOUNS.has(m[1]!);
}
