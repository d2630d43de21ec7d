import { HAS_NEXT, HAS_NEXT_PREFIX, MAX_WILDCARD_TAIL, type PhraseEntry, type PhraseIndex } from '../../rules/phrase-index';
import { trieChild, type FlatTrie } from '../../rules/flat-trie';
import { findWord, lookupPair, pairHash } from '../../rules/word-table';
import { SlotHits } from './slot-hits';
import type { TokenList } from './tokenize';
import { isUnspacedCode } from './unspaced-script';

export { SlotHits, type PhraseSpan } from './slot-hits';

function matchesAt(entry: PhraseEntry, tokens: TokenList, i: number): boolean {
  const { words, wordHashes } = entry;
  if (i + words.length > tokens.count) return false;
  const last = words.length - 1;
  const hashes = tokens.hashes;
  for (let k = 1; k < last; k++) if (hashes[i + k] !== wordHashes[k] || tokens.words[i + k] !== words[k]) return false;
  if (last === 0) return true;
  if (!entry.wildcard && hashes[i + last] !== wordHashes[last]) return false;
  const word = tokens.words[i + last]!;
  const want = words[last]!;
  return entry.wildcard ? word.startsWith(want) && word.length - want.length <= MAX_WILDCARD_TAIL : word === want;
}

function isAsciiWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** A phrase of the trie that matched at one position: which slot, its tie-break order, where it ends. */
interface TrieMatch {
  slot: number;
  seq: number;
  end: number;
}

const trieMatches: TrieMatch[] = [];

/**
 * Walks the trie from position `at`. A space between two characters of the text is skipped (once)
 * so "วีซ่า ท่องเที่ยว" reads as the phrase without it; not between the halves of a surrogate pair.
 * Fills `trieMatches` and returns how many matched.
 */
function walkTrie(trie: FlatTrie, first: number, text: string, at: number): number {
  let count = 0;
  let node = first;
  let i = at + 1;
  const pairStart = text.charCodeAt(at) >= 0xd800 && text.charCodeAt(at) <= 0xdbff;
  for (let depth = 1; ; depth++) {
    const endsFrom = trie.endStart[node]!;
    const endsTo = endsFrom + trie.endCount[node]!;
    for (let e = endsFrom; e < endsTo; e++) {
      const m = trieMatches[count] ?? (trieMatches[count] = { slot: 0, seq: 0, end: 0 });
      m.slot = trie.endSlot[e]!;
      m.seq = trie.endSeq[e]!;
      m.end = i;
      count++;
    }
    if (trie.childCount[node] === 0) return count;
    if (text.charCodeAt(i) === 32 && !(depth === 1 && pairStart)) i++;
    const next = i < text.length ? trieChild(trie, node, text.charCodeAt(i)) : 0;
    if (next === 0) return count;
    node = next;
    i++;
  }
}

/**
 * Phrases in scripts without spaces are looked up in a trie at every character of those scripts:
 * one walk per character instead of a RegExp per rule or a compare per phrase. At one position the
 * phrase listed first for a slot wins, as when the phrases were tried one by one.
 */
function scanUnspaced(index: PhraseIndex, text: string, hits: SlotHits): void {
  const trie = index.unspacedTrie;
  const roots = trie.rootChild;
  const latinStarts = index.unspacedLatinStartTable;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Mixed phrases ("like နှိပ်") start with a Latin word: look those up at word starts only, and
    // only for first letters such a phrase has.
    if (code < 0x0e00 && !(latinStarts[code] === 1 && !isAsciiWordChar(text.charCodeAt(i - 1)))) continue;
    const first = roots[code]!;
    if (first === 0) continue;
    const count = walkTrie(trie, first, text, i);
    if (count === 0) continue;
    if (count > 1) sortBySeq(count);
    for (let k = 0; k < count; k++) {
      const m = trieMatches[k]!;
      if (hits.wants(m.slot, i)) hits.add(m.slot, i, m.end, -1, -1, -1);
    }
  }
}

/** Insertion sort of the first `count` matches by `seq` (a handful at most). */
function sortBySeq(count: number): void {
  for (let a = 1; a < count; a++) {
    const m = trieMatches[a]!;
    let b = a - 1;
    while (b >= 0 && trieMatches[b]!.seq > m.seq) {
      trieMatches[b + 1] = trieMatches[b]!;
      b--;
    }
    trieMatches[b + 1] = m;
  }
}

/** One pass over the words of a field, collecting the spans of every phrase slot of the rule pack. */
export function scanPhrases(index: PhraseIndex, text: string, tokens: TokenList): SlotHits {
  const hits = new SlotHits(index.slots);
  // Spans are only built for slots that still want one: a common word must not allocate thousands.
  const add = (slot: number, first: number, last: number) => {
    const start = tokens.starts[first]!;
    if (!hits.wants(slot, start)) return;
    hits.add(slot, start, tokens.ends[last]!, tokens.wordsBefore[first]!, tokens.wordsBefore[last + 1]!, tokens.sentenceOf[first]!);
  };
  const hasPrefixes = index.byPrefix.size > 0;
  const words = tokens.words;
  const info = index.wordInfo;
  for (let i = 0; i < tokens.count; i++) {
    const word = words[i]!;
    // Words of unspaced scripts are one long run ("รับสมัครพนักงาน…"); their phrases are found by scanUnspaced.
    if (tokens.hasUnspacedScript && isUnspacedCode(word.charCodeAt(0))) continue;
    const at = findWord(index.wordTable, tokens.hashes[i]!, word);
    if (at >= 0) {
      const from = info.wholeStart[at]!;
      const to = from + info.wholeCount[at]!;
      for (let k = from; k < to; k++) add(info.wholeSlots[k]!, i, i);
      const flags = info.flags[at]!;
      if (flags !== 0 && i + 1 < tokens.count) {
        if ((flags & HAS_NEXT) !== 0) {
          const longer = lookupPair(index.pairTable, pairHash(tokens.hashes[i]!, tokens.hashes[i + 1]!), word, words[i + 1]!);
          if (longer) for (const e of longer) if (matchesAt(e, tokens, i)) add(e.slot, i, i + e.words.length - 1);
        }
        if ((flags & HAS_NEXT_PREFIX) !== 0) {
          const wild = index.wordTable.values[at]!.nextPrefix.get(words[i + 1]!.slice(0, 3));
          if (wild) for (const e of wild) if (matchesAt(e, tokens, i)) add(e.slot, i, i + 1);
        }
      }
    }
    if (hasPrefixes && word.length >= 3 && index.prefixStarts[word.charCodeAt(0)] === 1) {
      const prefixed = index.byPrefix.get(word.slice(0, 3));
      if (prefixed) {
        for (const e of prefixed) {
          const want = e.words[0]!;
          if (word.startsWith(want) && word.length - want.length <= MAX_WILDCARD_TAIL) add(e.slot, i, i);
        }
      }
    }
  }
  if (tokens.hasUnspacedScript) scanUnspaced(index, text, hits);
  return hits;
}
