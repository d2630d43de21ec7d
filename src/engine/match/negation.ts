import type { ActiveNegation } from '../../rules/negation-lexicon';
import type { NegationMode } from '../../rules/rule-schema';
import { cueFilter, OPENING_WORD, openerFirstWords, questionMarkWithin } from './negation-prefilter';

// A clause ends at sentence punctuation, a comma or colon, or a line break; negation never crosses it.
// Emoji end a clause too: "bukan scam 🙏 kantor di Sihanoukville".
const BEFORE_BREAK = /^[.!?;,:\n。！？；，]$|^\p{Extended_Pictographic}$/u;
const AFTER_BREAK = /^[.!?;\n。！？；]$|^\p{Extended_Pictographic}$/u;
const UNSPACED = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3400-\u9fff]/u;
const SENTENCE_BREAK = /^[.!?;\n。！？；]$/;
const LOOK = 80;
const SENTENCE_LOOK = 240;

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

// In scripts without spaces a negation mark must stand right before the match ("不需要"), not anywhere in the clause.
const UNSPACED_REACH = 6;

/** A cue list made ready for lookups: spaced cues as one alternation, unspaced ones (few) kept apart. */
interface CueMatcher {
  /** " (?:cue1|cue2|…) " on the padded window: true when any spaced cue stands there as whole words. */
  readonly spaced: RegExp | undefined;
  readonly unspaced: readonly string[];
}

const matchers = new WeakMap<readonly string[], CueMatcher>();
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Cue lists live as long as the rule pack, so each is compiled once. */
function cueMatcher(cues: readonly string[]): CueMatcher {
  let m = matchers.get(cues);
  if (!m) {
    const spaced = cues.filter((c) => !UNSPACED.test(c));
    m = {
      spaced: spaced.length > 0 ? new RegExp(` (?:${spaced.map(escapeRe).join('|')}) `) : undefined,
      unspaced: cues.filter((c) => UNSPACED.test(c)),
    };
    matchers.set(cues, m);
  }
  return m;
}

function hasCue(windowText: string, cues: readonly string[], side: 'before' | 'after'): boolean {
  const m = cueMatcher(cues);
  if (m.spaced !== undefined && m.spaced.test(` ${windowText} `)) return true;
  for (const cue of m.unspaced) {
    const reach = cue.length + UNSPACED_REACH;
    const near = side === 'before' ? windowText.slice(-reach) : windowText.slice(0, reach);
    if (near.includes(cue)) return true;
  }
  return false;
}

/** The clause before `start`: at most LOOK characters, from after the last break. */
function clauseTextBefore(text: string, start: number): string {
  const slice = text.slice(Math.max(0, start - LOOK), start);
  return slice.slice(lastBreak(slice, BEFORE_BREAK) + 1);
}

/** The words of a clause after the last contrast word ("but", "tapi"), at most `n`. */
function clauseWords(clause: string, lex: ActiveNegation): string {
  let ws = words(clause);
  const contrast = ws.findLastIndex((w) => lex.clauseBreaks.includes(w));
  if (contrast >= 0) ws = ws.slice(contrast + 1);
  return ws.slice(-lex.windowBefore).join(' ');
}

function clauseAfter(text: string, end: number, lex: ActiveNegation): string {
  const slice = text.slice(end, end + LOOK);
  const to = firstBreak(slice, AFTER_BREAK);
  return words(slice.slice(0, to).replace(/[:=\-–]/g, ' ')).slice(0, lex.windowAfter).join(' ');
}

/** The head of the sentence the match stands in: at most 60 characters after its start, not past `start`. */
function sentenceHead(text: string, start: number): string {
  const window = text.slice(Math.max(0, start - SENTENCE_LOOK), start);
  const cut = lastBreak(window, SENTENCE_BREAK);
  return window.slice(cut + 1, cut + 1 + 60);
}

