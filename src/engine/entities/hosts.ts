import { alternation } from '../money/pattern-utils';

/**
 * Top-level domains that make a bare "name.tld" worth reporting as a domain. A closed list keeps
 * abbreviations ("s.d.", "jl.sudirman", "sdn.bhd") from being read as host names.
 */
const TLDS = [
  'com', 'net', 'org', 'info', 'biz', 'io', 'co', 'me', 'ly', 'gl', 'gle', 'ee', 'to', 'id', 'ph', 'vn', 'th',
  'my', 'kh', 'la', 'mm', 'cn', 'sg', 'hk', 'tw', 'mo', 'in', 'ke', 'ug', 'et', 'lk', 'bd', 'np', 'pk', 'ae',
  'uk', 'us', 'ru', 'de', 'au', 'jp', 'kr', 'br', 'ng', 'za', 'xyz', 'top', 'vip', 'cc', 'site', 'online',
  'shop', 'club', 'app', 'link', 'live', 'pro', 'store', 'website', 'space', 'fun', 'icu', 'cyou', 'buzz',
  'win', 'bet', 'asia', 'work', 'jobs', 'career', 'careers', 'tk', 'ml', 'ga', 'cf', 'gq', 'tv', 'ws', 'su',
  'edu', 'gov', 'dev', 'page', 'cloud', 'tech', 'today', 'world', 'global', 'group', 'company', 'agency',
  'services', 'support', 'center', 'email', 'chat', 'sbs', 'cfd', 'bond', 'lat', 'life', 'ink', 'one',
];

/** A dot followed by a known TLD that ends there: the anchor from which a bare host is read leftwards. */
export const TLD_ANCHOR = new RegExp(`\\.(?:${alternation(TLDS)})(?![a-z0-9-])`, 'g');

const HOST_CHAR = /[a-z0-9.-]/;
const MAX_HOST = 253;

function isHostChar(ch: string | undefined): boolean {
  return ch !== undefined && HOST_CHAR.test(ch);
}

/** Extends a host found at [start, end) to the left and right over host characters (bounded). */
export function hostAround(text: string, dot: number, anchorEnd: number): { start: number; end: number } {
  let start = dot;
  while (start > 0 && dot - start < MAX_HOST && isHostChar(text[start - 1])) start--;
  while (text[start] === '.' || text[start] === '-') start++;
  let end = anchorEnd;
  // "example.co.id": keep the following labels
  while (end < text.length && end - start < MAX_HOST && text[end] === '.' && /[a-z0-9]/.test(text[end + 1] ?? '')) {
    end++;
    while (end < text.length && /[a-z0-9-]/.test(text[end]!)) end++;
  }
  return { start, end };
}

/** A host name as a domain entity value: lower-case, without "www." and a trailing dot. */
export function domainValue(host: string): string {
  return host.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
}
