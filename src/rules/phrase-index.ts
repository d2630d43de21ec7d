import { normalise } from '../engine/normalise/normalise';
import { tokenize } from '../engine/match/tokenize';
import { NO_INFLECTION, type Inflector } from './inflector';

// Scripts written without spaces: their phrases are found with a RegExp, not by word lookup.
const UNSPACED = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;
/** Longest word a trailing `*` may complete ("recruit*" → "recruitment"). */
export const MAX_WILDCARD_TAIL = 20;
const MIN_JOINED_LENGTH = 7;

export interface PhraseEntry {
  readonly slot: number;
  readonly words: readonly string[];
  /** The last word is a prefix: "recruit*". */
  readonly wildcard: boolean;
}

/**
 * Every phrase of every rule, indexed for a single pass over the text's words. Each phrase list of
 * a matcher is one `slot`; scanning yields the spans found per slot. One pass with hash lookups
 * replaces hundreds of RegExp scans (see README, "Performance").
 */
export interface PhraseIndex {
  readonly slots: number;
  /** One-word phrases by their word. */
  readonly single: ReadonlyMap<string, readonly PhraseEntry[]>;
  /** Longer phrases by their first two words ("visa turis" → "visa turis"), so a common first word costs one lookup. */
  readonly byPair: ReadonlyMap<string, readonly PhraseEntry[]>;
  /** One-word wildcard phrases, by their first (up to 3) characters. */
  readonly byPrefix: ReadonlyMap<string, readonly PhraseEntry[]>;
  /** Multi-word phrases written as one word, for hashtags: "#freevisa", "#kerjadikamboja". */
  readonly joined: ReadonlyMap<string, readonly PhraseEntry[]>;
  /** Phrases in unspaced scripts, one RegExp per slot. */
  readonly unspaced: ReadonlyArray<{ readonly slot: number; readonly re: RegExp }>;
}

function add(map: Map<string, PhraseEntry[]>, key: string, entry: PhraseEntry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

export class PhraseIndexBuilder {
  private slots = 0;
  private readonly single = new Map<string, PhraseEntry[]>();
  private readonly byPair = new Map<string, PhraseEntry[]>();
  private readonly byPrefix = new Map<string, PhraseEntry[]>();
  private readonly joined = new Map<string, PhraseEntry[]>();
  private readonly unspaced: { slot: number; re: RegExp }[] = [];

  constructor(private readonly inflector: Inflector = NO_INFLECTION) {}

  /** Adds one matcher's phrase list (inflected when asked) and returns its slot; throws on a phrase that is empty once normalised. */
  addList(written: readonly string[], inflect = false): number {
    const slot = this.slots++;
    const unspacedSources: string[] = [];
    // A wildcard phrase is already open-ended; inflecting it would only add noise.
    const phrases = inflect ? [...new Set(written.flatMap((p) => (p.trim().endsWith('*') ? [p] : this.inflector(p))))] : written;
    for (const phrase of phrases) {
      const trimmed = phrase.trim();
      const wildcard = trimmed.endsWith('*');
      const body = normalise(wildcard ? trimmed.slice(0, -1) : trimmed).full.text.trim();
      if (!body) throw new Error(`phrase "${phrase}" is empty after normalisation`);
      if (UNSPACED.test(body)) {
        unspacedSources.push(body.replace(REGEX_SPECIAL, '\\$&').replace(/\s+/g, '\\s{0,3}'));
        continue;
      }
      const words = [...tokenize(body).words];
      const entry: PhraseEntry = { slot, words, wildcard };
      if (wildcard && words[words.length - 1]!.length < 3) throw new Error(`phrase "${phrase}": a wildcard needs at least 3 letters before *`);
      if (wildcard && words.length === 1) {
        add(this.byPrefix, words[0]!.slice(0, 3), entry);
        continue;
      }
      if (words.length === 1) add(this.single, words[0]!, entry);
      else if (words.length === 2 && wildcard) add(this.byPair, `${words[0]} ${words[1]!.slice(0, 3)}`, entry);
      else add(this.byPair, `${words[0]} ${words[1]}`, entry);
      // Short joins collide with real words ("in come" → "income"), so only longer phrases get one.
      if (words.length > 1 && !wildcard && words.join('').length >= MIN_JOINED_LENGTH) add(this.joined, words.join(''), entry);
    }
    if (unspacedSources.length) {
      const alternation = [...new Set(unspacedSources)].sort((a, b) => b.length - a.length).join('|');
      this.unspaced.push({ slot, re: new RegExp(alternation, 'gu') });
    }
    return slot;
  }

  build(): PhraseIndex {
    return { slots: this.slots, single: this.single, byPair: this.byPair, byPrefix: this.byPrefix, joined: this.joined, unspaced: this.unspaced };
  }
}
