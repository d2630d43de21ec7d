import type { EntityType } from '../model/verdict';

/**
 * Safety rule from the research: never route a person to a number or link found in the suspicious
 * post itself. Scam ads quote "official" numbers of their own; a hotline channel that equals one of
 * the post's contacts means either that or a poisoned directory, and we cannot tell which.
 */

/** The parts of a post contact the guard compares (a ReportContact or a verdict Entity both fit). */
export interface ContactLike {
  readonly type: EntityType;
  readonly value: string;
  readonly asWritten?: string;
  readonly evidence?: { readonly quote: string };
}

export class UnsafeChannelError extends Error {
  constructor(
    readonly channelValue: string,
    readonly contact: ContactLike,
  ) {
    super(`refusing to use "${channelValue}": it appears in the suspicious post as a ${contact.type} contact`);
    this.name = 'UnsafeChannelError';
  }
}

const PHONE_LIKE: ReadonlySet<EntityType> = new Set(['phone', 'whatsapp', 'telegram', 'line', 'wechat', 'ewallet']);
const WEB_LIKE: ReadonlySet<EntityType> = new Set(['url', 'domain']);
// Enough trailing digits to identify a subscriber whatever the prefix (+62 / 0 / 62).
const SUBSCRIBER_DIGITS = 9;
const MIN_COMPARABLE_DIGITS = 7;

const digits = (s: string): string => s.replace(/\D/g, '');

function sameNumber(a: string, b: string): boolean {
  const x = digits(a);
  const y = digits(b);
  if (x.length < MIN_COMPARABLE_DIGITS || y.length < MIN_COMPARABLE_DIGITS) return x !== '' && x === y;
  const k = Math.min(SUBSCRIBER_DIGITS, x.length, y.length);
  return x.slice(-k) === y.slice(-k);
}

/** Host and path without scheme, www., query, fragment or trailing slash: facebook.com/ciccgovph. */
function webKey(address: string): string {
  const noScheme = address.trim().toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  const [hostAndPath = ''] = noScheme.split(/[?#]/);
  return hostAndPath.replace(/^www\./, '').replace(/\/+$/, '');
}

const looksLikeEmail = (s: string): boolean => /^[^\s@]+@[^\s@]+$/.test(s.trim());
const looksLikeWeb = (s: string): boolean => /^(?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[/:?#]|$)/i.test(s.trim());

function contactTexts(contact: ContactLike): string[] {
  return [contact.value, contact.asWritten ?? contact.evidence?.quote ?? ''].filter((s) => s !== '');
}

/** Whether a channel value (number, address, URL) is the same contact as one taken from the post. */
export function isSameContact(channelValue: string, contact: ContactLike): boolean {
  const texts = contactTexts(contact);
  if (looksLikeEmail(channelValue)) {
    const v = channelValue.trim().toLowerCase();
    return contact.type === 'email' && texts.some((t) => t.trim().toLowerCase() === v);
  }
  if (looksLikeWeb(channelValue)) {
    const v = webKey(channelValue);
    return WEB_LIKE.has(contact.type) && texts.some((t) => webKey(t) === v);
  }
  return PHONE_LIKE.has(contact.type) && texts.some((t) => sameNumber(channelValue, t));
}

/** Every (channel value, post contact) pair that collides. */
export function findChannelConflicts(
  channelValues: readonly string[],
  contacts: readonly ContactLike[],
): { channelValue: string; contact: ContactLike }[] {
  const out: { channelValue: string; contact: ContactLike }[] = [];
  for (const channelValue of channelValues) {
    for (const contact of contacts) if (isSameContact(channelValue, contact)) out.push({ channelValue, contact });
  }
  return out;
}

/** Throws UnsafeChannelError when `channelValue` is one of the post's contacts. */
export function assertNotFromPost(channelValue: string, contacts: readonly ContactLike[]): void {
  const [conflict] = findChannelConflicts([channelValue], contacts);
  if (conflict) throw new UnsafeChannelError(conflict.channelValue, conflict.contact);
}
