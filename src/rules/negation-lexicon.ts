import { z } from '../model/zod';
import { normalise } from '../engine/normalise/normalise';

/** Words that cancel the phrase after them ("never … Telegram") or before them ("fee: none"), and words that end a clause. */
export const NegationLexiconSchema = z.strictObject({
  before: z.record(z.string(), z.array(z.string())),
  after: z.record(z.string(), z.array(z.string())),
  clauseBreaks: z.record(z.string(), z.array(z.string())),
  sentenceOpeners: z.record(z.string(), z.array(z.string())),
  /** How many words before a match a negation word may stand. */
  windowBefore: z.number().check(z.int(), z.minimum(1), z.maximum(12)),
  windowAfter: z.number().check(z.int(), z.minimum(1), z.maximum(6)),
});
export type NegationLexiconData = z.infer<typeof NegationLexiconSchema>;

/** The lexicon as the matcher uses it: normalised cue lists, all languages merged. */
export interface NegationLexicon {
  readonly before: readonly string[];
  readonly after: readonly string[];
  readonly clauseBreaks: readonly string[];
  readonly sentenceOpeners: readonly string[];
  readonly windowBefore: number;
  readonly windowAfter: number;
}

const norm = (s: string) => normalise(s).full.text.trim();

export function compileNegationLexicon(data: NegationLexiconData): NegationLexicon {
  const merge = (byLang: Record<string, string[]>) => [...new Set(Object.values(byLang).flat().map(norm).filter(Boolean))];
  return {
    before: merge(data.before),
    after: merge(data.after),
    clauseBreaks: merge(data.clauseBreaks),
    sentenceOpeners: merge(data.sentenceOpeners),
    windowBefore: data.windowBefore,
    windowAfter: data.windowAfter,
  };
}

export const EMPTY_NEGATION_LEXICON: NegationLexicon = { before: [], after: [], clauseBreaks: [], sentenceOpeners: [], windowBefore: 1, windowAfter: 1 };
