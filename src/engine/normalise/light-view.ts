import { HOMOGLYPHS } from './homoglyphs';
import { isInvisible } from './invisible';
import type { TextView } from './text-view';
import { createViewBuilder } from './view-builder';

const COMBINING_MARK = /^\p{M}$/u;
const cache = new Map<number, string>();
const clusterCache = new Map<string, string>();

function foldClusterUncached(cluster: string): string {
  const lowered = cluster.normalize('NFKC').toLowerCase();
  let out = '';
  for (const ch of lowered) if (!isInvisible(ch.codePointAt(0)!)) out += HOMOGLYPHS[ch] ?? asciiDigit(ch) ?? ch;
  return out;
}

const DECIMAL_DIGIT = /^\p{Nd}$/u;

/**
 * A digit of another script as its ASCII digit: salaries and phone numbers are written "१५००",
 * "১৫০০", "๑๕๐๐", "၁၅၀၀", "១៥០០" or "۱۵۰۰", and NFKC leaves them alone. Each script's digits are ten
 * consecutive code points from zero, so the value is the distance back to the first of the run.
 */
function asciiDigit(ch: string): string | undefined {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x80 || !DECIMAL_DIGIT.test(ch)) return undefined;
  let zero = cp;
  while (zero > cp - 9 && DECIMAL_DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
  return String(cp - zero);
}

function foldCodePoint(cp: number): string {
  let folded = cache.get(cp);
  if (folded === undefined) {
    folded = isInvisible(cp) ? '' : foldClusterUncached(String.fromCodePoint(cp));
    if (cache.size < 20_000) cache.set(cp, folded);
  }
  return folded;
}

/** A letter with its marks, folded; clusters repeat a lot in Thai or Vietnamese text, so they are cached. */
function foldCluster(cluster: string): string {
  let folded = clusterCache.get(cluster);
  if (folded === undefined) {
    folded = foldClusterUncached(cluster);
    if (clusterCache.size < 20_000) clusterCache.set(cluster, folded);
  }
  return folded;
}

// What the light view does with a BMP code (not a surrogate half), decided once per code in one
// table: a Thai or Chinese text asks for every character, and a RegExp or string per character was
// the slow part. 0: not yet known.
const KNOWN = 1;
const MARK = 2; // a combining mark: joins the cluster before it
const SELF = 4; // folds to itself
const ONE = 8; // folds to the single unit info >>> 16
const INFO = new Int32Array(0x10000);

function infoOf(code: number): number {
  return INFO[code] || learnInfo(code);
}

function learnInfo(code: number): number {
  const ch = String.fromCharCode(code);
  const folded = foldCodePoint(code);
  const one = folded.length === 1 ? ONE | (folded.charCodeAt(0) << 16) : 0;
  return (INFO[code] = KNOWN | (COMBINING_MARK.test(ch) ? MARK : 0) | (folded === ch ? SELF : 0) | one);
}

function isCombining(cp: number): boolean {
  if (cp < 0x300 || (cp >= 0xd800 && cp <= 0xdfff)) return false;
  if (cp > 0xffff) return COMBINING_MARK.test(String.fromCodePoint(cp));
  return (infoOf(cp) & MARK) !== 0;
}

/** Whether the code point at `i`, whose first unit is `unit`, is a combining mark. */
function isMarkAt(original: string, i: number, unit: number): boolean {
  if (unit < 0x300) return false;
  return unit < 0xd800 || unit > 0xdfff ? (infoOf(unit) & MARK) !== 0 : isCombining(original.codePointAt(i)!);
}

/** Where the cluster starting at `i` (a character and the combining marks after it) ends. */
function clusterEnd(original: string, i: number, width: number): number {
  let j = i + width;
  while (j < original.length) {
    const next = original.codePointAt(j)!;
    if (!isCombining(next)) break;
    j += next > 0xffff ? 2 : 1;
  }
  return j;
}

// Clusters of 2 to 4 BMP units that fold to themselves, in a direct-mapped cache of typed arrays:
// a Thai, Burmese or Khmer text has hundreds of clusters, and a Map lookup each was the slow part.
const KEPT_SLOTS = 4096; // a power of two
const MAX_KEPT = 4;
const keptCodes = new Uint16Array(KEPT_SLOTS * MAX_KEPT);
/** Per slot: 0 when empty, else the cluster's length times 2, plus 1 when it folds to itself. */
const keptState = new Uint8Array(KEPT_SLOTS);

/**
 * Where the cluster at `i` (a BMP character with a mark after it) ends when it is 2 to 4 BMP units
 * that fold to themselves; else -1, and the caller folds it the long way.
 */
