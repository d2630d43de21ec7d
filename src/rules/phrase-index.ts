import { normalise } from '../engine/normalise/normalise';
import { tokenize } from '../engine/match/tokenize';
import { hashWord } from '../engine/match/word-hash';
import { NO_INFLECTION, type Inflector } from './inflector';
import { buildFlatTrie, type FlatTrie } from './flat-trie';
import { buildPairTable, buildWordTable, type PairTable, type WordTable } from './word-table';

// Scripts written without spaces: their phrases are found with a RegExp, not by word lookup.
const UNSPACED = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;
/** Longest word a trailing `*` may complete ("recruit*" → "recruitment"). */
export const MAX_WILDCARD_TAIL = 20;
const MIN_JOINED_LENGTH = 7;

export interface PhraseEntry {
  readonly slot: number;
  readonly words: readonly string[];
  /** hashWord of each word, as the tokenizer hashes tokens: most candidates are rejected by a hash compare. */
  readonly wordHashes: Int32Array;
  /** The last word is a prefix: "recruit*". */
  readonly wildcard: boolean;
}

/** What can start at one word: phrases that are this word, and longer phrases by their second word. */
export interface WordEntry {
  /** One-word phrases, and longer phrases written as this one word (hashtags: "#freevisa", "#kerjadikamboja"). */
  readonly whole: PhraseEntry[];
  /** Phrases of two or more words, by their second word. */
  readonly next: Map<string, PhraseEntry[]>;
  /** Two-word phrases ending in a wildcard, by the first three letters of their second word. */
  readonly nextPrefix: Map<string, PhraseEntry[]>;
}

/**
 * Every phrase of every rule, indexed for a single pass over the text's words. Each phrase list of
 * a matcher is one `slot`; scanning yields the spans found per slot. One pass with one hash lookup
 * per word replaces hundreds of RegExp scans (see README, "How detection works").
 */
export interface PhraseIndex {
  readonly slots: number;
  readonly byWord: ReadonlyMap<string, WordEntry>;
  /** byWord as a compact table, looked up with the token hashes of tokenize(). */
  readonly wordTable: WordTable<WordEntry>;
  /** Per index of wordTable, in typed arrays (read for every word of a post, so kept compact). */
  readonly wordInfo: WordInfo;
  /** Every WordEntry.next list, keyed by the phrase's first two words. */
  readonly pairTable: PairTable<PhraseEntry[]>;
  /** One-word wildcard phrases, by their first three characters. */
  readonly byPrefix: ReadonlyMap<string, readonly PhraseEntry[]>;
  /** Phrases in unspaced scripts (Thai, Chinese, Khmer, Burmese …), by their first character. */
  readonly unspaced: ReadonlyMap<string, readonly UnspacedEntry[]>;
  /** Char codes below U+0E00 that start a phrase of `unspaced` (mixed phrases like "like နှိပ်"). */
  readonly unspacedLatinStarts: ReadonlySet<number>;
  /** The phrases of `unspaced` as a trie in typed arrays: one walk per position instead of one compare per phrase. */
  readonly unspacedTrie: FlatTrie;
  /** unspacedLatinStarts as a table by code. */
  readonly unspacedLatinStartTable: Uint8Array;
  /** prefixStarts[code] is 1 when a key of byPrefix starts with that unit: most words need no lookup. */
  readonly prefixStarts: Uint8Array;
}

/** The one-word phrases of each wordTable index as a run of `wholeSlots`, and what else starts there. */
export interface WordInfo {
  readonly wholeStart: Int32Array;
  readonly wholeCount: Int32Array;
  readonly wholeSlots: Int32Array;
  /** HAS_NEXT | HAS_NEXT_PREFIX */
  readonly flags: Uint8Array;
}
export const HAS_NEXT = 1;
export const HAS_NEXT_PREFIX = 2;

function wordInfoOf(table: WordTable<WordEntry>): WordInfo {
  const n = table.keys.length;
  const info = {
    wholeStart: new Int32Array(n),
    wholeCount: new Int32Array(n),
    wholeSlots: new Int32Array(table.values.reduce((s, e) => s + (e?.whole.length ?? 0), 0)),
    flags: new Uint8Array(n),
  };
  let k = 0;
  table.values.forEach((e, at) => {
    if (!e) return;
    info.wholeStart[at] = k;
    info.wholeCount[at] = e.whole.length;
    for (const p of e.whole) info.wholeSlots[k++] = p.slot;
    info.flags[at] = (e.next.size > 0 ? HAS_NEXT : 0) | (e.nextPrefix.size > 0 ? HAS_NEXT_PREFIX : 0);
  });
  return info;
}

