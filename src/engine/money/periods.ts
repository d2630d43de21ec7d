import type { MoneyPeriod } from '../../model/verdict';
import { alternation, LATIN_LETTER } from './pattern-utils';

/** Unit words of a pay period, in the languages of the ads we read. */
const UNITS: Readonly<Record<string, MoneyPeriod>> = {
  hour: 'hour', hr: 'hour', jam: 'hour', 'giờ': 'hour', gio: 'hour', oras: 'hour', ชั่วโมง: 'hour',
  小时: 'hour', 小時: 'hour',
  day: 'day', hari: 'day', 'ngày': 'day', ngay: 'day', araw: 'day', วัน: 'day', 日: 'day', 天: 'day',
  week: 'week', wk: 'week', minggu: 'week', 'tuần': 'week', tuan: 'week', linggo: 'week',
  สัปดาห์: 'week', อาทิตย์: 'week', 周: 'week', 週: 'week', 星期: 'week',
  month: 'month', mo: 'month', mth: 'month', bulan: 'month', bln: 'month', 'tháng': 'month',
  thang: 'month', buwan: 'month', เดือน: 'month', 月: 'month', 个月: 'month', 個月: 'month',
  year: 'year', yr: 'year', tahun: 'year', thn: 'year', 'năm': 'year', taon: 'year', ปี: 'year', 年: 'year',
};

/** Words that join an amount to a unit: "/bulan", "per day", "a month", "sebulan", "mỗi tháng", "ต่อเดือน", "每月". */
const CONNECTORS = [
  '/', 'per', 'a', 'an', 'each', 'every', 'se', 'tiap', 'setiap', 'mỗi', 'một', 'hàng', 'moi', 'mot', 'hang', '1',
  'kada', 'bawat', 'sa isang', 'isang', 'ต่อ', '每', '每个', '每個', '一个', '一個',
];

/** One-word forms: "monthly", "harian", "buwanan". */
const ADJECTIVES: Readonly<Record<string, MoneyPeriod>> = {
  hourly: 'hour', daily: 'day', harian: 'day', arawan: 'day', weekly: 'week', mingguan: 'week',
  lingguhan: 'week', monthly: 'month', bulanan: 'month', buwanan: 'month', yearly: 'year',
  annually: 'year', tahunan: 'year', 'per annum': 'year', 'p.a.': 'year',
};

/** Words that can start a period after an amount, for a cheap first-character check. */
export const PERIOD_START_WORDS: readonly string[] = [...CONNECTORS, ...Object.keys(ADJECTIVES)];

const END = `(?![${LATIN_LETTER}])`;
const PERIOD_AT = new RegExp(
  `[ ]{0,2}(?:(?:${alternation(CONNECTORS)})[ ]?(${alternation(Object.keys(UNITS))})|(${alternation(Object.keys(ADJECTIVES))}))${END}`,
  'y',
);

/** A pay period written right after an amount, or undefined. */
export function periodAfter(text: string, pos: number): { period: MoneyPeriod; end: number } | undefined {
  PERIOD_AT.lastIndex = pos;
  const m = PERIOD_AT.exec(text);
  if (m === null) return undefined;
  const period = m[1] !== undefined ? UNITS[m[1]] : ADJECTIVES[m[2]!];
  return period === undefined ? undefined : { period, end: pos + m[0].length };
}

const PER_OTHER_AT = /[ ]{0,2}(?:\/|per |each |tiap |mỗi |kada |每)[ ]?[\p{L}]/uy;

/**
 * "per task", "/order", "mỗi đơn": a rate per something other than time. Such amounts are not
 * salaries, so no monthly figure is assumed for them.
 */
export function perOtherUnitAfter(text: string, pos: number): boolean {
  PER_OTHER_AT.lastIndex = pos;
  return PER_OTHER_AT.test(text);
}
