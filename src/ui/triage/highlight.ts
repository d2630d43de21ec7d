import type { PostField } from '../../model/post';
import type { Flag } from '../../model/verdict';

/** A run of text and the rules whose evidence covers all of it (none: plain text). */
export interface Segment {
  text: string;
  ruleIds: string[];
}

/**
 * Cuts a field into runs so that evidence can be highlighted in place: every evidence boundary
 * starts a new run, and each run lists the rules covering it (overlapping evidence is fine). Spans
 * outside the text or with quote mismatches (a stale verdict) are ignored. Pure; the component
 * renders runs as text nodes, never as HTML.
 */
export function segments(text: string, flags: readonly Flag[], field: PostField = 'text'): Segment[] {
  const spans: { start: number; end: number; ruleId: string }[] = [];
  for (const f of flags) {
    if (f.kind === 'legitimacy') continue;
    for (const e of f.evidence) {
      if (e.field !== field || e.start < 0 || e.end > text.length || e.end <= e.start) continue;
      if (text.slice(e.start, e.end) !== e.quote) continue;
      spans.push({ start: e.start, end: e.end, ruleId: f.ruleId });
    }
  }
  if (spans.length === 0) return text ? [{ text, ruleIds: [] }] : [];
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    const ruleIds = [...new Set(spans.filter((s) => s.start <= from && s.end >= to).map((s) => s.ruleId))];
    const last = out[out.length - 1];
    if (last && last.ruleIds.join() === ruleIds.join()) last.text += text.slice(from, to);
    else out.push({ text: text.slice(from, to), ruleIds });
  }
  return out;
}