export interface UnspacedEntry {
  readonly slot: number;
  readonly phrase: string;
}

function add(map: Map<string, PhraseEntry[]>, key: string, entry: PhraseEntry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

export class PhraseIndexBuilder {
  private slots = 0;
  private readonly byWord = new Map<string, WordEntry>();
  private readonly byPrefix = new Map<string, PhraseEntry[]>();
  private readonly unspaced = new Map<string, UnspacedEntry[]>();

  constructor(private readonly inflector: Inflector = NO_INFLECTION) {}

  private word(w: string): WordEntry {
    let entry = this.byWord.get(w);
    if (!entry) this.byWord.set(w, (entry = { whole: [], next: new Map(), nextPrefix: new Map() }));
    return entry;
  }

  /** Adds one matcher's phrase list (inflected when asked) and returns its slot; throws on a phrase that is empty once normalised. */
  addList(written: readonly string[], inflect = false): number {
    const slot = this.slots++;
    // A wildcard phrase is already open-ended; inflecting it would only add noise.
    const phrases = inflect ? [...new Set(written.flatMap((p) => (p.trim().endsWith('*') ? [p] : this.inflector(p))))] : written;
    for (const phrase of phrases) {
      const trimmed = phrase.trim();
      const wildcard = trimmed.endsWith('*');
      const body = normalise(wildcard ? trimmed.slice(0, -1) : trimmed).full.text.trim();
      if (!body) throw new Error(`phrase "${phrase}" is empty after normalisation`);
      if (UNSPACED.test(body)) {
        // Spaces inside Thai or Chinese phrases are incidental; the text is matched without them too.
        const phrase = body.replace(/\s+/g, '');
        const first = String.fromCodePoint(phrase.codePointAt(0)!);
        const list = this.unspaced.get(first) ?? [];
        if (!list.some((e) => e.slot === slot && e.phrase === phrase)) list.push({ slot, phrase });
        this.unspaced.set(first, list);
        continue;
      }
      const words = [...tokenize(body).words];
      const entry: PhraseEntry = { slot, words, wordHashes: Int32Array.from(words, hashWord), wildcard };
      if (wildcard && words[words.length - 1]!.length < 3) throw new Error(`phrase "${phrase}": a wildcard needs at least 3 letters before *`);
      if (wildcard && words.length === 1) add(this.byPrefix, words[0]!.slice(0, 3), entry);
      else if (words.length === 1) this.word(words[0]!).whole.push(entry);
      else if (words.length === 2 && wildcard) add(this.word(words[0]!).nextPrefix, words[1]!.slice(0, 3), entry);
      else add(this.word(words[0]!).next, words[1]!, entry);
      // Short joins collide with real words ("in come" → "income"), so only longer phrases get one.
      const joined = words.join('');
      if (words.length > 1 && !wildcard && joined.length >= MIN_JOINED_LENGTH) this.word(joined).whole.push({ ...entry, words: [joined], wordHashes: Int32Array.of(hashWord(joined)) });
    }
    return slot;
  }

  build(): PhraseIndex {
    const unspacedLatinStarts = new Set([...this.unspaced.keys()].map((k) => k.charCodeAt(0)).filter((c) => c < 0x0e00));
    const unspacedTrie = buildFlatTrie(this.unspaced);
    const wordTable = buildWordTable(this.byWord);
    const unspacedLatinStartTable = new Uint8Array(0x10000);
    for (const code of unspacedLatinStarts) unspacedLatinStartTable[code] = 1;
    const prefixStarts = new Uint8Array(0x10000);
    for (const key of this.byPrefix.keys()) prefixStarts[key.charCodeAt(0)] = 1;
    return {
      slots: this.slots,
      byWord: this.byWord,
      wordTable,
      wordInfo: wordInfoOf(wordTable),
      pairTable: buildPairTable([...this.byWord].flatMap(([first, e]) => [...e.next].map(([second, list]) => [first, second, list] as const))),
      byPrefix: this.byPrefix,
      unspaced: this.unspaced,
      unspacedLatinStarts,
      unspacedLatinStartTable,
      unspacedTrie,
      prefixStarts,
    };
  }
}
