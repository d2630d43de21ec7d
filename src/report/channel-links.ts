import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { assertNotFromPost } from './channel-guard';
import { MAX_LINK_LENGTH, safeCutIndex } from './report-limits';
import type { Report } from './report-schema';
import { reportStrings } from './report-strings';
import { reportFileName } from './render-json';
import { renderShortText, renderText } from './render-text';

/**
 * Links that hand a report to a mail client, WhatsApp or a web form. Pure: they return strings and
 * the caller opens them. Every address is checked against the post's own contacts first.
 */

export class ChannelLinkError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChannelLinkError';
  }
}

// Plain addresses only: anything else (%, ?, &, quotes) could smuggle extra headers into a mailto: link.
const MAILTO_ADDRESS = /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

/** RFC 6068 wants CRLF line breaks in a mailto: body. */
const encodeMailtoPart = (text: string): string => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));

/**
 * Fits `text` into `build(text)` ≤ `max` characters: returns it whole if it fits, else the longest
 * prefix (cut at a line end where one is near) followed by `marker`.
 */
function fitText(text: string, marker: string, build: (body: string) => string, max: number): string {
  if (build(text).length <= max) return text;
  let lo = 0;
  let hi = text.length;
  // Longest prefix that still fits: URL length grows monotonically with the prefix length.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (build(text.slice(0, safeCutIndex(text, mid)) + marker).length <= max) lo = mid;
    else hi = mid - 1;
  }
  let cut = safeCutIndex(text, lo);
  const lineEnd = text.lastIndexOf('\n', cut);
  if (lineEnd > 0 && cut - lineEnd < 300) cut = lineEnd;
  return text.slice(0, cut).trimEnd() + marker;
}

/**
 * A mailto: link with subject and the plain-text report, to `email` or (null) to no one yet. When it would pass MAX_LINK_LENGTH the body
 * drops the ad text, then is cut at a line end, and always says so with a hint to attach the JSON.
 */
export function mailtoLink(report: Report, email: string | null, max: number = MAX_LINK_LENGTH): string {
  // null: no address, the user picks the recipient in their mail app (to warn family, an NGO …).
  const address = email === null ? '' : email.trim();
  if (email !== null) {
    if (!MAILTO_ADDRESS.test(address)) throw new ChannelLinkError(`not a plain e-mail address: "${email}"`);
    assertNotFromPost(address, report.contacts);
  }
  const s = reportStrings(report.lang);
  const subject = `${s.subject} — ${report.reference}${report.platform ? ` (${report.platform})` : ''}`;
  const head = `mailto:${address}?subject=${encodeMailtoPart(subject)}&body=`;
  const marker = `\n\n${s.linkTrimmed(reportFileName(report))}\n`;
  const build = (b: string): string => head + encodeMailtoPart(b);
  const full = renderText(report);
  if (build(full).length <= max) return build(full);
  // Too long: send the compact text (no ad text) and point at the JSON file, cutting further only if needed.
  const compact = renderText(report, { compact: true }).trimEnd();
  const marked = compact + marker;
  return build(build(marked).length <= max ? marked : fitText(compact, marker, build, max));
}

/** International digits for wa.me (no +, no leading zeros), reading national numbers in `country`'s format. */
export function whatsAppDigits(number: string, country: string): string {
  const parsed = parsePhoneNumberFromString(number, country.toUpperCase() as CountryCode);
  if (!parsed || !parsed.isPossible()) {
    throw new ChannelLinkError(`"${number}" is not a full phone number WhatsApp can open; use the WhatsApp app directly`);
  }
  return parsed.number.replace(/^\+/, '');
}

/**
 * A wa.me link carrying a short summary: to a hotline's WhatsApp number (read in the hotline's
 * country format), or with no number to let the user pick a contact to share with.
 */
export function whatsAppLink(report: Report, number?: string, max: number = MAX_LINK_LENGTH): string {
  let base = 'https://wa.me/';
  if (number !== undefined) {
    assertNotFromPost(number, report.contacts);
    base += whatsAppDigits(number, report.hotline.country);
  }
  const head = `${base}?text=`;
  const s = reportStrings(report.lang);
  const marker = `\n${s.linkTrimmed(reportFileName(report))}`;
  const text = fitText(renderShortText(report), marker, (t) => head + encodeURIComponent(t), max);
  return head + encodeURIComponent(text);
}

/** http(s) URL for a directory web address (bare domains get https://), or null for anything else. */
export function toHttpUrl(address: string): string | null {
  const a = address.trim();
  if (/^https?:\/\//i.test(a)) return /^https?:\/\/[^\s/?#]+\.[^\s]+$/i.test(a) ? a : null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(a)) return null; // javascript:, data:, mailto: … are never web forms
  return /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[/?#]\S*)?$/i.test(a) ? `https://${a}` : null;
}

/** The hotline's web form address, passed through (with https:// added to a bare domain); refuses post addresses. */
export function webFormLink(report: Report, address: string): string {
  const url = toHttpUrl(address);
  if (!url) throw new ChannelLinkError(`not a web address: "${address}"`);
  assertNotFromPost(address, report.contacts);
  return url;
}
