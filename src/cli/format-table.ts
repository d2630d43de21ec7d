import type { ScoredRecord } from './output-row';

const fit = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));

export const tableHeader = () => `${fit('id', 18)} ${fit('band', 6)} ${'score'.padStart(5)}  ${fit('lang', 4)} flags`;

/** A fixed-width line per record, for reading in a terminal. */
export function formatTable(r: ScoredRecord): string {
  const v = r.verdict;
  const flags = v.flags.filter((f) => f.kind !== 'legitimacy').map((f) => f.ruleId).join(', ') || (v.isJobOffer ? '-' : '(not a job offer)');
  return `${fit(r.id, 18)} ${fit(v.band, 6)} ${String(v.score).padStart(5)}  ${fit(v.lang, 4)} ${flags}`;
}
