import { normalise } from '../engine/normalise/normalise';

// Scripts written without spaces between words: no word boundaries around their phrases.
const UNSPACED = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
// Between the words of a phrase: nothing (hashtags: #kerjadikamboja), or a few spaces, dashes, slashes.
const GAP = '[\\s\\-_/]{0,3}';
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/**
 * Turns one phrase into a RegExp source over the full normalised view. The phrase is normalised the
 * same way as the text, so rules are written in plain words and still match "T3legram" or "Теlеgram".
 * A trailing `*` matches the rest of the word ("recruit*" → recruiter, recruiting).
 */
export function phraseToPattern(phrase: string): string {
  const wildcard = phrase.trimEnd().endsWith('*');
  const body = normalise(wildcard ? phrase.trimEnd().slice(0, -1) : phrase).full.text.trim();
  if (!body) throw new Error(`phrase "${phrase}" is empty after normalisation`);
  const words = body.split(/\s+/).map((w) => w.replace(REGEX_SPECIAL, '\\$&'));
  const first = body[0]!;
  const last = body[body.length - 1]!;
  const before = WORD_CHAR.test(first) && !UNSPACED.test(first) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = wildcard ? '[\\p{L}\\p{N}]{0,20}' : WORD_CHAR.test(last) && !UNSPACED.test(last) ? '(?![\\p{L}\\p{N}])' : '';
  return before + words.join(GAP) + after;
}

/** One RegExp for a list of phrases; longer phrases first so the longest wins at a position. */
export function phrasesToRegExp(phrases: readonly string[]): RegExp {
  const patterns = [...new Set(phrases.map(phraseToPattern))].sort((a, b) => b.length - a.length);
  return new RegExp(patterns.map((p) => `(?:${p})`).join('|'), 'gu');
}
