import { INDONESIAN_MARKERS, MALAY_MARKERS, STOPWORDS } from './stopwords';

const SAMPLE = 4000;
const SCRIPTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['th', /[\u0e00-\u0e7f]/gu],
  ['km', /[\u1780-\u17ff]/gu],
  ['my', /[\u1000-\u109f]/gu],
  ['ja', /[\u3040-\u30ff]/gu],
  ['ko', /[\uac00-\ud7af]/gu],
  ['zh', /[\u3400-\u9fff]/gu],
];
// Letters only Vietnamese uses among the languages we read.
const VIETNAMESE_LETTERS = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/gu;
const LATIN_WORD = /\p{L}+/gu;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

function latinLanguage(words: readonly string[]): string {
  const scores = new Map<string, number>();
  const sets = Object.entries(STOPWORDS).map(([lang, list]) => [lang, new Set(list)] as const);
  for (const w of words) for (const [lang, set] of sets) if (set.has(w)) scores.set(lang, (scores.get(lang) ?? 0) + 1);
  let best = 'und';
  let bestScore = 1;
  for (const [lang, s] of scores) if (s > bestScore) [best, bestScore] = [lang, s];
  if (best !== 'id') return best;
  // Indonesian and Malay: decide by the words each uses and the other avoids.
  const id = words.filter((w) => INDONESIAN_MARKERS.includes(w)).length;
  const ms = words.filter((w) => MALAY_MARKERS.includes(w)).length;
  return ms > id ? 'ms' : 'id';
}

/**
 * A cheap language guess from the light view (lower-cased, NFKC): script first, then Vietnamese
 * letters, then function-word counts. A page hint breaks near-ties only for Indonesian and Malay.
 */
export function detectLanguage(text: string, hint?: string): string {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const letters = count(sample, /\p{L}/gu);
  if (letters === 0) return 'und';
  for (const [lang, re] of SCRIPTS) if (count(sample, re) / letters > 0.2) return lang === 'ja' ? 'ja' : lang;
  if (count(sample, VIETNAMESE_LETTERS) / letters > 0.03) return 'vi';
  const lang = latinLanguage(sample.match(LATIN_WORD) ?? []);
  if ((lang === 'id' || lang === 'ms') && (hint === 'id' || hint === 'ms')) return hint;
  return lang;
}
