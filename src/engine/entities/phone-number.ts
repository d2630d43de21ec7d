import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

export interface ParsedPhone {
  /** E.164, e.g. +6281234567890. */
  e164: string;
  country?: CountryCode;
}

/**
 * Calling codes of the countries our users come from and are sent to. Numbers written in
 * international form without the "+" ("6281234567890", as WhatsApp users copy them) are read
 * with these codes only; any other 10–15-digit run is more likely an ID or account number.
 */
export const REGIONAL_CALLING_CODES = [
  '62', '63', '84', '66', '60', '855', '95', '856', '86', '65', '852', '853', '886',
  '91', '94', '880', '977', '92', '254', '256', '251', '234', '55', '971',
];

/** Countries whose national numbers have no trunk "0", so a bare national number is normal there. */
const NO_TRUNK_PREFIX = new Set<CountryCode>(['SG', 'HK', 'MO']);

/**
 * Reads one short candidate ("0812-3456-7890", "+63 917 123 4567", "6281234567890") as a valid
 * phone number. A national number must start with the trunk "0" (or be a Chinese mobile, or come
 * from a country without a trunk prefix): libphonenumber alone would accept many 8–10 digit runs,
 * including dates, as numbers of the default country.
 * Call only on short strings: libphonenumber costs ~25 µs a call.
 */
export function parsePhone(candidate: string, defaultCountry: CountryCode | undefined): ParsedPhone | undefined {
  const digits = candidate.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return undefined;
  if (candidate.includes('+')) return valid(candidate, undefined);
  if (defaultCountry !== undefined && mayBeNational(digits, defaultCountry)) {
    const national = valid(candidate, defaultCountry);
    if (national !== undefined && acceptNational(digits, national, defaultCountry)) return national;
  }
  if (!digits.startsWith('0') && digits.length >= 10 && REGIONAL_CALLING_CODES.some((c) => digits.startsWith(c))) {
    return valid(`+${digits}`, undefined);
  }
  return undefined;
}

/** Cheap pre-check of acceptNational, before paying for libphonenumber. */
function mayBeNational(digits: string, country: CountryCode): boolean {
  return digits.startsWith('0') || NO_TRUNK_PREFIX.has(country) || country === 'CN' ||
    REGIONAL_CALLING_CODES.some((c) => digits.startsWith(c));
}

function acceptNational(digits: string, phone: ParsedPhone, country: CountryCode): boolean {
  if (digits.startsWith('0')) return true;
  if (phone.e164 === `+${digits}`) return true; // international form without "+"
  if (NO_TRUNK_PREFIX.has(country)) return true;
  return country === 'CN' && /^1\d{10}$/.test(digits);
}

function valid(text: string, country: CountryCode | undefined): ParsedPhone | undefined {
  const phone = parsePhoneNumberFromString(text, country);
  if (phone === undefined || !phone.isValid()) return undefined;
  return phone.country === undefined ? { e164: phone.number } : { e164: phone.number, country: phone.country };
}

const MEMO_SIZE = 4096;

/**
 * parsePhone results kept across posts, per default country: a scam campaign reposts the same
 * number in ad after ad, and a feed is screened again as it re-renders. parsePhone is pure, so
 * this changes no result, only skips libphonenumber.
 */
const shared = new Map<CountryCode | undefined, Map<string, ParsedPhone | null>>();
const SHARED_SIZE = 2048;

/** parsePhone, remembered across posts. */
export function parsePhoneCached(candidate: string, defaultCountry: CountryCode | undefined): ParsedPhone | undefined {
  let memo = shared.get(defaultCountry);
  if (!memo) shared.set(defaultCountry, (memo = new Map()));
  const hit = memo.get(candidate);
  if (hit !== undefined) return hit ?? undefined;
  const parsed = parsePhone(candidate, defaultCountry);
  if (memo.size >= SHARED_SIZE) memo.clear();
  memo.set(candidate, parsed ?? null);
  return parsed;
}
/** libphonenumber calls per extractEntities call (~25 µs each): about 25 ms at most. */
export const MAX_PHONE_PARSES = 1000;

/**
 * parsePhone with a per-call memo (a page repeating the same number pays for libphonenumber
 * once) and a budget of MAX_PHONE_PARSES distinct candidates, after which nothing more is parsed;
 * the budget counts candidates whether or not an earlier post had them parsed already.
 */
export function memoPhoneParser(defaultCountry: CountryCode | undefined): (candidate: string) => ParsedPhone | undefined {
  const memo = new Map<string, ParsedPhone | null>();
  let parses = 0;
  return (candidate) => {
    const hit = memo.get(candidate);
    if (hit !== undefined) return hit ?? undefined;
    if (++parses > MAX_PHONE_PARSES) return undefined;
    const parsed = parsePhoneCached(candidate, defaultCountry);
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(candidate, parsed ?? null);
    return parsed;
  };
}
