import type { PostField } from '../../model/post';
import type { Evidence } from '../../model/verdict';
import type { CompiledMatcher } from '../../rules/compiled-rule';
import type { NegationMode } from '../../rules/rule-schema';
import { toOriginalSpan, type TextView } from '../normalise/text-view';
import { MAX_EVIDENCE_PER_MATCHER, type MatchContext, type ScannedField } from './match-context';
import { negatedAsListItem } from './list-negation';
import { isNegated } from './negation';
import { anchoredMatches, findAnchorOccurrences, regexAnchorOf } from './regex-anchor';
import { mayContainMatch, requiredLiteralsOf, stickyStartOf } from './regex-literals';
import type { TextLiterals, WindowLiterals } from './regex-literal-index';
import type { PhraseSpan } from './scan-phrases';

interface Span {
  readonly start: number;
  readonly end: number;
}

function evidence(view: TextView, field: PostField, span: Span): Evidence {
  const { start, end } = toOriginalSpan(view, span.start, span.end);
  return { field, start, end, quote: view.original.slice(start, end) };
}

/** The rule's own phrase slots, which list items before a comma are looked up in (list-negation.ts). */
type ListSlots = readonly number[];
const NO_SLOTS: ListSlots = [];

function isKept(s: Span, f: ScannedField, mode: NegationMode, ctx: MatchContext, slots: ListSlots): boolean {
  if (mode === 'none') return true;
  const text = f.views.full.text;
  return !isNegated(text, s.start, s.end, mode, ctx.negation) && !negatedAsListItem(f, s.start, mode, ctx.negation, slots);
}

/** The first `limit` spans that are not negated; negation is only checked as far as needed. */
function firstNotNegated<T extends Span>(spans: readonly T[], f: ScannedField, mode: NegationMode, ctx: MatchContext, limit: number, slots: ListSlots): T[] {
  if (mode === 'none' && spans.length <= limit) return spans as T[];
  const out: T[] = [];
  for (const s of spans) {
    if (isKept(s, f, mode, ctx, slots)) out.push(s);
    if (out.length >= limit) break;
  }
  return out;
}

const anchored: Array<[number, number]> = [];
const anchorStarts: number[] = [];
const windowLiterals: WindowLiterals = { anchorCount: undefined, mayMatch: true };

/**
 * Every non-negated match of a hand-written RegExp in `text[from, to)`, at most `limit`. `literals`
 * (where the pack's prefilter strings stand in `text`) saves searching the window for them.
 */
