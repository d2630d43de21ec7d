// Where a rule RegExp can start. "(?:^|[^\p{L}\p{N}])(?:ke|lewat|via)\s(?:bangkok|…)\s(?:dulu|…)" can
// only start one or two units before "ke", "lewat" or "via": instead of letting the RegExp engine try
// every position of a window, the positions near those words are tried one by one with a sticky copy.
// The first position tried that matches is the one a global scan would have found, so the spans are
// the same.
import { isUseful, MAX_SET_SIZE, Parser, Unsupported, type Info } from './regex-literals';

/** Strings one of which every match holds at most `reach` units after its start; `sticky` tries one start. */
export interface RegexAnchor {
  readonly strings: readonly string[];
  readonly reach: number;
  readonly sticky: RegExp;
}

/** The anchor of a RegExp source, or undefined when no part with bounded distance to the start is literal enough. */
export function anchorOf(source: string, flags: string): Omit<RegexAnchor, 'sticky'> | undefined {
  if (/[imsvy]/.test(flags)) return undefined;
  let parts: Info[] | undefined;
  try {
    parts = new Parser(source).topSequence();
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
  if (!parts) return undefined;
  let best: { strings: string[]; reach: number } | undefined;
  let offset = 0; // the most units the parts before k can take
  for (let k = 0; k < parts.length && Number.isFinite(offset); offset += parts[k]!.maxLen, k++) {
    // The literal run starting at part k: as many following literal parts as keep it small.
    let run = new Set(['']);
    for (let j = k; j < parts.length && parts[j]!.exact; j++) {
      const product = new Set<string>();
      for (const a of run) for (const b of parts[j]!.exact!) product.add(a + b);
      if (product.size > MAX_SET_SIZE) break;
      run = product;
    }
    if (run.has('')) continue;
    const strings = withCommonPrefix([...run]);
    if (!strings.every(isUseful)) continue;
    if (!best || preferred(strings, offset, best.strings, best.reach)) best = { strings, reach: offset };
  }
  return best;
}

/** Strings sharing a useful prefix are searched as that prefix: it starts where they do. */
function withCommonPrefix(list: string[]): string[] {
  let prefix = list[0]!;
  for (const s of list) while (!s.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return list.length > 1 && isUseful(prefix) ? [prefix] : list;
}

/** A short reach first (each start is tried alone), then fewer and longer strings. */
function preferred(a: readonly string[], reachA: number, b: readonly string[], reachB: number): boolean {
  const shortA = reachA <= STICKY_REACH;
  if (shortA !== reachB <= STICKY_REACH) return shortA;
  return cheaper(a, b);
}

function cheaper(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return a.length < b.length;
  return Math.min(...a.map((s) => s.length)) > Math.min(...b.map((s) => s.length));
}

const cache = new WeakMap<RegExp, RegexAnchor | null>();

/** anchorOf a compiled RegExp with its sticky copy, worked out once per RegExp. */
export function regexAnchorOf(re: RegExp): RegexAnchor | null {
  let anchor = cache.get(re);
  if (anchor === undefined) {
    const found = anchorOf(re.source, re.flags);
    anchor = found ? { ...found, sticky: new RegExp(re.source, `${re.flags.replace('g', '')}y`) } : null;
    cache.set(re, anchor);
  }
  return anchor;
}

/** More start positions than this in one window and the plain scan is cheaper. */
export const MAX_OCCURRENCES = 256;
/** Up to this reach each start near a string is tried alone; beyond it the RegExp scans on from the first. */
export const STICKY_REACH = 8;
const occurrences: number[] = [];

/**
 * Finds where the anchor's strings stand in `part`, for anchoredMatches: their count, 0 when the
 * RegExp cannot match there at all, or -1 when there are too many for the anchored search to pay.
 */
export function findAnchorOccurrences(anchor: RegexAnchor, part: string): number {
  occurrences.length = 0;
  for (const s of anchor.strings) {
    for (let i = part.indexOf(s); i >= 0; i = part.indexOf(s, i + 1)) {
      if (occurrences.length === MAX_OCCURRENCES) return -1;
      occurrences.push(i);
    }
  }
  if (occurrences.length > 1) occurrences.sort((a, b) => a - b);
  return occurrences.length;
}

/**
 * Every match of an anchored RegExp `re` in `part` as [index, length], in the order and with the
 * spans a global scan gives, from the anchor's occurrences in `part` (by default those
 * findAnchorOccurrences just found). Returns false when the search cannot vouch for its result (a
 * match starting before the previous one's end) and the caller must scan the usual way.
 */
export function anchoredMatches(re: RegExp, anchor: RegexAnchor, part: string, found: Array<[number, number]>, starts: readonly number[] = occurrences): boolean {
  const { sticky, reach } = anchor;
  // No match starts before `next`, except where an earlier one was found; a match starting at p
  // holds a string at some occurrence in [p, p + reach], so the first occurrence at or after `next`
  // bounds where the next match can start.
  let next = 0;
  for (const at of starts) {
    if (at < next) continue;
    const from = Math.max(next, at - reach);
    if (reach > STICKY_REACH) {
      re.lastIndex = from;
      const m = re.exec(part);
      if (m === null) return true;
      if (m.index < next || m[0].length === 0) return false;
      found.push([m.index, m[0].length]);
      next = m.index + m[0].length;
      continue;
    }
    for (let p = from; p <= at; p++) {
      sticky.lastIndex = p;
      const m = sticky.exec(part);
      if (m === null) {
        next = p + 1;
        continue;
      }
      if (m.index < next || m[0].length === 0) return false;
      found.push([m.index, m[0].length]);
      next = m.index + m[0].length;
      p = next - 1;
    }
  }
  return true;
}
