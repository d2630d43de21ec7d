import type { EntitySink } from './entity-sink';
import { domainValue, hostAround, TLD_ANCHOR } from './hosts';
import { messengerLink } from './messenger-links';

/** A URL with a scheme or "www.": up to the first space, quote, bracket or non-ASCII character. */
const SCHEME_URL = /(?:https?:\/\/|whatsapp:\/\/|www\.)[^\s<>"'`{}|\\^[\]\u0080-\uffff]{1,2048}/g;
const PATH_AT = /[^\s<>"'`{}|\\^[\]\u0080-\uffff]{0,2048}/y;
/** Characters that end a sentence rather than a URL. */
const TRAILING = new Set('.,;:!?\'")]}>*_~-');
/** Zero-width and bidi controls: invisible on the page, so not part of a URL "as written". */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

/** The global copy of SCHEME_URL the scan below runs with: scans never nest, so one per module. */
const SCHEME_URL_SCAN = new RegExp(SCHEME_URL.source, 'g');

/** The global copy of TLD_ANCHOR the scan below runs with: scans never nest, so one per module. */
const TLD_ANCHOR_SCAN = new RegExp(TLD_ANCHOR.source, 'g');

/**
 * URLs with a scheme or "www." as url + domain entities; messenger links among them (wa.me, t.me,
 * line.me …) as whatsapp / telegram / line entities instead.
 */
export function extractLinks(sink: EntitySink): void {
  const text = sink.view.text;
  const schemed = SCHEME_URL_SCAN;
  schemed.lastIndex = 0;
  for (let m = schemed.exec(text); m !== null && !sink.done(m.index); m = schemed.exec(text)) {
    if (/[a-z0-9]/.test(text[m.index - 1] ?? '')) continue; // "xwww.…"
    const url = trimUrl(m[0]);
    const hostFrom = m.index + (url.startsWith('www.') ? 0 : url.indexOf('//') + 2);
    let hostTo = hostFrom;
    while (hostTo < m.index + url.length && /[a-z0-9.-]/.test(text[hostTo]!)) hostTo++;
    addLink(sink, m.index, m.index + url.length, hostFrom, hostTo, true);
  }
}

/**
 * Host names written without a scheme ("recruit-asia.com", "bit.ly/3xYz", "t.me/jobs"), found from
 * their top-level domain and read leftwards. Runs after extractLinks, whose URLs it skips.
 */
export function extractBareHosts(sink: EntitySink): void {
  const text = sink.view.text;
  const anchors = TLD_ANCHOR_SCAN;
  anchors.lastIndex = 0;
  for (let m = anchors.exec(text); m !== null && !sink.done(m.index); m = anchors.exec(text)) {
    const { start, end: hostEnd } = hostAround(text, m.index, m.index + m[0].length);
    anchors.lastIndex = Math.max(anchors.lastIndex, hostEnd);
    if (start >= m.index) continue; // nothing before the dot
    const before = text[start - 1];
    if (before === '@' || before === '/' || before === ':' || before === '_') continue; // e-mail, path, handle
    if (text[hostEnd] === '@') continue; // "hr.asia@gmail.com": the local part of an address
    if (sink.isClaimed(start, hostEnd)) continue;
    if (!/[a-z]/.test(text.slice(start, m.index))) continue; // "1.2.co"
    let end = hostEnd;
    if (text[end] === '/') {
      PATH_AT.lastIndex = end;
      end += trimUrl(PATH_AT.exec(text)?.[0] ?? '').length;
      anchors.lastIndex = Math.max(anchors.lastIndex, end);
    }
    addLink(sink, start, end, start, hostEnd, end > hostEnd);
  }
}

function addLink(sink: EntitySink, from: number, to: number, hostFrom: number, hostTo: number, isUrl: boolean): void {
  const { view } = sink;
  const host = domainValue(view.text.slice(hostFrom, hostTo));
  const written = view.original.slice(view.start[from]!, view.end[to - 1]!).replace(INVISIBLE, '');
  const messenger = messengerLink(host, view.text.slice(hostTo, to), written);
  if (messenger !== undefined) {
    sink.add(messenger.type, messenger.value, from, to);
    return;
  }
  if (isUrl) sink.add('url', written, from, to);
  sink.add('domain', host, hostFrom, hostTo);
}

function trimUrl(url: string): string {
  let end = url.length;
  while (end > 0 && TRAILING.has(url[end - 1]!)) end--;
  // keep a closing parenthesis that belongs to the URL: "wiki/Foo_(bar)"
  if (end < url.length && url[end] === ')' && url.lastIndexOf('(', end) >= 0) end++;
  return url.slice(0, end);
}
