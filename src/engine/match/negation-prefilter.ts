// Cheap necessary conditions for the negation checks in negation.ts. Most candidate matches have no
// negation word near them; these tests say so with one RegExp over a short window instead of
// building the clause's word list. Each is a superset of the real check: when one says "maybe",
// the real check runs, so verdicts do not depend on them.

const UNSPACED = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3400-\u9fff]/u;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const cueFilters = new WeakMap<readonly string[], RegExp | null>();

/**
 * Tested on a window of text: true when the first word of some cue stands there. Spaced cues
 * match whole words of the clause (so here: not next to an ASCII letter or digit, the window's
 * edges counting as boundaries); unspaced cues match anywhere.
 */
export function cueFilter(cues: readonly string[]): RegExp | null {
  let re = cueFilters.get(cues);
  if (re === undefined) {
    const spaced = new Set<string>();
    const unspaced = new Set<string>();
    for (const cue of cues) {
      const first = cue.split(' ').find(Boolean);
      if (first) (UNSPACED.test(cue) ? unspaced : spaced).add(escapeRe(first));
    }
    const parts: string[] = [];
    if (spaced.size > 0) parts.push(`(?:^|[^a-z0-9])(?:${[...spaced].join('|')})(?![a-z0-9])`);
    if (unspaced.size > 0) parts.push(`(?:${[...unspaced].join('|')})`);
    re = parts.length > 0 ? new RegExp(parts.join('|')) : null;
    cueFilters.set(cues, re);
  }
  return re;
}

const firstWords = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The first word of each opener: a sentence can only open with an opener if it opens with one of these. */
export function openerFirstWords(openers: readonly string[]): ReadonlySet<string> {
  let set = firstWords.get(openers);
  if (!set) firstWords.set(openers, (set = new Set(openers.map((o) => o.split(' ')[0]!))));
  return set;
}

/** The first word of an opening as sentenceOpening splits it: letters, digits, ' and -. */
export const OPENING_WORD = /[\p{L}\p{N}'-]+/u;

// The question marks of the last text asked about: a post's matches are checked one after another
// in the same field, and searching on from each match ran to the end of a text without any.
let marksText: string | undefined;
let marks: number[] = [];

function questionMarksOf(text: string): readonly number[] {
  if (text !== marksText) {
    const found: number[] = [];
    for (let i = text.indexOf('?'); i >= 0; i = text.indexOf('?', i + 1)) found.push(i);
    for (let i = text.indexOf('？'); i >= 0; i = text.indexOf('？', i + 1)) found.push(i);
    marks = found.sort((a, b) => a - b);
    marksText = text;
  }
  return marks;
}

/** Whether a question mark stands in text[from, from + reach). */
export function questionMarkWithin(text: string, from: number, reach: number): boolean {
  const at = questionMarksOf(text);
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < at.length && at[lo]! < from + reach;
}
