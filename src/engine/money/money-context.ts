import type { MoneyPeriod } from '../../model/verdict';
import { alternation, isLatinLetter } from './pattern-utils';

/**
 * What the words just before an amount say about it: a salary ("gaji", "lương", "月薪"), a fee
 * or penalty ("biaya", "deposit", "denda", "押金"), or a pay period written first ("เดือนละ",
 * "日薪", "monthly salary").
 */
export type CueKind = 'salary' | 'fee';

export interface MoneyContext {
  kind?: CueKind;
  period?: MoneyPeriod;
  /** The cue is right before the amount ("gaji: 5000000", "salary up to 1500"). */
  adjacent: boolean;
}

type Cue = { kind: CueKind; period?: MoneyPeriod };
const S: Cue = { kind: 'salary' };
const FEE: Cue = { kind: 'fee' };
const P = (period: MoneyPeriod): Cue => ({ kind: 'salary', period });

const CUES: Readonly<Record<string, Cue>> = {
  gaji: S, salary: S, salaries: S, wage: S, wages: S, pay: S, income: S, earn: S, earns: S,
  earning: S, earnings: S, penghasilan: S, pendapatan: S, upah: S, honor: S, 'lương': S, luong: S,
  'thu nhập': S, 'thu nhap': S, sahod: S, sweldo: S, suweldo: S, 工资: S, 工資: S, 薪水: S, 薪资: S,
  薪資: S, 薪: S, 待遇: S, 收入: S, 底薪: S, เงินเดือน: S, รายได้: S, ค่าจ้าง: S, ค่าแรง: S,

  biaya: FEE, fee: FEE, fees: FEE, deposit: FEE, denda: FEE, penalty: FEE, jaminan: FEE,
  tebusan: FEE, ransom: FEE, 'phí': FEE, 'cọc': FEE, 'bồi thường': FEE, 押金: FEE, 赎金: FEE,
  贖金: FEE, 罚款: FEE, 罰款: FEE, 费用: FEE, 費用: FEE, ค่าปรับ: FEE, ค่าธรรมเนียม: FEE, multa: FEE,

  monthly: P('month'), bulanan: P('month'), 'per bulan': P('month'), perbulan: P('month'),
  sebulan: P('month'), 'tiap bulan': P('month'), 'setiap bulan': P('month'), 'mỗi tháng': P('month'),
  'hàng tháng': P('month'), 'lương tháng': P('month'), 月薪: P('month'), 月入: P('month'),
  每月: P('month'), 每个月: P('month'), เดือนละ: P('month'), 'kada buwan': P('month'), buwanan: P('month'),
  daily: P('day'), harian: P('day'), 'per hari': P('day'), perhari: P('day'), sehari: P('day'),
  日薪: P('day'), 每天: P('day'), 每日: P('day'), วันละ: P('day'), 'mỗi ngày': P('day'),
  'lương ngày': P('day'), arawan: P('day'), 'kada araw': P('day'),
  hourly: P('hour'), 'per jam': P('hour'), 时薪: P('hour'), 時薪: P('hour'), ชั่วโมงละ: P('hour'),
  weekly: P('week'), mingguan: P('week'), 周薪: P('week'), 週薪: P('week'), lingguhan: P('week'),
  yearly: P('year'), annual: P('year'), annually: P('year'), tahunan: P('year'), 年薪: P('year'),
  ปีละ: P('year'), 'per annum': P('year'),
};

/** Words allowed between a salary word and its number ("gaji pokok mulai dari: 5000000"). */
const FILLERS = new Set([
  'up', 'to', 'upto', 'mulai', 'dari', 'from', 'starting', 'start', 'at', 'around', 'about', 'approx',
  'sekitar', 'kisaran', 'hingga', 'sampai', 's/d', 'min', 'max', 'minimal', 'maksimal', 'minimum',
  'maximum', 'pokok', 'basic', 'base', 'bersih', 'net', 'gross', 'kotor', 'is', 'of', 'range',
  'từ', 'lên', 'đến', 'khoảng', 'tối', 'thiểu', 'đa', 'cứng', 'hanggang', 'mula', 'sa', 'ng', 'ay',
  '约', '約', '高达', '高達',
]);

const CUE_RE = new RegExp(alternation(Object.keys(CUES)), 'g');
const WINDOW = 48;

/**
 * Looks at the same line before an amount, back to `floor` (the end of the previous amount) and at
 * most 48 characters, so the cost per amount is constant. The last cue wins: in "pay a fee of $500"
 * the fee is nearer than the pay.
 */
export function moneyContextBefore(text: string, amountStart: number, floor: number): MoneyContext {
  let from = Math.max(floor, amountStart - WINDOW);
  let window = text.slice(from, amountStart);
  const newline = window.lastIndexOf('\n');
  if (newline >= 0) {
    from += newline + 1;
    window = window.slice(newline + 1);
  }
  let last: { cue: Cue; end: number } | undefined;
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(window); m !== null; m = CUE_RE.exec(window)) {
    const start = from + m.index;
    const end = start + m[0].length;
    const latin = isLatinLetter(m[0][0]);
    if (latin && (isLatinLetter(text[start - 1]) || isLatinLetter(text[end]))) continue;
    const cue = CUES[m[0]];
    if (cue !== undefined) last = { cue, end };
  }
  if (last === undefined) return { adjacent: false };
  const gap = text.slice(last.end, amountStart);
  const adjacent = gapIsFiller(gap);
  const out: MoneyContext = { kind: last.cue.kind, adjacent };
  if (last.cue.period !== undefined) out.period = last.cue.period;
  return out;
}

function gapIsFiller(gap: string): boolean {
  const words = gap.split(/[\s:=\-–()]+/).filter((w) => w.length > 0);
  return words.length <= 4 && words.every((w) => FILLERS.has(w));
}
