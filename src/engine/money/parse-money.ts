import type { PostField } from '../../model/post';
import type { Entity, Money, MoneyPeriod } from '../../model/verdict';
import type { TextView } from '../normalise/text-view';
import { evidenceOf } from '../entities/evidence';
import { currencyAfter, currencyAhead, currencyBefore } from './currencies';
import { moneyContextBefore } from './money-context';
import { monthlyUsd } from './monthly-usd';
import { multiplierAfter, type Multiplier } from './multipliers';
import { parseAmountDigits, type MultiplierSize } from './parse-number';
import { isLatinLetter, LATIN_LETTER } from './pattern-utils';
import { periodAfter, perOtherUnitAfter } from './periods';

/** At most this many money entities per call: a pathological page must not flood the verdict. */
export const MAX_MONEY_ENTITIES = 200;

export interface FindMoneyOptions {
  /**
   * ISO-4217 code for amounts marked as money only by a salary or fee word ("gaji 5000000",
   * "salary 1500"). Without it such amounts get "XXX", the ISO code for "no currency", and no
   * monthlyUsd.
   */
  defaultCurrency?: string;
}

/** One number with what is written around it: "us$ 1,200", "15 triệu đồng", "rm5k". */
interface Amount {
  start: number;
  digits: string;
  prefix?: { code: string; weak: boolean };
  multiplier?: Multiplier;
  suffix?: string;
  end: number;
}

const NUMBER = /\d+(?:[.,]\d+)*/g;
const NUMBER_AT = /\d+(?:[.,]\d+)*/y;
const RANGE_AT = new RegExp(
  `[ ]{0,2}(?:[-–—~]|至|到|ถึง|(?:to|hingga|sampai|s/d|s\\.d\\.?|sd|đến|den|tới|hanggang|until)(?![${LATIN_LETTER}]))[ ]{0,2}`,
  'y',
);
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
 * word right before it; phone numbers, years, ages and "24/7" are not.
 */
export function findMoney(view: TextView, field: PostField, opts: FindMoneyOptions = {}): Entity[] {
  const text = view.text;
  const out: Entity[] = [];
  const seen = new Set<string>();
  const numbers = new RegExp(NUMBER.source, 'g');
  let floor = 0; // end of the previous amount: its words must not describe the next one
  for (let m = numbers.exec(text); m !== null; m = numbers.exec(text)) {
    const hit = readMoney(text, m.index, m[0], floor, field, opts);
    if (hit === undefined) continue;
    numbers.lastIndex = hit.end;
    floor = hit.end;
    if (seen.has(hit.value)) continue;
    seen.add(hit.value);
    out.push({ type: 'money', value: hit.value, evidence: evidenceOf(view, field, hit.start, hit.end), money: hit.money });
    if (out.length >= MAX_MONEY_ENTITIES) break;
  }
  return out;
}

interface MoneyHit {
  start: number;
  end: number;
  value: string;
  money: Money;
}

function readMoney(
  text: string,
  at: number,
  digits: string,
  floor: number,
  field: PostField,
  opts: FindMoneyOptions,
): MoneyHit | undefined {
  if (at > 0 && text[at - 1] === '+') return undefined; // "+62 812 …"
  const prefix = currencyBefore(text, at, floor);
  if (prefix === undefined && isLatinLetter(text[at - 1])) return undefined; // "covid19", "a1"
  const first = readAmount(text, prefix?.at ?? at, at, digits, prefix);
  const second = readRangeEnd(text, first);
  return (second && resolve(text, first, second, floor, field, opts)) ?? resolve(text, first, undefined, floor, field, opts);
}

function readAmount(
  text: string,
  start: number,
  digitsAt: number,
  digits: string,
  prefix: { code: string; weak: boolean } | undefined,
): Amount {
  let end = digitsAt + digits.length;
  const amount: Amount = { start, digits, end };
  if (prefix !== undefined) amount.prefix = { code: prefix.code, weak: prefix.weak };
  const multiplier = multiplierAfter(text, end);
  if (multiplier !== undefined) {
    amount.multiplier = multiplier;
    end = multiplier.end;
  }
  const suffix = currencyAfter(text, end);
  if (suffix !== undefined) {
    amount.suffix = suffix.code;
    end = suffix.end;
  }
  amount.end = end;
  return amount;
}

