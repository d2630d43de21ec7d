import type { CountryCode } from 'libphonenumber-js/min';
import { charClass, LATIN } from '../money/back-words';
import { currencyAfter, currencyBefore } from '../money/currencies';
import { multiplierAfter } from '../money/multipliers';
import { LIST_JOINERS } from './contact-cues';
import { messengerCuesBefore, onlyFillers } from './cue-chain';
import type { EntitySink } from './entity-sink';
import { memoPhoneParser, REGIONAL_CALLING_CODES } from './phone-number';

/** Digit groups joined by single short separators: "0812-3456-7890", "(+62) 812 3456 7890". */
const CANDIDATE = /[+(]{0,2}\d+\)?(?:[ .\-]{1,3}\(?\d+\)?)*/g;
/** A phone number is at most this many groups: "+62 812 3456 7890" has four. */
const MAX_GROUPS = 6;
/** Digit runs of 7+ digits looked at per call: a 5 MB table of numbers is not an ad. */
export const MAX_PHONE_CANDIDATES = 20_000;
const THOUSANDS = /^\d{1,3}([.,])\d{3}(?:\1\d{3})*$/;

/** The global copy of CANDIDATE the scan below runs with: scans never nest, so one per module. */
const CANDIDATE_SCAN = new RegExp(CANDIDATE.source, 'g');

/**
 * Phone numbers, and WhatsApp numbers when a WhatsApp cue ("WA", "W/A", "whatsapp", "wasap", 📱)
 * comes right before. The regex only proposes digit runs; libphonenumber decides, on short
 * substrings, whether a run of groups is a valid number.
 */
export function extractPhones(sink: EntitySink, defaultCountry: CountryCode | undefined): void {
  const text = sink.view.text;
  const parse = memoPhoneParser(defaultCountry);
  const re = CANDIDATE_SCAN;
  re.lastIndex = 0;
  const groups: number[] = []; // [start0, end0, start1, end1, …] of the current run
  let previous: { end: number; whatsapp: boolean } | undefined;
  let candidates = 0;
  for (let m = re.exec(text); m !== null && !sink.done(m.index); m = re.exec(text)) {
    const run = m[0];
    if (run.length < 7 || digitCount(run) < 7 || charClass(text.charCodeAt(m.index - 1)) === LATIN) continue;
    if (++candidates > MAX_PHONE_CANDIDATES) break;
    groupsOf(run, m.index, groups);
    const count = groups.length / 2;
    for (let i = 0; i < count && !sink.full; ) {
      const found = longestPhoneFrom(text, groups, i, parse, defaultCountry);
      if (found === undefined) {
        i++;
        continue;
      }
      const { from, to, phone } = found;
      i = found.next;
      if (sink.isClaimed(from, to)) continue;
      const whatsapp = hasWhatsAppCue(text, from, previous);
      sink.add(whatsapp ? 'whatsapp' : 'phone', phone.e164, from, to, phone.country);
      previous = { end: to, whatsapp };
    }
  }
}

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** Fills `out` with the [start, end) of each group ("(+62)", "812", "3456") of a run. */
function groupsOf(run: string, offset: number, out: number[]): void {
  out.length = 0;
  let i = 0;
  while (i < run.length) {
    while (i < run.length && (run[i] === ' ' || run[i] === '.' || run[i] === '-')) i++;
    const start = i;
    while (i < run.length && run[i] !== ' ' && run[i] !== '.' && run[i] !== '-') i++;
    if (i > start) out.push(offset + start, offset + i);
  }
}

/** The longest run of groups starting at group i that reads as a valid phone number. */
function longestPhoneFrom(
  text: string,
  groups: number[],
  i: number,
  parse: ReturnType<typeof memoPhoneParser>,
  defaultCountry: CountryCode | undefined,
): { from: number; to: number; next: number; phone: NonNullable<ReturnType<typeof parse>> } | undefined {
  const from = groups[2 * i]!;
  if (!plausibleStart(text, from, defaultCountry)) return undefined;
  for (let j = Math.min(groups.length / 2, i + MAX_GROUPS); j > i; j--) {
    const to = groups[2 * j - 1]!;
    const digits = digitsIn(text, from, to);
    if (digits < 7 || digits > 15) continue;
    if (looksLikeNotAPhone(text, groups, i, j, from, to)) continue;
    const phone = parse(text.slice(from, to));
    if (phone !== undefined) return { from, to, next: j, phone };
  }
  return undefined;
}

function digitsIn(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/**
 * A phone number starts with "+", a trunk "0", or a calling code written without "+"; Chinese
 * mobiles start with "1". Checked on character codes before any string is made.
 */
function plausibleStart(text: string, from: number, defaultCountry: CountryCode | undefined): boolean {
  let k = from;
  while (text.charCodeAt(k) === 40) k++; // "("
  const c = text.charCodeAt(k);
  if (c === 43 || c === 48) return true; // "+", "0"
  if (defaultCountry === 'CN' || defaultCountry === 'SG' || defaultCountry === 'HK' || defaultCountry === 'MO') return true;
  const head = text.slice(k, k + 3);
  return REGIONAL_CALLING_CODES.some((code) => head.startsWith(code));
}

/** Amounts ("15.000.000", "rp 1500000"), dates and times ("01-02-2024", "08.00-17.00"). */
function looksLikeNotAPhone(text: string, groups: number[], i: number, j: number, from: number, to: number): boolean {
  if (charClass(text.charCodeAt(to)) === LATIN) return true;
  let long = 0;
  for (let g = i; g < j; g++) if (groups[2 * g + 1]! - groups[2 * g]! >= 3) long++;
  if (j - i >= 3 && long <= 1) return true;
  if (THOUSANDS.test(text.slice(from, to))) return true;
  if (currencyBefore(text, from) !== undefined) return true;
  return currencyAfter(text, to) !== undefined || multiplierAfter(text, to) !== undefined;
}

function hasWhatsAppCue(text: string, from: number, previous: { end: number; whatsapp: boolean } | undefined): boolean {
  // "WA: 0812-… / 0813-…": the second number shares the first one's cue.
  if (previous !== undefined && previous.end <= from && from - previous.end <= 12) {
    if (onlyFillers(text.slice(previous.end, from), LIST_JOINERS)) return previous.whatsapp;
  }
  return messengerCuesBefore(text, from, previous?.end ?? 0).includes('whatsapp');
}
