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

function isAsciiWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** End of `phrase` read at `at`, allowing a space between its characters ("วีซ่า ท่องเที่ยว"), or -1. */
function matchIgnoringSpaces(text: string, at: number, phrase: string): number {
  let i = at;
  for (let k = 0; k < phrase.length; k++) {
    if (k > 0 && text.charCodeAt(i) === 32 && phrase.charCodeAt(k) !== 32) i++;
    if (text.charCodeAt(i) !== phrase.charCodeAt(k)) return -1;
    i++;
  }
  return i;
}

/**
 * Phrases in scripts without spaces are looked up by their first character at every character of
 * those scripts, then compared in place: one Map lookup per character instead of a RegExp per rule.
 */
function scanUnspaced(index: PhraseIndex, text: string, push: (slot: number, span: PhraseSpan) => void): void {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Mixed phrases ("like နှိပ်") start with a Latin word: look those up at word starts only.
    if (code < 0x0e00 && !(isAsciiWordChar(code) && !isAsciiWordChar(text.charCodeAt(i - 1)))) continue;
    const ch = code >= 0xd800 && code <= 0xdbff ? text.slice(i, i + 2) : text[i]!;
    const entries = index.unspaced.get(ch);
    if (!entries) continue;
    for (const e of entries) {
      const end = matchIgnoringSpaces(text, i, e.phrase);
      if (end > 0) push(e.slot, { start: i, end, wordsBefore: -1, wordsThrough: -1, sentence: -1 });
    }
  }
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
    const entry = index.byWord.get(word);
    if (entry) {
      for (const e of entry.whole) push(e.slot, spanOf(i, i));
      if (i + 1 < tokens.count && (entry.next.size > 0 || entry.nextPrefix.size > 0)) {
        const next = tokens.words[i + 1]!;
        const longer = entry.next.get(next);
        if (longer) for (const e of longer) if (matchesAt(e, tokens, i)) push(e.slot, spanOf(i, i + e.words.length - 1));
        const wild = entry.nextPrefix.size > 0 ? entry.nextPrefix.get(next.slice(0, 3)) : undefined;
        if (wild) for (const e of wild) if (matchesAt(e, tokens, i)) push(e.slot, spanOf(i, i + 1));
      }
    }
    if (hasPrefixes && word.length >= 3) {
      const prefixed = index.byPrefix.get(word.slice(0, 3));
      if (prefixed) {
        for (const e of prefixed) {
          const want = e.words[0]!;
          if (word.startsWith(want) && word.length - want.length <= MAX_WILDCARD_TAIL) push(e.slot, spanOf(i, i));
        }
      }
    }
  }
  if (tokens.hasUnspacedScript) scanUnspaced(index, text, push);
  return hits;
}
