import { EMOJI_WORDS } from './emoji-words';
import { flagCountry, isRegionalIndicator } from './flag-emoji';
import { foldLatin } from './latin-fold';
import type { TextView } from './text-view';
import { createViewBuilder, type ViewBuilder } from './view-builder';

const COMBINING_MARK = /^\p{M}$/u;
// What this pass does to a BMP character, decided once per code: most non-ASCII characters (Thai,
// Chinese, an already-plain letter) stay as they are, and that must not cost a string per character.
const UNKNOWN = 0;
const KEEP = 1; // no emoji word, no diacritic to drop, not a mark
const KEEP_MARK = 2; // a combining mark that has nothing to fold: dropped after a Latin letter, else kept
const OTHER = 3;
const FOLD_ONE = 4; // a Latin letter that loses its diacritic and becomes one unit ("ệ" → "e"): FOLDED_TO[c]
const kinds = new Uint8Array(0x10000);
const NON_ASCII = /[^\x00-\x7f]/g;
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
  // Units this pass leaves alone (ASCII, most letters of other scripts) are copied a run at a time,
  // and a text with nothing to fold is returned as it is.
  let out: ViewBuilder | undefined;
  let run = 0;
  let i = 0;
  let prevLatin = false;
  while (i < n) {
    const c = t.charCodeAt(i);
    if (c < 0x80) {
      // ASCII is left alone: the run is skipped by a native scan to the next non-ASCII unit.
      NON_ASCII.lastIndex = i;
      i = NON_ASCII.test(t) ? NON_ASCII.lastIndex - 1 : n;
      const last = t.charCodeAt(i - 1);
      prevLatin = last >= 97 && last <= 122;
      continue;
    }
    const kind = kindOf(c);
    if (kind === KEEP || (kind === KEEP_MARK && !prevLatin)) {
      prevLatin = false;
      i++;
      continue;
    }
    out ??= createViewBuilder(n);
    out.pushFrom(light, run, i);
    if (kind === FOLD_ONE) {
      // A Latin letter that loses its diacritic and stays one unit ("ệ" → "e"): no string made.
      out.pushCode(FOLDED_TO[c]!, light.start[i]!, light.end[i]!);
      prevLatin = true;
      i++;
    } else [i, prevLatin] = foldAt(light, i, prevLatin, out);
    run = i;
  }
  if (out === undefined) return light;
  out.pushFrom(light, run, n);
  return out.build(light.original);
}

/** Writes the folded form of the character (or flag, or emoji) at `i`; returns where the next one starts and whether it ended a Latin letter. */
function foldAt(light: TextView, i: number, prevLatin: boolean, out: ViewBuilder): [number, boolean] {
  const t = light.text;
  const n = t.length;
  const cp = t.codePointAt(i)!;
  const width = cp > 0xffff ? 2 : 1;
  const ch = t.slice(i, i + width);
  const start = light.start[i]!;
  if (isRegionalIndicator(cp) && i + 2 < n && isRegionalIndicator(t.codePointAt(i + 2)!)) {
    const word = flagCountry(cp, t.codePointAt(i + 2)!);
    if (word) out.push(` ${word} `, start, light.end[i + 3]!);
    return [i + 4, false];
  }
  const word = EMOJI_WORDS[ch];
  if (word) {
    out.push(` ${word} `, start, light.end[i + width - 1]!);
    return [i + width, false];
  }
  if (prevLatin && COMBINING_MARK.test(ch)) {
    // A stray mark on a Latin letter (one NFKC could not compose) is dropped like the others.
    out.extendLast(light.end[i + width - 1]!);
    return [i + width, prevLatin];
  }
  const folded = foldLatin(ch);
  out.push(folded, start, light.end[i + width - 1]!);
  const f0 = folded.charCodeAt(0);
  return [i + width, folded !== ch || (folded.length === 1 && f0 >= 97 && f0 <= 122)];
}
