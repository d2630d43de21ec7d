import { INDONESIAN_MARKERS, MALAY_MARKERS, PORTUGUESE_MARKERS, SPANISH_MARKERS, STOPWORDS } from './stopwords';

const SAMPLE = 1500;
// Script ranges, checked in this order (kana before Han, so Japanese is not read as Chinese).
const SCRIPTS: ReadonlyArray<readonly [string, number, number]> = [
  ['th', 0x0e00, 0x0e7f],
  ['km', 0x1780, 0x17ff],
  ['my', 0x1000, 0x109f],
  ['ja', 0x3040, 0x30ff],
  ['ko', 0xac00, 0xd7af],
  ['zh', 0x3400, 0x9fff],
  ['hi', 0x0900, 0x097f], // Devanagari: Hindi or Nepali, told apart below
  ['bn', 0x0980, 0x09ff],
  ['si', 0x0d80, 0x0dff],
  ['ur', 0x0600, 0x06ff], // Arabic script: Urdu only with letters Arabic lacks, see below
];
/** SCRIPT_OF[code]: 1 + the index in SCRIPTS of the range holding the code (they do not overlap), or 0. */
const SCRIPT_OF = new Uint8Array(0x10000);
SCRIPTS.forEach(([, from, to], k) => SCRIPT_OF.fill(k + 1, from, to + 1));
// Letters only Vietnamese uses among the languages we read.
const VIETNAMESE_LETTERS = new Set('ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ');
const LETTER = /\p{L}/u;
/** Each stopword and the languages that use it. */
const LANGS_OF_WORD = new Map<string, string[]>();
for (const [lang, list] of Object.entries(STOPWORDS)) for (const w of list) LANGS_OF_WORD.set(w, [...(LANGS_OF_WORD.get(w) ?? []), lang]);

// Each BMP code classified once: a RegExp and a Set lookup per character were most of the cost.
const NOT_LETTER = 1;
const LETTER_OTHER = 2;
const VIETNAMESE = 3;
const letterKinds = new Uint8Array(0x10000);

function letterKind(c: number): number {
  let k = letterKinds[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    letterKinds[c] = k = !LETTER.test(ch) ? NOT_LETTER : VIETNAMESE_LETTERS.has(ch) ? VIETNAMESE : LETTER_OTHER;
  }
  return k;
}

/** Letters, letters per script and Vietnamese-only letters, in one pass over the sample. */
function scriptCounts(sample: string) {
  const perScript = new Array<number>(SCRIPTS.length).fill(0);
  let letters = 0;
  let vietnamese = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 97 && c <= 122) letters++;
      continue;
    }
    const kind = letterKind(c);
    if (kind === NOT_LETTER) continue;
    letters++;
    if (kind === VIETNAMESE) vietnamese++;
    const script = SCRIPT_OF[c]!;
    if (script !== 0) perScript[script - 1]!++;
  }
  return { letters, perScript, vietnamese };
}

const astralLetters = new Map<number, boolean>();

function isAstralLetter(cp: number): boolean {
  let yes = astralLetters.get(cp);
  if (yes === undefined) astralLetters.set(cp, (yes = LETTER.test(String.fromCodePoint(cp))));
  return yes;
}

/** The runs of letters of a text, as /\p{L}+/gu finds them, read off the per-code table instead of a RegExp. */
function letterRuns(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let start = -1;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    let width = 1;
    let letter: boolean;
    if (c < 0x80) letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      width = 2;
      letter = isAstralLetter(text.codePointAt(i)!);
    } else letter = letterKind(c) !== NOT_LETTER; // a lone surrogate is no letter
    if (letter) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(text.slice(start, i));
      start = -1;
    }
    i += width;
  }
  if (start >= 0) out.push(text.slice(start));
  return out;
}

function latinLanguage(words: readonly string[]): string {
  const scores = new Map<string, number>();
  for (const w of words) for (const lang of LANGS_OF_WORD.get(w) ?? []) scores.set(lang, (scores.get(lang) ?? 0) + 1);
  let best = 'und';
  let bestScore = 1;
  for (const [lang, s] of scores) if (s > bestScore) [best, bestScore] = [lang, s];
  if (best === 'pt') return countOf(words, SPANISH_MARKERS) > countOf(words, PORTUGUESE_MARKERS) ? 'und' : 'pt';
  if (best !== 'id') return best;
  // Indonesian and Malay: decide by the words each uses and the other avoids.
  const id = countOf(words, INDONESIAN_MARKERS);
  const ms = countOf(words, MALAY_MARKERS);
  return ms > id ? 'ms' : 'id';
}

const markerSets = new Map<readonly string[], ReadonlySet<string>>();

function countOf(words: readonly string[], markers: readonly string[]): number {
  let set = markerSets.get(markers);
  if (!set) markerSets.set(markers, (set = new Set(markers)));
  let count = 0;
  for (const w of words) if (set.has(w)) count++;
  return count;
}

// Words that end Nepali sentences ("छ", "हुन्छ", "गर्नुहोस्") and Hindi ones ("है", "हैं", "में").
const NEPALI_WORDS = /(?:छ|छन्|हुन्छ|हुनेछ|पर्छ|गर्नुहोस्|दिइन्छ|गरिन्छ|मिल्छ|सक्नुहुन्छ)(?=[\s।,.!?]|$)/g;
const HINDI_WORDS = /(?:^|\s)(?:है|हैं|में|और|नहीं|होगा|करें)(?=[\s।,.!?]|$)/g;
// ٹ ڈ ڑ ں ھ ہ ے: Urdu letters that Arabic does not use.
const URDU_LETTERS = /[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2]/;

function refineScript(lang: string, sample: string): string {
  if (lang === 'hi') return (sample.match(NEPALI_WORDS)?.length ?? 0) > (sample.match(HINDI_WORDS)?.length ?? 0) ? 'ne' : 'hi';
  if (lang === 'ur') return URDU_LETTERS.test(sample) ? 'ur' : 'und';
  return lang;
}

/**
 * A cheap language guess from the light view (lower-cased, NFKC): script first, then Vietnamese
 * letters, then function-word counts. A page hint breaks near-ties only for Indonesian and Malay.
 */
export function detectLanguage(text: string, hint?: string): string {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const { letters, perScript, vietnamese } = scriptCounts(sample);
  if (letters === 0) return 'und';
  for (let k = 0; k < SCRIPTS.length; k++) if (perScript[k]! / letters > 0.2) return refineScript(SCRIPTS[k]![0], sample);
  if (vietnamese / letters > 0.03) return 'vi';
  const lang = latinLanguage(letterRuns(sample));
  if ((lang === 'id' || lang === 'ms') && (hint === 'id' || hint === 'ms')) return hint;
  return lang;
}
