import { alternation, isLatinLetter, LATIN_LETTER, trimEnd } from './pattern-utils';

/**
 * Currency marks written before an amount, as they look after normalisation (NFKC, lower-case:
 * "₨" becomes "rs", "＄" becomes "$"). "$" alone is read as US dollars and "¥" as yuan (the
 * recruitment ads this engine reads quote Chinese, not Japanese, pay). "rs" is read as Indian rupees.
 */
const PREFIX: Readonly<Record<string, string>> = {
  rp: 'IDR', idr: 'IDR',
  $: 'USD', us$: 'USD', usd: 'USD', usd$: 'USD', usdt: 'USD',
  s$: 'SGD', sg$: 'SGD', sgd: 'SGD',
  hk$: 'HKD', hkd: 'HKD',
  a$: 'AUD', au$: 'AUD', aud: 'AUD',
  nt$: 'TWD', twd: 'TWD',
  c$: 'CAD', cad: 'CAD',
  '₱': 'PHP', php: 'PHP', p: 'PHP',
  '₫': 'VND', vnd: 'VND',
  rm: 'MYR', myr: 'MYR',
  '฿': 'THB', thb: 'THB',
  '¥': 'CNY', cny: 'CNY', rmb: 'CNY',
  '₹': 'INR', rs: 'INR', inr: 'INR',
  kes: 'KES', ksh: 'KES', kshs: 'KES',
  ugx: 'UGX', ush: 'UGX', etb: 'ETB',
  '€': 'EUR', eur: 'EUR', '£': 'GBP', gbp: 'GBP',
  khr: 'KHR', '៛': 'KHR', mmk: 'MMK', lak: 'LAK', '₭': 'LAK',
  '₩': 'KRW', krw: 'KRW', jpy: 'JPY', aed: 'AED', brl: 'BRL', r$: 'BRL',
  ngn: 'NGN', '₦': 'NGN', pkr: 'PKR', lkr: 'LKR', npr: 'NPR', bdt: 'BDT', '৳': 'BDT',
};

/** "p30,000" is a peso amount in Philippine ads, but a bare "p" is too common to trust alone. */
const WEAK_PREFIXES = new Set(['p']);

/** Currency words and signs written after an amount. "u" is the Chinese shorthand for USDT. */
const SUFFIX: Readonly<Record<string, string>> = {
  usdt: 'USD', usd: 'USD', us$: 'USD', $: 'USD', u: 'USD', dollar: 'USD', dollars: 'USD',
  dolar: 'USD', dolares: 'USD', 'dólar': 'USD', 'dólares': 'USD', reais: 'BRL', 'đô': 'USD', do: 'USD', 'đô la': 'USD', 'do la': 'USD', 美元: 'USD', 美金: 'USD',
  rupiah: 'IDR', idr: 'IDR',
  vnd: 'VND', 'đồng': 'VND', dong: 'VND', 'đ': 'VND', '₫': 'VND',
  php: 'PHP', peso: 'PHP', pesos: 'PHP', '₱': 'PHP',
  ringgit: 'MYR', myr: 'MYR',
  บาท: 'THB', baht: 'THB', thb: 'THB', '฿': 'THB',
  元: 'CNY', 块: 'CNY', 塊: 'CNY', 圆: 'CNY', rmb: 'CNY', cny: 'CNY', yuan: 'CNY', 人民币: 'CNY',
  rupees: 'INR', rupee: 'INR', inr: 'INR',
  kes: 'KES', ksh: 'KES', kshs: 'KES', shillings: 'KES',
  riel: 'KHR', riels: 'KHR', '៛': 'KHR', khr: 'KHR',
  kyat: 'MMK', kyats: 'MMK', mmk: 'MMK', kip: 'LAK', lak: 'LAK',
  sgd: 'SGD', hkd: 'HKD', eur: 'EUR', euro: 'EUR', euros: 'EUR', '€': 'EUR',
  yen: 'JPY', 円: 'JPY', krw: 'KRW', aed: 'AED', dirham: 'AED', dirhams: 'AED',
  ugx: 'UGX', etb: 'ETB', birr: 'ETB',
  // dollars and local money in the scripts of South and Southeast Asia: "१५०० डलर", "১৫০০ ডলার", "1500 ڈالر"
  डलर: 'USD', डॉलर: 'USD', ডলার: 'USD', ඩොලර්: 'USD', ڈالر: 'USD', ដុល្លារ: 'USD', ดอลลาร์: 'USD', ဒေါ်လာ: 'USD',
  रुपैयाँ: 'NPR', रुपैंया: 'NPR', रुपये: 'INR', रुपए: 'INR', টাকা: 'BDT', टाका: 'BDT', روپے: 'PKR', රුපියල්: 'LKR', ကျပ်: 'MMK', រៀល: 'KHR',
};

