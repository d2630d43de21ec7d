import type { MoneyPeriod } from '../../model/verdict';
import { charClass, LATIN, OTHER, runStart, UNSPACED, unspacedKeyEndingAt, unspacedKeyLengths } from './back-words';

/**
 * What the words just before an amount say about it: a salary ("gaji", "lương", "月薪"), a fee
 * or penalty ("biaya", "deposit", "denda", "押金"), an extra on top of pay ("bonus", "komisi",
 * "hoa hồng"), or a pay period written first ("เดือนละ", "日薪", "monthly salary").
 */
export type CueKind = 'salary' | 'fee' | 'extra';

export interface MoneyContext {
  kind?: CueKind;
  period?: MoneyPeriod;
  /** The currency the cue word itself implies ("sahod" is Tagalog: pesos), for posts of no local language. */
  currency?: string;
}

type Cue = { kind: CueKind; period?: MoneyPeriod; currency?: string };
const S: Cue = { kind: 'salary' };
// Tagalog pay words: Taglish ads often read as English, and "sahod 80k" is still pesos. Shared
// words ("gaji" is Indonesian and Malay, "lương" may quote dollars) imply nothing.
const PESO_PAY: Cue = { kind: 'salary', currency: 'PHP' };
const FEE: Cue = { kind: 'fee' };
const EXTRA: Cue = { kind: 'extra' };
const P = (period: MoneyPeriod): Cue => ({ kind: 'salary', period });

/** Cue words and two-word phrases (a space between the words). */
const CUES: Readonly<Record<string, Cue>> = {
  gaji: S, salary: S, salaries: S, wage: S, wages: S, pay: S, income: S, earn: S, earns: S,
  earning: S, earnings: S, penghasilan: S, pendapatan: S, upah: S, honor: S, 'lương': S, luong: S,
  'thu nhập': S, 'thu nhap': S, sahod: PESO_PAY, sweldo: PESO_PAY, suweldo: PESO_PAY, 工资: S, 工資: S, 薪水: S, 薪资: S,
  薪資: S, 薪: S, 待遇: S, 收入: S, 底薪: S, เงินเดือน: S, รายได้: S, ค่าจ้าง: S, ค่าแรง: S,

  biaya: FEE, fee: FEE, fees: FEE, deposit: FEE, denda: FEE, penalty: FEE, jaminan: FEE,
  tebusan: FEE, ransom: FEE, 'phí': FEE, 'cọc': FEE, 'bồi thường': FEE, 押金: FEE, 赎金: FEE,
  贖金: FEE, 罚款: FEE, 罰款: FEE, 费用: FEE, 費用: FEE, ค่าปรับ: FEE, ค่าธรรมเนียม: FEE, multa: FEE,

  bonus: EXTRA, komisi: EXTRA, commission: EXTRA, insentif: EXTRA, incentive: EXTRA, tip: EXTRA,
  tips: EXTRA, 'hoa hồng': EXTRA, 'thưởng': EXTRA, 奖金: EXTRA, 獎金: EXTRA, 提成: EXTRA, โบนัส: EXTRA,
  ค่าคอมมิชชั่น: EXTRA, komisyon: EXTRA,

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
  // a period word before the pay word ("daily salary 300-800 USD"): the pay word is nearer to the
  // amount, so the pair must be read as one cue or the period is lost
  'daily salary': P('day'), 'daily pay': P('day'), 'daily wage': P('day'), 'daily wages': P('day'),
  'daily income': P('day'), 'daily earnings': P('day'), 'weekly salary': P('week'), 'weekly pay': P('week'),
  'weekly wage': P('week'), 'weekly income': P('week'), 'weekly earnings': P('week'),
  'monthly salary': P('month'), 'monthly pay': P('month'), 'monthly income': P('month'),
  'monthly wage': P('month'), 'hourly pay': P('hour'), 'hourly wage': P('hour'), 'hourly rate': P('hour'),
  'annual salary': P('year'), 'yearly salary': P('year'), 'annual income': P('year'), 'annual pay': P('year'),
};
const UNSPACED_LENGTHS = unspacedKeyLengths(Object.keys(CUES));
/** Second words of the two-word cues: only these make it worth reading the word before. */
const PHRASE_TAILS = new Set(
  Object.keys(CUES)
    .filter((k) => k.includes(' '))
    .map((k) => k.slice(k.indexOf(' ') + 1)),
);

