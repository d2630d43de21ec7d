import { z } from '../model/zod';
import { normalise } from '../engine/normalise/normalise';

/** Words that cancel the phrase after them ("never … Telegram") or before them ("fee: none"), and words that end a clause. */
export const NegationLexiconSchema = z.strictObject({
  before: z.record(z.string(), z.array(z.string())),
  after: z.record(z.string(), z.array(z.string())),
  clauseBreaks: z.record(z.string(), z.array(z.string())),
  sentenceOpeners: z.record(z.string(), z.array(z.string())),
  notOpeners: z.optional(z.record(z.string(), z.array(z.string()))),
  answers: z.optional(z.record(z.string(), z.array(z.string()))),
  /** Words that join the last items of a list ("fee, deposit or charge"), so negation reaches them. */
  listJoiners: z.optional(z.record(z.string(), z.array(z.string()))),
  /** How many words before a match a negation word may stand. */
  windowBefore: z.number().check(z.int(), z.minimum(1), z.maximum(12)),
  windowAfter: z.number().check(z.int(), z.minimum(1), z.maximum(6)),
});
export type NegationLexiconData = z.infer<typeof NegationLexiconSchema>;

/** Cue lists of one language (or all merged), normalised like ad text. */
export interface NegationCues {
  readonly before: readonly string[];
  readonly after: readonly string[];
  readonly clauseBreaks: readonly string[];
  readonly sentenceOpeners: readonly string[];
  readonly notOpeners: readonly string[];
  /** Answers to a question that deny it: "… visa turis? TIDAK." */
  readonly answers: readonly string[];
  /** "or", "atau", "或": words that close a list, over whose commas negation carries. */
  readonly listJoiners: readonly string[];
}

/**
 * The lexicon as the matcher uses it. A post's own language and English (mixed into most ads) are
 * used, so Portuguese "no Camboja" ("in Cambodia") is not negated by English "no".
 */
export interface ActiveNegation extends NegationCues {
  readonly windowBefore: number;
  readonly windowAfter: number;
}

export interface NegationLexicon extends ActiveNegation {
  /** Cues for a detected language: that language plus English; all languages when unknown. */
  forLanguage(lang: string): ActiveNegation;
  readonly windowBefore: number;
  readonly windowAfter: number;
}

const norm = (s: string) => normalise(s).full.text.trim();

type Lists = Pick<NegationLexiconData, 'before' | 'after' | 'clauseBreaks' | 'sentenceOpeners' | 'notOpeners' | 'answers' | 'listJoiners'>;

function cuesOf(data: Lists, langs: readonly string[] | undefined): NegationCues {
  const pick = (byLang: Record<string, string[]> | undefined) =>
    [...new Set(Object.entries(byLang ?? {}).filter(([l]) => !langs || langs.includes(l)).flatMap(([, words]) => words).map(norm).filter(Boolean))];
  return {
    before: pick(data.before),
    after: pick(data.after),
    clauseBreaks: pick(data.clauseBreaks),
    sentenceOpeners: pick(data.sentenceOpeners),
    notOpeners: pick(data.notOpeners),
    answers: pick(data.answers),
    listJoiners: pick(data.listJoiners),
  };
}

/** English is mixed into most Asian ads; Portuguese ads rarely mix it, and its "no" means "in the". */
function languagesRead(lang: string): string[] {
  return lang === 'en' || lang === 'pt' ? [lang] : [lang, 'en'];
}

export function compileNegationLexicon(data: NegationLexiconData): NegationLexicon {
  const all = cuesOf(data, undefined);
  const perLanguage = new Map<string, ActiveNegation>();
  const windows = { windowBefore: data.windowBefore, windowAfter: data.windowAfter };
  return {
    ...all,
    windowBefore: data.windowBefore,
    windowAfter: data.windowAfter,
    forLanguage(lang) {
      let cues = perLanguage.get(lang);
      if (!cues) {
        cues = { ...(lang in data.before ? cuesOf(data, languagesRead(lang)) : all), ...windows };
        perLanguage.set(lang, cues);
      }
      return cues;
    },
  };
}

const NO_CUES: NegationCues = { before: [], after: [], clauseBreaks: [], sentenceOpeners: [], notOpeners: [], answers: [], listJoiners: [] };
const NO_NEGATION: ActiveNegation = { ...NO_CUES, windowBefore: 1, windowAfter: 1 };
export const EMPTY_NEGATION_LEXICON: NegationLexicon = { ...NO_NEGATION, forLanguage: () => NO_NEGATION };
