import { trimEnd } from '../money/pattern-utils';
import { LIST_JOINERS } from './contact-cues';
import { messengerCuesBefore, onlyFillers } from './cue-chain';
import type { EntitySink } from './entity-sink';

/** Telegram usernames: 5–32 characters in Telegram itself; 4 is allowed for old and mistyped ones. */
const AT_HANDLE = /@([a-z][a-z0-9_]{3,31})(?![a-z0-9_])/g;

/** The global copy of AT_HANDLE the scan below runs with: scans never nest, so one per module. */
const AT_HANDLE_SCAN = new RegExp(AT_HANDLE.source, 'g');

/**
 * Telegram "@handles" written after a Telegram cue ("telegram", "tele", "tg", "TG:", 飞机). An
 * "@name" alone stays unreported: it may as well be Instagram, X or TikTok.
 */
export function extractTelegramHandles(sink: EntitySink): void {
  const text = sink.view.text;
  const re = AT_HANDLE_SCAN;
  re.lastIndex = 0;
  let floor = 0; // end of the previous handle
  for (let m = re.exec(text); m !== null && !sink.done(m.index); m = re.exec(text)) {
    const from = m.index;
    const to = from + m[0].length;
    if (sink.isClaimed(from, to)) continue;
    // "Telegram: @a_recruiter, @b_recruiter": a list shares the first handle's cue
    const listed = floor > 0 && from - floor <= 12 && onlyFillers(text.slice(floor, from), LIST_JOINERS);
    if (!listed && !messengerCuesBefore(text, from, floor).includes('telegram')) continue;
    sink.add('telegram', m[1]!, from, to);
    floor = to;
  }
}

/** Cues that introduce a LINE id. A bare "line" is too common ("online", "line manager") to use alone. */
export const LINE_CUES = ['line id', 'lineid', 'line-id', 'id line', 'idline', 'line@', 'add line', 'ไอดีไลน์', 'ไลน์'];
/** Cues that introduce a WeChat id; "vx", "wx" and "v信" are the filter-dodging spellings. */
export const WECHAT_CUES = [
  'wechat id', 'wechat', 'we chat', 'weixin', '微信号', '微信號', '微信', '薇信', '威信', 'v信', 'vx', 'wx', '加v', '加微',
];

/** After a cue: a few separators, then the id (group 1). */
const LINE_ID_AT = /[ :：=\-–]{0,4}([@~]?[a-z0-9][a-z0-9._-]{2,19})(?![a-z0-9._-])/y;
/** WeChat ids are 6–20 characters starting with a letter, or a phone number; checked in code. */
const WECHAT_ID_AT = /[ :：=\-–]{0,4}(\+?[a-z0-9_-]{6,20})(?![a-z0-9_-])/y;
const WECHAT_ID = /^(?:[a-z][a-z0-9_-]*|\+?\d+)$/;
/** Words that follow a cue but are not ids: "ID Line admin", "WeChat kami". */
const NOT_IDS = new Set(['admin', 'kami', 'saya', 'only', 'contact', 'number', 'nomor', 'account', 'official']);

/**
 * A LINE id after a LINE cue ("line id: xxx", "ID Line: xxx", "ไลน์ @xxx"): lower-case, without
 * "~"; "@id" for official accounts. Returns where the id ends, or -1.
 */
export function readLineId(sink: EntitySink, cueEnd: number): number {
  return readCuedId(sink, cueEnd, LINE_ID_AT, 'line');
}

/** A WeChat id after a WeChat cue ("wechat: xxx", "微信: xxx", "vx: xxx"), lower-case. Returns its end, or -1. */
export function readWeChatId(sink: EntitySink, cueEnd: number): number {
  return readCuedId(sink, cueEnd, WECHAT_ID_AT, 'wechat');
}

function readCuedId(sink: EntitySink, cueEnd: number, idAt: RegExp, type: 'line' | 'wechat'): number {
  idAt.lastIndex = cueEnd;
  const id = idAt.exec(sink.view.text);
  if (id === null) return -1;
  const written = trimEnd(id[1]!, '._-'); // "line id: abc." ends a sentence
  if (type === 'wechat' && !WECHAT_ID.test(written)) return -1;
  const from = cueEnd + id[0].length - id[1]!.length;
  const to = from + written.length;
  const value = written.replace(/^~/, '');
  if (NOT_IDS.has(value) || sink.isClaimed(from, to)) return -1;
  sink.add(type, value, from, to);
  return to;
}