/** The suffix words themselves, for a cheap first-character check. */
export const SUFFIX_CURRENCY_WORDS: readonly string[] = Object.keys(SUFFIX);

const CURRENCY_CHARS = new Set('abcdefghijklmnopqrstuvwxyz$₱₫฿¥₹€£៛₭₩₦৳');
const MAX_PREFIX_LENGTH = 4;

export interface CurrencyMark {
  code: string;
  /** Where the mark starts (prefix) or ends (suffix) in the normalised text. */
  at: number;
  weak: boolean;
}

/**
 * The currency mark written just before the number at `numberStart` ("rp 5", "rp.5", "us$ 1,200",
 * "us $1,200"), or undefined. Reads backwards a few characters only, so it costs O(1).
 */
export function currencyBefore(text: string, numberStart: number, floor = 0): CurrencyMark | undefined {
  let end = numberStart;
  for (let spaces = 0; spaces < 2 && end > floor && text[end - 1] === ' '; spaces++) end--;
  if (end > floor && text[end - 1] === '.' && isLatinLetter(text[end - 2])) end--; // "rp." "rs."
  let start = end;
  while (start > floor && end - start <= MAX_PREFIX_LENGTH && CURRENCY_CHARS.has(text[start - 1]!)) start--;
  if (start === end || (start > 0 && isLatinLetter(text[start - 1]))) return undefined;
  const word = text.slice(start, end);
  const code = PREFIX[word];
  if (code === undefined) return undefined;
  if (word === '$' && start >= 3 && text.slice(start - 3, start) === 'us ' && !isLatinLetter(text[start - 4])) {
    return { code, at: start - 3, weak: false };
  }
  return { code, at: start, weak: WEAK_PREFIXES.has(word) };
}

const NOT_IN_WORD = `(?![${LATIN_LETTER}])`;
const PREFIX_AHEAD = new RegExp(`(?:${alternation(Object.keys(PREFIX))})\\.?[ ]{0,2}(?=\\d)`, 'y');
const SUFFIX_AT = new RegExp(`[ ]{0,2}(${alternation(Object.keys(SUFFIX))})${NOT_IN_WORD}`, 'y');

/** A currency mark starting exactly at `pos` and followed by a digit (the second half of "$100-$200"). */
export function currencyAhead(text: string, pos: number): { code: string; end: number; weak: boolean } | undefined {
  PREFIX_AHEAD.lastIndex = pos;
  const m = PREFIX_AHEAD.exec(text);
  if (m === null) return undefined;
  const word = trimEnd(m[0], '. ');
  const code = PREFIX[word];
  return code === undefined ? undefined : { code, end: pos + m[0].length, weak: WEAK_PREFIXES.has(word) };
}

/** "1000 đô thị" is a thousand towns, "đô vật" a wrestler, "đô đốc" an admiral: not dollars. */
const NOT_DOLLARS_AFTER_DO = /[ ](?:thị|vật|đốc|hội)(?![a-z\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff])/y;
/**
 * Vietnamese written without diacritics ("luong 1000 do") writes dollars as "do", which is also
 * "by, because" ("1000 do cty tra"): it counts only when no word follows, or a pay period does.
 */
const BARE_DO_ENDS = /(?:[ ]{0,2}(?:$|[^ '’\-a-z\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff])|[ ](?:mot|1|moi|hang|per|a) ?(?:thang|ngay|tuan|nam|month|day|week)(?![a-z]))/y;

/** A currency word or sign right after an amount ("1500 usdt", "15 triệu đồng", "2万元", "30,000 บาท"). */
export function currencyAfter(text: string, pos: number): { code: string; end: number } | undefined {
  SUFFIX_AT.lastIndex = pos;
  const m = SUFFIX_AT.exec(text);
  if (m === null) return undefined;
  const word = m[1]!;
  const end = pos + m[0].length;
  if (word === 'đô' && followedBy(NOT_DOLLARS_AFTER_DO, text, end)) return undefined;
  if (word === 'do' && !followedBy(BARE_DO_ENDS, text, end)) return undefined;
  const code = SUFFIX[word];
  return code === undefined ? undefined : { code, end };
}

function followedBy(pattern: RegExp, text: string, pos: number): boolean {
  pattern.lastIndex = pos;
  return pattern.test(text);
}
