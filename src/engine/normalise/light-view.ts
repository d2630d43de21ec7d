import { HOMOGLYPHS } from './homoglyphs';
import { isInvisible } from './invisible';
import type { TextView } from './text-view';
import { createViewBuilder } from './view-builder';

const COMBINING_MARK = /^\p{M}$/u;
const cache = new Map<number, string>();

function isCombining(cp: number): boolean {
  return cp >= 0x300 && COMBINING_MARK.test(String.fromCodePoint(cp));
}

function foldCluster(cluster: string): string {
  const lowered = cluster.normalize('NFKC').toLowerCase();
  let out = '';
  for (const ch of lowered) if (!isInvisible(ch.codePointAt(0)!)) out += HOMOGLYPHS[ch] ?? ch;
  return out;
}

function foldCodePoint(cp: number): string {
  let folded = cache.get(cp);
  if (folded === undefined) {
    folded = isInvisible(cp) ? '' : foldCluster(String.fromCodePoint(cp));
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
    const folded = j === i + width ? foldCodePoint(cp) : foldCluster(original.slice(i, j));
    out.push(folded, i, j);
    i = j;
  }
  return out.build(original);
}