/** Words allowed between a salary word and its number ("gaji pokok mulai dari: 5000000"). */
const FILLERS = new Set([
  'up', 'to', 'upto', 'mulai', 'dari', 'from', 'starting', 'start', 'at', 'around', 'about', 'approx',
  'sekitar', 'kisaran', 'hingga', 'sampai', 's', 'd', 'min', 'max', 'minimal', 'maksimal', 'minimum',
  'maximum', 'pokok', 'basic', 'base', 'bersih', 'net', 'gross', 'kotor', 'is', 'of', 'range',
  'từ', 'lên', 'đến', 'khoảng', 'tối', 'thiểu', 'đa', 'cứng', 'hanggang', 'mula', 'sa', 'ng', 'ay',
  '约', '約', '高达', '高達',
]);

const WINDOW = 48;
const MAX_WORD = 24;

/**
 * The nearest cue on the same line before an amount, back to `floor` (the end of the previous
 * amount) and at most 48 characters: in "pay a fee of $500" the fee is nearer than the pay.
 */
export function moneyContextBefore(text: string, amountStart: number, floor: number): MoneyContext {
  const limit = Math.max(floor, amountStart - WINDOW);
  let i = amountStart;
  while (i > limit) {
    const code = text.charCodeAt(i - 1);
    if (code === 10) break; // same line only
    const cls = charClass(code);
    if (cls === OTHER) {
      i--;
      continue;
    }
    const start = runStart(text, i, limit, cls, MAX_WORD);
    const cue = cls === LATIN ? latinCueAt(text, start, i, limit) : unspacedCueIn(text, start, i);
    if (cue !== undefined) return cue;
    i = start;
  }
  return {};
}

/**
 * Cheap form of "a salary or fee word stands right before this number" ("gaji: 5000000",
 * "salary up to 1500", "月薪20000"): only separators and filler words may come between.
 */
export function cueRightBefore(text: string, pos: number, floor: number): CueKind | undefined {
  const limit = Math.max(floor, pos - WINDOW);
  let i = pos;
  for (let words = 0; words <= 4 && i > limit; words++) {
    while (i > limit && isGap(text.charCodeAt(i - 1))) i--;
    if (i <= limit) return undefined;
    const cls = charClass(text.charCodeAt(i - 1));
    if (cls === OTHER) return undefined; // a digit, a newline, a symbol
    const start = runStart(text, i, limit, cls, MAX_WORD);
    if (cls === UNSPACED) return unspacedKeyEndingAt(CUES, UNSPACED_LENGTHS, text, start, i)?.value.kind;
    const cue = latinCueAt(text, start, i, limit);
    if (cue !== undefined) return cue.kind;
    if (!FILLERS.has(text.slice(start, i))) return undefined;
    i = start;
  }
  return undefined;
}

/** Spaces and punctuation that may separate a cue from its number (not newlines or digits). */
function isGap(code: number): boolean {
  return code === 32 || code === 9 || code === 58 || code === 61 || code === 45 || code === 0x2013 ||
    code === 40 || code === 41 || code === 47 || code === 46;
}

/** The cue that is the Latin word [start, end), or the two-word phrase ending with it. */
function latinCueAt(text: string, start: number, end: number, limit: number): Cue | undefined {
  const word = text.slice(start, end);
  if (PHRASE_TAILS.has(word) && start - 1 > limit && text.charCodeAt(start - 1) === 32) {
    const before = runStart(text, start - 1, limit, LATIN, MAX_WORD);
    if (before < start - 1) {
      const phrase = CUES[`${text.slice(before, start - 1)} ${word}`];
      if (phrase !== undefined) return phrase;
    }
  }
  return CUES[word];
}

/** The cue nearest to `end` inside an unspaced run ("เดือนละ", "我们的月薪"). */
function unspacedCueIn(text: string, start: number, end: number): Cue | undefined {
  for (let e = end; e > start; e--) {
    const hit = unspacedKeyEndingAt(CUES, UNSPACED_LENGTHS, text, start, e);
    if (hit !== undefined) return hit.value;
  }
  return undefined;
}
