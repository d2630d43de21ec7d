/**
 * Size limits of a report. Hotline staff read these by e-mail or chat: a full page of ad text is
 * evidence enough, and bounded sizes keep links, prints and JSON predictable.
 */
export const REPORT_LIMITS = {
  postText: 4000,
  field: 300,
  quote: 280,
  quotesPerFlag: 5,
  flags: 40,
  contacts: 50,
  note: 2000,
  reporterField: 200,
} as const;

/** Longest mailto: / wa.me link we produce; some mail clients truncate beyond about 2,000 characters. */
export const MAX_LINK_LENGTH = 1900;

/** Cut position at or below `n` that does not split a surrogate pair (an emoji or rare CJK character). */
export function safeCutIndex(text: string, n: number): number {
  if (n <= 0) return 0;
  if (n >= text.length) return text.length;
  const before = text.charCodeAt(n - 1);
  return before >= 0xd800 && before <= 0xdbff ? n - 1 : n;
}

/**
 * Shortens `text` to at most `max` UTF-16 units including the marker, preferring a word or line
 * boundary close to the limit. `marker(omitted)` says how much was cut, in the report language.
 */
export function trimText(text: string, max: number, marker: (omitted: number) => string): { text: string; trimmed: boolean } {
  if (text.length <= max) return { text, trimmed: false };
  // The marker's length depends on the number it shows; reserve room for the largest possible one.
  const room = Math.max(0, max - marker(text.length).length);
  let cut = safeCutIndex(text, room);
  const space = text.slice(0, cut).search(/\s\S*$/);
  if (space > 0 && cut - space < 40) cut = space;
  const kept = text.slice(0, cut).trimEnd();
  return { text: kept + marker(text.length - kept.length), trimmed: true };
}

/** Collapses surrounding whitespace and cuts a one-line field; empty becomes null. */
export function shortField(value: string | undefined, max: number = REPORT_LIMITS.field): string | null {
  const v = (value ?? '').replace(/\s+/g, ' ').trim();
  if (!v) return null;
  return v.length <= max ? v : v.slice(0, safeCutIndex(v, max - 1)) + '…';
}
