import { MAX_WILDCARD_TAIL, type PhraseEntry, type PhraseIndex } from '../../rules/phrase-index';
import type { TokenList } from './tokenize';

/** A phrase found in the full view: character span and the tokens it covers. */
export interface PhraseSpan {
  readonly start: number;
  readonly end: number;
  /** Words (not punctuation) before the span and up to its end, for "within N words"; -1 in unspaced scripts. */
  readonly wordsBefore: number;
  readonly wordsThrough: number;
  /** The sentence the span starts in ("near" counts sentence ends between spans); -1 in unspaced scripts. */
  readonly sentence: number;
}

export type SlotHits = ReadonlyMap<number, readonly PhraseSpan[]>;

// A slot needs a handful of spans for evidence and negation; a 5 MB post could yield millions.
const MAX_SPANS_PER_SLOT = 50;

function matchesAt(entry: PhraseEntry, tokens: TokenList, i: number): boolean {
  const { words } = entry;
  if (i + words.length > tokens.count) return false;
  const last = words.length - 1;
  for (let k = 1; k < last; k++) if (tokens.words[i + k] !== words[k]) return false;
  if (last === 0) return true;
  const word = tokens.words[i + last]!;
  const want = words[last]!;
  return entry.wildcard ? word.startsWith(want) && word.length - want.length <= MAX_WILDCARD_TAIL : word === want;
}

/** One pass over the words of a field, collecting the spans of every phrase slot of the rule pack. */
export function scanPhrases(index: PhraseIndex, text: string, tokens: TokenList): SlotHits {
  const hits = new Map<number, PhraseSpan[]>();
  const push = (slot: number, span: PhraseSpan) => {
    const list = hits.get(slot);
    if (!list) hits.set(slot, [span]);
    else if (list.length < MAX_SPANS_PER_SLOT && list[list.length - 1]!.start !== span.start) list.push(span);
  };
  const spanOf = (first: number, last: number): PhraseSpan => ({
    start: tokens.starts[first]!,
    end: tokens.ends[last]!,
    wordsBefore: tokens.wordsBefore[first]!,
    wordsThrough: tokens.wordsBefore[last + 1]!,
    sentence: tokens.sentenceOf[first]!,
  });
  const hasPrefixes = index.byPrefix.size > 0;
  for (let i = 0; i < tokens.count; i++) {
    const word = tokens.words[i]!;
    const single = index.single.get(word);
    if (single) for (const e of single) push(e.slot, spanOf(i, i));
    if (i + 1 < tokens.count) {
      const next = tokens.words[i + 1]!;
      const pairs = index.byPair.get(`${word} ${next}`);
      if (pairs) for (const e of pairs) if (matchesAt(e, tokens, i)) push(e.slot, spanOf(i, i + e.words.length - 1));
      // A two-word phrase ending in a wildcard is keyed by the start of its second word.
      if (next.length > 3) {
        const wild = index.byPair.get(`${word} ${next.slice(0, 3)}`);
        if (wild) for (const e of wild) if (e.wildcard && matchesAt(e, tokens, i)) push(e.slot, spanOf(i, i + 1));
      }
    }
    const joined = index.joined.get(word);
    if (joined) for (const e of joined) push(e.slot, spanOf(i, i));
    if (hasPrefixes) {
      const prefixed = index.byPrefix.get(word.slice(0, 3));
      if (prefixed) {
        for (const e of prefixed) {
          const want = e.words[0]!;
          if (word.startsWith(want) && word.length - want.length <= MAX_WILDCARD_TAIL) push(e.slot, spanOf(i, i));
        }
      }
    }
  }
  if (tokens.hasUnspacedScript) {
    for (const { slot, re } of index.unspaced) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      let found = 0;
      while (found < MAX_SPANS_PER_SLOT && (m = re.exec(text)) !== null) {
        push(slot, { start: m.index, end: m.index + m[0].length, wordsBefore: -1, wordsThrough: -1, sentence: -1 });
        found++;
      }
    }
  }
  return hits;
}
