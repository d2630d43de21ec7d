import type { ScoredRecord } from './output-row';

/** One JSON object per line: the input id and position, then the whole verdict. */
export function formatJsonl(r: ScoredRecord): string {
  return JSON.stringify({ id: r.id, ref: r.ref, ...r.verdict });
}
