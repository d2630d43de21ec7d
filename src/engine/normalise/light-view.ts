import { HOMOGLYPHS } from './homoglyphs';
import { isInvisible } from './invisible';
import type { TextView } from './text-view';
import { createViewBuilder } from './view-builder';

const COMBINING_MARK = /^\p{M}$/u;
const cache = new Map<number, string>();
const clusterCache = new Map<string, string>();
// Whether a BMP code is a combining mark, decided once per code (1 = no, 2 = yes): Thai and
// Burmese put a mark on most letters, and a RegExp per character was the slow part.
const MARK_TABLE = new Uint8Array(0x10000);

function isCombining(cp: number): boolean {
  if (cp < 0x300) return false;
  if (cp > 0xffff) return COMBINING_MARK.test(String.fromCodePoint(cp));
  let m = MARK_TABLE[cp]!;
  if (m === 0) MARK_TABLE[cp] = m = COMBINING_MARK.test(String.fromCharCode(cp)) ? 2 : 1;
  return m === 2;
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

/**
 * A letter and one mark, both single units below U+4000 (most Thai, Burmese and Khmer clusters),
 * cached by a number made of the two codes: no string is cut out to look the cluster up.
 */
const PAIR_BASES = 0x4000;
const pairCache = new Map<number, string>();

function foldPair(base: number, mark: number): string {
  const key = base * 0x10000 + mark;
  let folded = pairCache.get(key);
  if (folded === undefined) {
    folded = foldClusterUncached(String.fromCharCode(base, mark));
    if (pairCache.size < 20_000) pairCache.set(key, folded);
  }
  return folded;
}

function foldClusterUncached(cluster: string): string {
  const lowered = cluster.normalize('NFKC').toLowerCase();
  let out = '';
  for (const ch of lowered) if (!isInvisible(ch.codePointAt(0)!)) out += HOMOGLYPHS[ch] ?? ch;
  return out;
}

// ONE_UNIT[cp] + 1 when a BMP code folds to exactly one unit, 0 when not yet known, -1 (0xffff) when it does not.
const ONE_UNIT = new Uint16Array(0x10000);

/** The single unit a BMP code folds to, or -1 when it folds to none or to several. */
function singleUnitFold(cp: number): number {
  let v = ONE_UNIT[cp]!;
  if (v === 0) {
    const folded = foldCodePoint(cp);
    v = ONE_UNIT[cp] = folded.length === 1 ? folded.charCodeAt(0) + 1 : 0xffff;
  }
  return v === 0xffff ? -1 : v - 1;
}

function foldCodePoint(cp: number): string {
  let folded = cache.get(cp);
  if (folded === undefined) {
    folded = isInvisible(cp) ? '' : foldClusterUncached(String.fromCodePoint(cp));
    if (cache.size < 20_000) cache.set(cp, folded);
  }
  return folded;
}

/**
 * The light view: NFKC (full-width digits and letters become ASCII), lower case, invisible characters
 * removed, Cyrillic/Greek look-alikes folded. Diacritics stay (money and entity parsers read "triệu").
 * A base letter and its combining marks are normalised together, so decomposed Vietnamese composes.
 */
export function lightView(original: string): TextView {
  const n = original.length;
  const out = createViewBuilder(n);
  let i = 0;
  while (i < n) {
    const code = original.charCodeAt(i);
    if (code < 0x80) {
      // ASCII fast path; CR is dropped so CRLF and LF read the same.
      if (code >= 65 && code <= 90) out.pushCode(code + 32, i, i + 1);
      else if (code !== 13) out.pushCode(code < 32 && code !== 10 ? 32 : code, i, i + 1);
      i++;
      continue;
    }
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    let j = i + width;
    while (j < n) {
      const next = original.codePointAt(j)!;
      if (!isCombining(next)) break;
      j += next > 0xffff ? 2 : 1;
    }
    if (j === i + 1) {
      // A BMP character on its own: most fold to one unit (often themselves), read from a table.
      const one = singleUnitFold(cp);
      if (one >= 0) {
        out.pushCode(one, i, j);
        i = j;
        continue;
      }
    }
    const folded = j === i + width ? foldCodePoint(cp) : j === i + 2 && cp < PAIR_BASES ? foldPair(cp, original.charCodeAt(i + 1)) : foldCluster(original.slice(i, j));
    out.push(folded, i, j);
    i = j;
  }
  return out.build(original);
}
