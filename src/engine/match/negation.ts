import type { NegationLexicon } from '../../rules/negation-lexicon';
import type { NegationMode } from '../../rules/rule-schema';

// A clause ends at sentence punctuation, a comma or colon, or a line break; negation never crosses it.
const BEFORE_BREAK = /[.!?;,:\n。！？；，]/;
const AFTER_BREAK = /[.!?;\n。！？；]/;
const UNSPACED = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3400-\u9fff]/u;
const SENTENCE_BREAK = /[.!?;\n。！？；]/;
const LOOK = 80;
const SENTENCE_LOOK = 240;

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

// In scripts without spaces a negation mark must stand right before the match ("不需要"), not anywhere in the clause.
const UNSPACED_REACH = 3;

function hasCue(windowText: string, cues: readonly string[], side: 'before' | 'after'): boolean {
  const padded = ` ${windowText} `;
  for (const cue of cues) {
    if (!UNSPACED.test(cue)) {
      if (padded.includes(` ${cue} `)) return true;
      continue;
    }
    const reach = cue.length + UNSPACED_REACH;
    const near = side === 'before' ? windowText.slice(-reach) : windowText.slice(0, reach);
    if (near.includes(cue)) return true;
  }
  return false;
}

/** The words of the clause before `start`, after the last contrast word ("but", "tapi"), at most `n`. */
function clauseBefore(text: string, start: number, lex: NegationLexicon): string {
  const slice = text.slice(Math.max(0, start - LOOK), start);
  let ws = words(slice.slice(lastBreak(slice, BEFORE_BREAK) + 1));
  const contrast = ws.findLastIndex((w) => lex.clauseBreaks.includes(w));
  if (contrast >= 0) ws = ws.slice(contrast + 1);
  return ws.slice(-lex.windowBefore).join(' ');
}

function clauseAfter(text: string, end: number, lex: NegationLexicon): string {
  const slice = text.slice(end, end + LOOK);
  let to = slice.length;
  for (let i = 0; i < slice.length; i++) {
    if (AFTER_BREAK.test(slice[i]!)) {
      to = i;
      break;
    }
  }
  return words(slice.slice(0, to).replace(/[:=\-–]/g, ' ')).slice(0, lex.windowAfter).join(' ');
}

/** The first words of the sentence the match stands in ("never accept a job that …"). */
function sentenceOpening(text: string, start: number): string {
  const window = text.slice(Math.max(0, start - SENTENCE_LOOK), start);
  const cut = lastBreak(window, SENTENCE_BREAK);
  return words(window.slice(cut + 1, cut + 1 + 40)).slice(0, 2).join(' ');
}

/** Index of the last character of `s` that `re` (a one-character class) matches, or -1. */
function lastBreak(s: string, re: RegExp): number {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    // Only punctuation and line breaks can be breaks; letters and spaces are skipped without a RegExp.
    if ((c >= 97 && c <= 122) || c === 32 || (c >= 48 && c <= 57)) continue;
    if (re.test(s[i]!)) return i;
  }
  return -1;
}

function opensWith(opening: string, openers: readonly string[]): boolean {
  const padded = ` ${opening} `;
  return openers.some((o) => padded.startsWith(` ${o} `));
}

/**
 * Whether a match is negated in its clause: "we will never contact you on Telegram", "kami TIDAK
 * memungut biaya"; with mode "around" also a denial after it: "biaya: gratis", "fees: none".
 */
export function isNegated(text: string, start: number, end: number, mode: NegationMode, lex: NegationLexicon): boolean {
  if (mode === 'none') return false;
  if (mode !== 'local' && opensWith(sentenceOpening(text, start), lex.sentenceOpeners)) return true;
  if (hasCue(clauseBefore(text, start, lex), lex.before, 'before')) return true;
  return mode === 'around' && hasCue(clauseAfter(text, end, lex), lex.after, 'after');
}
