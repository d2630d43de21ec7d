import { normalise } from '../engine/normalise/normalise';

// Scripts written without spaces between words: no word boundaries around their phrases.
const UNSPACED = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
// Between the words of a phrase: nothing (hashtags: #kerjadikamboja), or a few spaces, dashes, slashes.
const GAP = '[\\s\\-_/]{0,3}';
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

interface PhrasePattern {
  readonly source: string;
  /** Starts with a letter or digit of a spaced script, so it needs a word boundary before it. */
  readonly bounded: boolean;
}

/**
 * Turns one phrase into a RegExp source over the full normalised view. The phrase is normalised the
 * same way as the text, so rules are written in plain words and still match "T3legram" or "Теlеgram".
 * A trailing `*` matches the rest of the word ("recruit*" → recruiter, recruiting).
 */
export function phraseToPattern(phrase: string): PhrasePattern {
  const wildcard = phrase.trimEnd().endsWith('*');
  const body = normalise(wildcard ? phrase.trimEnd().slice(0, -1) : phrase).full.text.trim();
  if (!body) throw new Error(`phrase "${phrase}" is empty after normalisation`);
  const words = body.split(/\s+/).map((w) => w.replace(REGEX_SPECIAL, '\\$&'));
  const first = body[0]!;
  const last = body[body.length - 1]!;
  const after = wildcard ? '[\\p{L}\\p{N}]{0,20}' : WORD_CHAR.test(last) && !UNSPACED.test(last) ? '(?![\\p{L}\\p{N}])' : '';
  return { source: words.join(GAP) + after, bounded: WORD_CHAR.test(first) && !UNSPACED.test(first) };
}

const alternation = (sources: string[]) => [...new Set(sources)].sort((a, b) => b.length - a.length).map((p) => `(?:${p})`).join('|');

/**
 * One RegExp for a list of phrases, longer phrases first so the longest wins at a position. The
 * phrase itself is capture group 1 (after a consumed boundary character) or 2 (no boundary needed).
 * A consumed boundary instead of a lookbehind keeps the pattern provably linear for ReDoS checkers.
 */
export function phrasesToRegExp(phrases: readonly string[]): RegExp {
  const patterns = phrases.map(phraseToPattern);
  const bounded = patterns.filter((p) => p.bounded).map((p) => p.source);
  const free = patterns.filter((p) => !p.bounded).map((p) => p.source);
  const parts: string[] = [];
  parts.push(bounded.length ? `(?:^|[^\\p{L}\\p{N}])(${alternation(bounded)})` : '(?!)()');
  if (free.length) parts.push(`(${alternation(free)})`);
  return new RegExp(parts.join('|'), 'gu');
}
