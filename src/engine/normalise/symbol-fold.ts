import { EMOJI_WORDS } from './emoji-words';
import { flagCountry, isRegionalIndicator } from './flag-emoji';
import { foldLatin } from './latin-fold';
import type { TextView } from './text-view';
import { createViewBuilder } from './view-builder';

const COMBINING_MARK = /^\p{M}$/u;
// What this pass does to a BMP character, decided once per code: most non-ASCII characters (Thai,
// Chinese, an already-plain letter) stay as they are, and that must not cost a string per character.
const UNKNOWN = 0;
const KEEP = 1; // no emoji word, no diacritic to drop, not a mark
const KEEP_MARK = 2; // a combining mark that has nothing to fold: dropped after a Latin letter, else kept
const OTHER = 3;
const FOLD_ONE = 4; // a Latin letter that loses its diacritic and becomes one unit ("ệ" → "e"): FOLDED_TO[c]
const kinds = new Uint8Array(0x10000);
const FOLDED_TO = new Uint16Array(0x10000);

function kindOf(c: number): number {
  let k = kinds[c]!;
  if (k === UNKNOWN) {
    const ch = String.fromCharCode(c);
    if ((c >= 0xd800 && c <= 0xdfff) || EMOJI_WORDS[ch]) k = OTHER;
    else if (foldLatin(ch) !== ch) {
      const folded = foldLatin(ch);
      k = folded.length === 1 && !COMBINING_MARK.test(ch) ? FOLD_ONE : OTHER;
      if (k === FOLD_ONE) FOLDED_TO[c] = folded.charCodeAt(0);
    } else k = COMBINING_MARK.test(ch) ? KEEP_MARK : KEEP;
    kinds[c] = k;
  }
  return k;
}

/**
 * First pass of the full view, character by character over the light view: flag emoji become
 * country words, word-like emoji become words, Latin letters lose their diacritics.
 * Spans are kept in original-string coordinates.
 */
export function foldSymbols(light: TextView): TextView {
  const t = light.text;
  const n = t.length;
  if (isAscii(t)) return light; // every ASCII unit maps to itself here
  const out = createViewBuilder(n);
  let i = 0;
  let prevLatin = false;
  while (i < n) {
    const c = t.charCodeAt(i);
    if (c < 0x80) {
      out.pushCode(c, light.start[i]!, light.end[i]!);
      prevLatin = c >= 97 && c <= 122;
      i++;
      continue;
    }
    const kind = kindOf(c);
    if (kind === KEEP || (kind === KEEP_MARK && !prevLatin)) {
      out.pushCode(c, light.start[i]!, light.end[i]!);
      prevLatin = false;
      i++;
      continue;
    }
    if (kind === FOLD_ONE) {
      // What the general path below does for such a letter, without a string per character.
      out.pushCode(FOLDED_TO[c]!, light.start[i]!, light.end[i]!);
      prevLatin = true;
      i++;
      continue;
    }
    const cp = t.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = t.slice(i, i + width);
    const start = light.start[i]!;
    if (isRegionalIndicator(cp) && i + 2 < n && isRegionalIndicator(t.codePointAt(i + 2)!)) {
      const word = flagCountry(cp, t.codePointAt(i + 2)!);
      if (word) out.push(` ${word} `, start, light.end[i + 3]!);
      i += 4;
      prevLatin = false;
      continue;
    }
    const word = EMOJI_WORDS[ch];
    if (word) {
      out.push(` ${word} `, start, light.end[i + width - 1]!);
    } else if (prevLatin && COMBINING_MARK.test(ch)) {
      // A stray mark on a Latin letter (one NFKC could not compose) is dropped like the others.
      out.extendLast(light.end[i + width - 1]!);
      i += width;
      continue;
    } else {
      const folded = foldLatin(ch);
      out.push(folded, start, light.end[i + width - 1]!);
      const f0 = folded.charCodeAt(0);
      prevLatin = folded !== ch || (folded.length === 1 && f0 >= 97 && f0 <= 122);
    }
    i += width;
    if (word) prevLatin = false;
  }
  return out.build(light.original);
}

function isAscii(t: string): boolean {
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) >= 0x80) return false;
  return true;
}