/** The upper end of "8-12", "1,000–2,000", "1000 to 1500", "$100-$200". */
function readRangeEnd(text: string, first: Amount): Amount | undefined {
  RANGE_AT.lastIndex = first.end;
  const range = RANGE_AT.exec(text);
  if (range === null) return undefined;
  let pos = first.end + range[0].length;
  const start = pos;
  const prefix = currencyAhead(text, pos);
  if (prefix !== undefined) pos = prefix.end;
  NUMBER_AT.lastIndex = pos;
  const digits = NUMBER_AT.exec(text);
  if (digits === null) return undefined;
  const second = readAmount(text, start, pos, digits[0], prefix);
  const a = currencyOf(first);
  const b = currencyOf(second);
  return a !== undefined && b !== undefined && a !== b ? undefined : second;
}

function currencyOf(a: Amount): string | undefined {
  return a.prefix?.code ?? a.suffix;
}

function sizeOf(m: Multiplier | undefined): MultiplierSize {
  if (m === undefined) return 'none';
  return m.factor >= 1e4 ? 'large' : 'small';
}

function valueOf(a: Amount, m: Multiplier | undefined): number | undefined {
  const n = parseAmountDigits(a.digits, sizeOf(m));
  return n === undefined ? undefined : n * (m?.factor ?? 1);
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
  const period = periodAfter(text, last.end);
  const end = period?.end ?? last.end;
  const context = moneyContextBefore(text, first.start, floor);

  const currency = decideCurrency(text, first, second, [m1, m2], period !== undefined, context, max, end, opts);
  if (currency === undefined) return undefined;

  const finalPeriod: MoneyPeriod | undefined =
    period?.period ?? context.period ?? (context.kind === 'fee' ? 'once' : undefined);
  const perOther = period === undefined && perOtherUnitAfter(text, end);
  const salaryLike = !perOther && (context.kind === 'salary' || field === 'salary');
  const noCue = !perOther && context.kind === undefined;

  const money: Money = { currency, min, max };
  if (finalPeriod !== undefined) money.period = finalPeriod;
  const usd = monthlyUsd(max, currency, finalPeriod, salaryLike, noCue);
  if (usd !== undefined) money.monthlyUsd = usd;
  const range = min === max ? `${min}` : `${min}-${max}`;
  const value = `${currency} ${range}${finalPeriod ? `/${finalPeriod}` : ''}`;
  return { start: first.start, end, value, money };
}

/** The ISO code of an amount, or undefined when nothing marks the number as money. */
function decideCurrency(
  text: string,
  first: Amount,
  second: Amount | undefined,
  multipliers: Array<Multiplier | undefined>,
  hasPeriod: boolean,
  context: ReturnType<typeof moneyContextBefore>,
  max: number,
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
  const implied = localise((strong ?? weak)?.currency, opts.defaultCurrency);
  if (strong !== undefined) return countsSomething(text, end) ? undefined : implied;
  if (weak !== undefined && (context.kind !== undefined || hasPeriod)) return implied ?? opts.defaultCurrency ?? 'XXX';
  if (context.adjacent && max >= 100) return opts.defaultCurrency ?? 'XXX';
  return undefined;
}

/** Malay shares "juta" and "ribu" with Indonesian: in a Malaysian ad they mean ringgit. */
function localise(implied: string | undefined, defaultCurrency: string | undefined): string | undefined {
  return implied === 'IDR' && defaultCurrency === 'MYR' ? 'MYR' : implied;
}

function countsSomething(text: string, end: number): boolean {
  NEXT_WORD_AT.lastIndex = end;
  const m = NEXT_WORD_AT.exec(text);
  return m !== null && COUNTED_NOUNS.has(m[1]!);
}
