import { alternation, LATIN_LETTER } from './pattern-utils';

/**
 * How much a multiplier word tells us:
 * - strong: money on its own, and it names its currency ("15 juta", "15 triệu", "1 lakh");
 * - weak: money only next to a salary word or a pay period ("2万/月", "gaji 5 ribu", "5k/month");
 * - needs-currency: too ambiguous without an explicit currency ("5m" is five metres or minutes).
 */
export type MultiplierStrength = 'strong' | 'weak' | 'needs-currency';

export interface Multiplier {
  factor: number;
  /** Currency the word implies when no currency is written. */
  currency?: string;
  strength: MultiplierStrength;
  /** "jt", "rb": Indonesian shorthand that Malaysians do not write, so it stays rupiah in a Malay-looking post. */
  indonesianOnly?: true;
}

const M = (factor: number, strength: MultiplierStrength, currency?: string): Multiplier =>
  currency === undefined ? { factor, strength } : { factor, strength, currency };

const ID = (factor: number): Multiplier => ({ factor, strength: 'strong', currency: 'IDR', indonesianOnly: true });

const MULTIPLIERS: Readonly<Record<string, Multiplier>> = {
  // Indonesian (also Malay: an explicit "RM" overrides the implied rupiah)
  jt: ID(1e6), jta: ID(1e6), juta: M(1e6, 'strong', 'IDR'),
  rb: ID(1e3), rbu: ID(1e3), ribu: M(1e3, 'weak', 'IDR'),
  miliar: M(1e9, 'weak', 'IDR'), milyar: M(1e9, 'weak', 'IDR'),
  // Vietnamese
  'triệu': M(1e6, 'strong', 'VND'), trieu: M(1e6, 'strong', 'VND'), tr: M(1e6, 'strong', 'VND'),
  'nghìn': M(1e3, 'weak', 'VND'), 'ngàn': M(1e3, 'weak', 'VND'), nghin: M(1e3, 'weak', 'VND'),
  ngan: M(1e3, 'weak', 'VND'), 'tỷ': M(1e9, 'weak', 'VND'),
  // South Asian
  lakh: M(1e5, 'strong', 'INR'), lakhs: M(1e5, 'strong', 'INR'), lac: M(1e5, 'strong', 'INR'),
  lacs: M(1e5, 'strong', 'INR'), crore: M(1e7, 'strong', 'INR'), crores: M(1e7, 'strong', 'INR'),
  cr: M(1e7, 'needs-currency'),
  // Chinese
  万: M(1e4, 'weak', 'CNY'), 萬: M(1e4, 'weak', 'CNY'), 千: M(1e3, 'weak', 'CNY'),
  // Thai
  ล้าน: M(1e6, 'weak', 'THB'), แสน: M(1e5, 'weak', 'THB'), หมื่น: M(1e4, 'weak', 'THB'), พัน: M(1e3, 'weak', 'THB'),
  // Tagalog
  libo: M(1e3, 'weak', 'PHP'), milyon: M(1e6, 'weak', 'PHP'),
  // No currency of their own
  k: M(1e3, 'weak'), thousand: M(1e3, 'weak'), million: M(1e6, 'weak'), millions: M(1e6, 'weak'),
  mio: M(1e6, 'needs-currency'), mn: M(1e6, 'needs-currency'), mil: M(1e6, 'needs-currency'),
  m: M(1e6, 'needs-currency'), billion: M(1e9, 'weak'), bn: M(1e9, 'needs-currency'),
};

/** The words themselves, for a cheap first-character check. */
export const MULTIPLIER_WORDS: readonly string[] = Object.keys(MULTIPLIERS);

const MULTIPLIER_AT = new RegExp(`[ ]?(${alternation(Object.keys(MULTIPLIERS))})(?![${LATIN_LETTER}])`, 'y');

/** A multiplier word right after a number ("15jt", "7,5 juta", "1.2k", "2万", "1 lakh"). */
export function multiplierAfter(text: string, pos: number): (Multiplier & { end: number }) | undefined {
  MULTIPLIER_AT.lastIndex = pos;
  const m = MULTIPLIER_AT.exec(text);
  if (m === null) return undefined;
  const mult = MULTIPLIERS[m[1]!];
  return mult === undefined ? undefined : { ...mult, end: pos + m[0].length };
}
