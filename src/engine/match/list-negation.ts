// "ABC Manpower will never ask you to pay any fee, deposit or processing charge": a comma ends a
// clause, so "deposit" alone reads as asked for. A list item takes the negation of the item before its
// comma when that item is a phrase the same rule looks for (so "no experience, free flight and
// housing" keeps "free flight": experience is not what a free-travel rule looks for), the list is
// closed by "or"/"atau"/"或", and no amount stands in it ("tanpa biaya pendaftaran, biaya pelatihan
// Rp 300rb dan seragam" is a fee after all).
import type { ActiveNegation } from '../../rules/negation-lexicon';
import type { NegationMode } from '../../rules/rule-schema';
import type { ScannedField } from './match-context';
import { isNegated } from './negation';

const LIST_COMMAS = new Set([44, 0xff0c, 0x3001]); // , ， 、
const SENTENCE_END = /[.!?;\n。！？；]/;
const MAX_GAP_WORDS = 2;
const MAX_DEPTH = 6;
const TAIL = 160;

const isSpace = (c: number) => c === 32 || c === 10;
const isWordUnit = (c: number) => c > 32 && !LIST_COMMAS.has(c) && c !== 46 && c !== 59 && c !== 58;

const joinerSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function joinerSet(joiners: readonly string[]): ReadonlySet<string> {
  let set = joinerSets.get(joiners);
  if (!set) joinerSets.set(joiners, (set = new Set(joiners)));
  return set;
}

/**
 * Where the item before `start` ends, when a list separator stands between them: a comma, a joiner
 * ("deposit or charge"), or both ("fee, or deposit"); in unspaced scripts the joiner is written against
 * the item ("押金或手续费"). `joined` tells whether a joiner was among them.
 */
function previousItem(text: string, start: number, joiners: readonly string[], spacedJoiners: ReadonlySet<string>): { itemEnd: number; separator: number; joined: boolean } | undefined {
  let i = start;
  let joined = false;
  for (let words = 0; words <= MAX_GAP_WORDS; words++) {
    while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
    if (i > 0 && LIST_COMMAS.has(text.charCodeAt(i - 1))) {
      let itemEnd = i - 1;
      while (itemEnd > 0 && isSpace(text.charCodeAt(itemEnd - 1))) itemEnd--;
      return { itemEnd, separator: i - 1, joined };
    }
    if (joined) return { itemEnd: i, separator: i, joined };
    const unspaced = i === start ? joiners.find((j) => j.charCodeAt(0) > 0x2000 && text.startsWith(j, i - j.length)) : undefined;
    if (unspaced !== undefined) return { itemEnd: i - unspaced.length, separator: i - unspaced.length, joined: true };
    let w = i;
    while (w > 0 && isWordUnit(text.charCodeAt(w - 1))) w--;
    if (w === i || !spacedJoiners.has(text.slice(w, i))) return undefined;
    joined = true;
    i = w;
  }
  return undefined;
}

/** The list from the separator to the sentence end is closed by a joiner and names no amount. */
function closedWithoutAmount(text: string, separator: number, joined: boolean, joiners: readonly string[]): boolean {
  let tail = text.slice(separator, separator + TAIL);
  const end = tail.search(SENTENCE_END);
  if (end >= 0) tail = tail.slice(0, end);
  if (/\d/.test(tail)) return false;
  if (joined) return true;
  const padded = ` ${tail.replace(/[,，、]/g, ' ')} `;
  return joiners.some((j) => (j.charCodeAt(0) > 0x2000 ? padded.includes(j) : padded.includes(` ${j} `)));
}

/**
 * Whether the match at [start, end) is a later item of a list whose earlier item, a phrase of one of
 * `slots` (the rule's own), is negated.
 */
export function negatedAsListItem(f: ScannedField, start: number, mode: NegationMode, lex: ActiveNegation, slots: readonly number[], depth = 0): boolean {
  if (slots.length === 0 || lex.listJoiners.length === 0) return false;
  const text = f.views.full.text;
  const before = previousItem(text, start, lex.listJoiners, joinerSet(lex.listJoiners));
  if (before === undefined || !closedWithoutAmount(text, before.separator, before.joined, lex.listJoiners)) return false;
  const { itemEnd } = before;
  for (const slot of slots) {
    const spans = f.hits.get(slot);
    if (!spans) continue;
    for (const p of spans) {
      if (p.end !== itemEnd) continue;
      if (isNegated(text, p.start, p.end, mode, lex)) return true;
      if (depth < MAX_DEPTH && negatedAsListItem(f, p.start, mode, lex, slots, depth + 1)) return true;
    }
  }
  return false;
}