function regexSpans(re: RegExp, f: ScannedField, from: number, to: number, mode: NegationMode, ctx: MatchContext, limit: number, slots: ListSlots, literals?: TextLiterals): Span[] {
  const text = f.views.full.text;
  const out: Span[] = [];
  // Most windows lack a word the RegExp cannot match without; the prefilter strings say so (looked
  // up in `literals`, or searched for in the window), the anchor's own first (their places are needed anyway).
  const anchor = regexAnchorOf(re);
  const known = literals?.window(re, from, to, anchorStarts, windowLiterals);
  if (known && (known.anchorCount === 0 || !known.mayMatch)) return out;
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  const occurrences = known ? (known.anchorCount ?? -1) : anchor === null ? -1 : findAnchorOccurrences(anchor, part);
  if (!known && (occurrences === 0 || !mayContainMatch(part, requiredLiteralsOf(re)))) return out;
  if (anchor !== null && occurrences > 0) {
    anchored.length = 0;
    if (anchoredMatches(re, anchor, part, anchored, known ? anchorStarts : undefined)) {
      for (let k = 0; k < anchored.length && out.length < limit; k++) {
        const [index, length] = anchored[k]!;
        const span = { start: from + index, end: from + index + length };
        if (isKept(span, f, mode, ctx, slots)) out.push(span);
      }
      return out;
    }
  }
  const sticky = stickyStartOf(re);
  if (sticky !== null) {
    sticky.lastIndex = 0;
    const m = sticky.exec(part);
    if (m !== null && m[0].length > 0 && limit > 0) {
      const span = { start: from, end: from + m[0].length };
      if (isKept(span, f, mode, ctx, slots)) out.push(span);
    }
    return out;
  }
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (out.length < limit && (m = re.exec(part)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const span = { start: from + m.index, end: from + m.index + m[0].length };
    if (isKept(span, f, mode, ctx, slots)) out.push(span);
  }
  return out;
}

/**
 * A RegExp with `needs` runs only around the places its words were found, not over the whole field:
 * a match is expected within REGEX_REACH characters of one of them. Windows start and end at spaces,
 * so a `^` or a word boundary at the window's edge is a real one.
 */
const REGEX_REACH = 160;

function windowsAround(text: string, spans: readonly PhraseSpan[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const s of spans) {
    let from = Math.max(0, s.start - REGEX_REACH);
    let to = Math.min(text.length, s.end + REGEX_REACH);
    while (from > 0 && text.charCodeAt(from - 1) !== 32 && text.charCodeAt(from - 1) !== 10) from--;
    while (to < text.length && text.charCodeAt(to) !== 32 && text.charCodeAt(to) !== 10) to++;
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

function neededRegexSpans(m: Extract<CompiledMatcher, { kind: 'regex' }>, f: ScannedField, mode: NegationMode, ctx: MatchContext, slots: ListSlots): Span[] {
  const text = f.views.full.text;
  const literals = ctx.literals?.inText(f, text);
  if (m.needs === undefined) return regexSpans(m.re, f, 0, text.length, mode, ctx, MAX_EVIDENCE_PER_MATCHER, slots, literals);
  const needed = f.hits.get(m.needs);
  if (!needed) return [];
  const out: Span[] = [];
  for (const [from, to] of windowsAround(text, needed)) {
    for (const span of regexSpans(m.re, f, from, to, mode, ctx, MAX_EVIDENCE_PER_MATCHER - out.length, slots, literals)) {
      if (!out.some((o) => o.start === span.start)) out.push(span);
    }
    if (out.length >= MAX_EVIDENCE_PER_MATCHER) break;
  }
  return out;
}

const SENTENCE_GAP_WORDS = 3;

/** Words between two phrase spans; spans in unspaced scripts have no tokens, so characters stand in. */
function distance(a: PhraseSpan, b: PhraseSpan): number {
  const [x, y] = a.start <= b.start ? [a, b] : [b, a];
  if (x.wordsThrough >= 0 && y.wordsBefore >= 0) {
    // A sentence end between them counts as several words: related, but less closely.
    return Math.max(0, y.wordsBefore - x.wordsThrough) + SENTENCE_GAP_WORDS * Math.max(0, y.sentence - x.sentence);
  }
  return Math.max(0, Math.ceil((y.start - x.end) / 3));
}

/** Pairs of an A span and a B span within `within` words, A not negated; spans come sorted by start. */
function nearSpans(m: Extract<CompiledMatcher, { kind: 'near' }>, f: ScannedField, mode: NegationMode, ctx: MatchContext, slots: ListSlots): Span[] {
  const as = f.hits.get(m.a);
  const bs = f.hits.get(m.b);
  if (!as || !bs) return [];
  const out: Span[] = [];
  let from = 0;
  for (const a of as) {
    // B spans that end far before A can never be near a later A either.
    while (from < bs.length && bs[from]!.end < a.start && distance(bs[from]!, a) > m.within) from++;
    let b: PhraseSpan | undefined;
    for (let k = from; k < bs.length && !b; k++) {
      const candidate = bs[k]!;
      if (candidate.start > a.end && distance(a, candidate) > m.within) break;
      if (distance(a, candidate) <= m.within) b = candidate;
    }
    if (b && isKept(a, f, mode, ctx, slots)) out.push({ start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) });
    if (out.length >= MAX_EVIDENCE_PER_MATCHER) break;
  }
  return out;
}

const NO_SPANS: readonly Span[] = [];

function fieldSpans(m: CompiledMatcher, f: ScannedField, mode: NegationMode, ctx: MatchContext, slots: ListSlots): Span[] {
  if (m.kind === 'phrases') return firstNotNegated(f.hits.get(m.slot) ?? NO_SPANS, f, mode, ctx, MAX_EVIDENCE_PER_MATCHER, slots);
  if (m.kind === 'near') return nearSpans(m, f, mode, ctx, slots);
  if (m.kind === 'regex') return neededRegexSpans(m, f, mode, ctx, slots);
  return [];
}

/**
 * Evidence for one matcher over the given fields; empty when it does not match. `slots` are the phrase
 * slots of the matcher's rule, through which negation carries along a list (list-negation.ts).
 */
export function runMatcher(m: CompiledMatcher, fields: readonly PostField[], mode: NegationMode, ctx: MatchContext, slots: ListSlots = NO_SLOTS): Evidence[] {
  if (m.kind === 'money') {
    return ctx.entities
      .filter((e) => e.money?.monthlyUsd !== undefined && fields.includes(e.evidence.field))
      .filter((e) => e.money!.monthlyUsd! >= m.minMonthlyUsd && e.money!.monthlyUsd! <= m.maxMonthlyUsd)
      .slice(0, MAX_EVIDENCE_PER_MATCHER)
      .map((e) => e.evidence);
  }
  if (m.kind === 'missing') {
    const present = new Set(ctx.fields.map((f) => f.field));
    // An absent field has no text to quote: the evidence is an empty span naming the field.
    return m.fields.every((f) => !present.has(f)) ? m.fields.map((field) => ({ field, start: 0, end: 0, quote: '' })) : [];
  }
  if (m.kind === 'entity') {
    return ctx.entities
      .filter((e) => m.types.has(e.type) && fields.includes(e.evidence.field))
      .slice(0, MAX_EVIDENCE_PER_MATCHER)
      .map((e) => e.evidence);
  }
  const out: Evidence[] = [];
  for (const f of ctx.fields) {
    if (!fields.includes(f.field)) continue;
    for (const span of fieldSpans(m, f, mode, ctx, slots)) out.push(evidence(f.views.full, f.field, span));
    if (out.length >= MAX_EVIDENCE_PER_MATCHER) break;
  }
  return out;
}
