import type { PostField } from '../../model/post';
import type { Evidence } from '../../model/verdict';
import type { CompiledMatcher } from '../../rules/compiled-rule';
import type { NegationMode } from '../../rules/rule-schema';
import { toOriginalSpan, type TextView } from '../normalise/text-view';
import { MAX_EVIDENCE_PER_MATCHER, type MatchContext } from './match-context';
import { isNegated } from './negation';
import { wordsBetween } from './word-distance';

interface Span {
  readonly start: number;
  readonly end: number;
}

function evidence(view: TextView, field: PostField, span: Span): Evidence {
  const { start, end } = toOriginalSpan(view, span.start, span.end);
  return { field, start, end, quote: view.original.slice(start, end) };
}

/** Every non-negated match of `re` in `text`, at most `limit`; `captured`: the span is group 1 or 2. */
function findAll(re: RegExp, captured: boolean, text: string, mode: NegationMode, ctx: MatchContext, limit: number): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (out.length < limit && (m = re.exec(text)) !== null) {
    const end = m.index + m[0].length;
    const start = captured ? end - (m[1] ?? m[2] ?? m[0]).length : m.index;
    if (end === m.index) {
      re.lastIndex++;
      continue;
    }
    if (!isNegated(text, start, end, mode, ctx.negation)) out.push({ start, end });
  }
  return out;
}

function nearSpans(m: Extract<CompiledMatcher, { kind: 'near' }>, text: string, mode: NegationMode, ctx: MatchContext): Span[] {
  const as = findAll(m.a, true, text, mode, ctx, 20);
  if (as.length === 0) return [];
  const bs = findAll(m.b, true, text, 'none', ctx, 20);
  const out: Span[] = [];
  for (const a of as) {
    const b = bs.find((b) => (b.start >= a.end ? wordsBetween(text, a.end, b.start, m.within) : wordsBetween(text, b.end, a.start, m.within)) <= m.within);
    if (b) out.push({ start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) });
    if (out.length >= MAX_EVIDENCE_PER_MATCHER) break;
  }
  return out;
}

/** Evidence for one matcher over the given fields; empty when it does not match. */
export function runMatcher(
  m: CompiledMatcher,
  fields: readonly PostField[],
  mode: NegationMode,
  ctx: MatchContext,
): Evidence[] {
  if (m.kind === 'money') {
    return ctx.entities
      .filter((e) => e.money?.monthlyUsd !== undefined && fields.includes(e.evidence.field))
      .filter((e) => e.money!.monthlyUsd! >= m.minMonthlyUsd && e.money!.monthlyUsd! <= m.maxMonthlyUsd)
      .slice(0, MAX_EVIDENCE_PER_MATCHER)
      .map((e) => e.evidence);
  }
  if (m.kind === 'entity') {
    return ctx.entities
      .filter((e) => m.types.has(e.type) && fields.includes(e.evidence.field))
      .slice(0, MAX_EVIDENCE_PER_MATCHER)
      .map((e) => e.evidence);
  }
  const out: Evidence[] = [];
  for (const { field, views } of ctx.fields) {
    if (!fields.includes(field)) continue;
    const text = views.full.text;
    const spans = m.kind === 'pattern' ? findAll(m.re, m.captured, text, mode, ctx, MAX_EVIDENCE_PER_MATCHER) : nearSpans(m, text, mode, ctx);
    for (const span of spans) out.push(evidence(views.full, field, span));
    if (out.length >= MAX_EVIDENCE_PER_MATCHER) break;
  }
  return out;
}