/** The first words of a sentence head ("never accept a job that …"). */
function sentenceOpening(head: string): string {
  // Punctuation inside the opening ("Don't worry, …") must not hide the words.
  return words(head.replace(/[^\p{L}\p{N}'\s-]/gu, ' ')).slice(0, 3).join(' ');
}

/** The character (a whole surrogate pair for emoji) ending at index `i`. */
function charEndingAt(s: string, i: number): string {
  const c = s.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff && i > 0 ? s.slice(i - 1, i + 1) : s[i]!;
}

// Whether a BMP character is a break for one of the break classes above, decided once per code
// (1 = no, 2 = yes): Thai or Chinese clauses would otherwise run a RegExp on every character.
const breakTables = new Map<RegExp, Uint8Array>();

/** For a BMP character that is not a surrogate half. */
function isBreakAt(s: string, i: number, re: RegExp, table: Uint8Array): boolean {
  const c = s.charCodeAt(i);
  let v = table[c]!;
  if (v === 0) table[c] = v = re.test(s[i]!) ? 2 : 1;
  return v === 2;
}

function tableFor(re: RegExp): Uint8Array {
  let table = breakTables.get(re);
  if (!table) breakTables.set(re, (table = new Uint8Array(0x10000)));
  return table;
}

/** Index of the last character of `s` that `re` (a one-character class) matches, or -1. */
function lastBreak(s: string, re: RegExp): number {
  const table = tableFor(re);
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    // Only punctuation, emoji and line breaks can be breaks; letters and spaces are skipped without a RegExp.
    if ((c >= 97 && c <= 122) || c === 32 || (c >= 48 && c <= 57)) continue;
    if (c >= 0xd800 && c <= 0xdfff ? re.test(charEndingAt(s, i)) : isBreakAt(s, i, re, table)) return i;
  }
  return -1;
}

function firstBreak(s: string, re: RegExp): number {
  const table = tableFor(re);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || c === 32 || (c >= 48 && c <= 57)) continue;
    if (c >= 0xd800 && c <= 0xdfff ? re.test(c <= 0xdbff ? s.slice(i, i + 2) : s[i]!) : isBreakAt(s, i, re, table)) return i;
  }
  return s.length;
}

const openerMatchers = new WeakMap<readonly string[], RegExp | undefined>();

function opensWith(opening: string, openers: readonly string[]): boolean {
  let re = openerMatchers.get(openers);
  if (re === undefined && !openerMatchers.has(openers)) {
    re = openers.length > 0 ? new RegExp(`^ (?:${openers.map(escapeRe).join('|')}) `) : undefined;
    openerMatchers.set(openers, re);
  }
  return re !== undefined && re.test(` ${opening} `);
}

/** The match stands in a question that the text answers "no" to: "Boleh pakai visa turis? TIDAK." */
function deniedQuestion(text: string, end: number, lex: ActiveNegation): boolean {
  if (!questionMarkWithin(text, end, LOOK)) return false;
  const rest = text.slice(end, end + LOOK);
  const q = rest.search(/[?？]/);
  if (q < 0 || /[.!;\n。！；]/.test(rest.slice(0, q))) return false;
  const answer = words(rest.slice(q + 1, q + 30).replace(/[^\p{L}\p{N}\s]/gu, ' ')).slice(0, 2);
  return answer.length > 0 && (lex.answers.includes(answer[0]!) || lex.answers.includes(answer.join(' ')));
}

/** "jangan lewatkan kesempatan kerja di Kamboja": the "jangan" of a reassurance negates nothing. */
function withoutReassurances(clause: string, lex: ActiveNegation): string {
  let out = ` ${clause} `;
  for (const phrase of paddedList(lex.notOpeners)) if (out.includes(phrase)) out = out.replace(phrase, ' _ ');
  return out.trim();
}

const padded = new WeakMap<readonly string[], readonly string[]>();

/** " phrase " for each phrase of a list, made once per list. */
function paddedList(list: readonly string[]): readonly string[] {
  let out = padded.get(list);
  if (!out) padded.set(list, (out = list.map((p) => ` ${p} `)));
  return out;
}

/**
 * Whether a match is negated in its clause: "we will never contact you on Telegram", "kami TIDAK
 * memungut biaya"; with mode "around" also a denial after it: "biaya: gratis", "fees: none".
 */
export function isNegated(text: string, start: number, end: number, mode: NegationMode, lex: ActiveNegation): boolean {
  if (mode === 'none') return false;
  if (mode !== 'local') {
    const head = sentenceHead(text, start);
    const first = OPENING_WORD.exec(head);
    // Only a sentence whose first word starts some opener can open with one.
    if (first !== null && openerFirstWords(lex.sentenceOpeners).has(first[0])) {
      const opening = sentenceOpening(head);
      if (opensWith(opening, lex.sentenceOpeners) && !opensWith(opening, lex.notOpeners)) return true;
    }
  }
  const clause = clauseTextBefore(text, start);
  const filter = cueFilter(lex.before);
  if (filter !== null && filter.test(clause) && hasCue(withoutReassurances(clauseWords(clause, lex), lex), lex.before, 'before')) return true;
  if (deniedQuestion(text, end, lex)) return true;
  return mode === 'around' && hasCue(clauseAfter(text, end, lex), lex.after, 'after');
}