function keptClusterEnd(original: string, i: number): number {
  let h = Math.imul(original.charCodeAt(i), 0x9e3779b1);
  let j = i + 1;
  for (; j < original.length; j++) {
    const c = original.charCodeAt(j);
    if (c < 0x300) break;
    if (c >= 0xd800 && c <= 0xdfff) return -1;
    if ((infoOf(c) & MARK) === 0) break;
    h = Math.imul(h ^ c, 0x9e3779b1);
  }
  const length = j - i;
  if (length > MAX_KEPT) return -1;
  const slot = h >>> 20; // the top 12 bits: KEPT_SLOTS slots
  const at = slot * MAX_KEPT;
  let hit = keptState[slot]! >> 1 === length;
  for (let k = 0; hit && k < length; k++) hit = keptCodes[at + k] === original.charCodeAt(i + k);
  if (!hit) {
    const cluster = original.slice(i, j);
    keptState[slot] = length * 2 + (foldCluster(cluster) === cluster ? 1 : 0);
    for (let k = 0; k < length; k++) keptCodes[at + k] = cluster.charCodeAt(k);
  }
  return (keptState[slot]! & 1) === 1 ? j : -1;
}

// Units that need a look: anything but printable ASCII and "\n" (DEL stays as it is too).
const NEEDS_LOOK = /[^\n\x20-\x7f]/g;
/** After this many plain ASCII units in a row the rest of the run is skipped by NEEDS_LOOK, a native scan. */
const SKIP_AFTER = 16;

/**
 * The light view: NFKC (full-width digits and letters become ASCII), lower case, invisible characters
 * removed, Cyrillic/Greek look-alikes folded. Diacritics stay (money and entity parsers read "triệu").
 * A base letter and its combining marks are normalised together, so decomposed Vietnamese composes.
 */
export function lightView(original: string): TextView {
  const n = original.length;
  const out = createViewBuilder(n);
  // Most units stay as they are, bar ASCII case, so the text is copied a run at a time from
  // `textFrom` on, lower-cased (every non-ASCII unit a run keeps is stable under toLowerCase), and
  // units from `spanFrom` on keep the span [i, i + 1), copied in bulk. Only the exceptions are
  // written one by one.
  let textFrom = 0;
  let spanFrom = 0;
  let plain = 0;
  let i = 0;
  while (i < n) {
    const code = original.charCodeAt(i);
    if (code < 0x80) {
      if (code >= 32 || code === 10) {
        i++;
        if (++plain === SKIP_AFTER) {
          NEEDS_LOOK.lastIndex = i;
          i = NEEDS_LOOK.test(original) ? NEEDS_LOOK.lastIndex - 1 : n;
          plain = 0;
        }
        continue;
      }
      // Other control characters become a space; CR is dropped so CRLF and LF read the same.
      out.addLowerRun(original, textFrom, i);
      textFrom = i + 1;
      if (code === 13) {
        out.addIdentitySpans(spanFrom, i);
        spanFrom = i + 1;
      } else out.addUnit(32);
      plain = 0;
      i++;
      continue;
    }
    plain = 0;
    const bmp = code < 0xd800 || code > 0xdfff;
    if (bmp) {
      // (Reading past the end would make V8 slow down every read of the text: it is not done.)
      if (i + 1 === n || !isMarkAt(original, i + 1, original.charCodeAt(i + 1))) {
        // A BMP character on its own: most fold to one unit (often themselves), read from a table.
        const info = infoOf(code);
        if ((info & SELF) !== 0) {
          i++;
          continue;
        }
        if ((info & ONE) !== 0) {
          out.addLowerRun(original, textFrom, i);
          out.addUnit(info >>> 16);
          textFrom = ++i;
          continue;
        }
      } else {
        const j = keptClusterEnd(original, i);
        if (j > 0) {
          // A letter and marks written as they fold (most Thai, Burmese or Khmer): only the spans differ.
          out.addIdentitySpans(spanFrom, i);
          for (let k = i; k < j; k++) out.addSpan(i, j);
          i = spanFrom = j;
          continue;
        }
      }
    }
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const j = clusterEnd(original, i, width);
    const folded = j === i + width ? foldCodePoint(cp) : foldCluster(original.slice(i, j));
    out.addIdentitySpans(spanFrom, i);
    if (folded.length !== j - i || !original.startsWith(folded, i)) {
      out.addLowerRun(original, textFrom, i);
      out.addText(folded);
      textFrom = j;
    }
    for (let k = 0; k < folded.length; k++) out.addSpan(i, j);
    i = spanFrom = j;
  }
  out.addLowerRun(original, textFrom, n);
  out.addIdentitySpans(spanFrom, n);
  return out.build(original);
}

