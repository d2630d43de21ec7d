/**
 * A normalised view of one original string. Every UTF-16 unit of `text` remembers the span of the
 * original it came from, so matches on the normalised text become evidence in the original.
 */
export interface TextView {
  readonly original: string;
  readonly text: string;
  /** start[i]: original offset where normalised unit i comes from (inclusive). */
  readonly start: ArrayLike<number>;
  /** end[i]: original offset where normalised unit i comes from (exclusive). */
  readonly end: ArrayLike<number>;
}

/** The view of a string that needs no normalisation: every unit maps to itself. */
export function identityView(original: string): TextView {
  const n = original.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    start[i] = i;
    end[i] = i + 1;
  }
  return { original, text: original, start, end };
}

/** Maps a half-open span [from, to) of `view.text` back to the original string. */
export function toOriginalSpan(view: TextView, from: number, to: number): { start: number; end: number } {
  if (view.text.length === 0 || to <= from) {
    const at = from < view.start.length ? view.start[from]! : view.original.length;
    return { start: at, end: at };
  }
  const a = Math.min(Math.max(from, 0), view.text.length - 1);
  const b = Math.min(Math.max(to - 1, a), view.text.length - 1);
  return { start: view.start[a]!, end: view.end[b]! };
}
