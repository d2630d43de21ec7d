import { BANDS, type Band } from '../model/verdict';
import { REVIEW_STATUSES, type Cluster, type Review, type ReviewStatus, type TriageRow } from './model';

/** A table row: the derived row joined with the reviewer's status and tags and the ad's cluster. */
export interface TableRow extends TriageRow {
  status: ReviewStatus;
  tags: string[];
  /** The clusters it is in: at most one contact and one text cluster. */
  clusterIds: string[];
}

/** Every filter is optional; '' or undefined means "any". Dates are `YYYY-MM-DD`, inclusive. */
export interface TableFilter {
  band?: Band | '';
  minScore?: number;
  maxScore?: number;
  ruleId?: string;
  category?: string;
  lang?: string;
  platform?: string;
  /** ISO country code of a phone number in the ad, or '-' for ads without one. */
  country?: string;
  status?: ReviewStatus | '';
  from?: string;
  to?: string;
  /** Words that must all appear in the title or tags (case-insensitive). */
  text?: string;
}

export const SORT_KEYS = ['score', 'date', 'title', 'status', 'platform', 'lang'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface TableSort {
  key: SortKey;
  dir: 'asc' | 'desc';
}
export const DEFAULT_SORT: TableSort = { key: 'score', dir: 'desc' };

export function joinRows(rows: readonly TriageRow[], reviews: ReadonlyMap<string, Review>, clusters: readonly Cluster[]): TableRow[] {
  const clustersOf = new Map<string, string[]>();
  for (const c of clusters) for (const id of c.adIds) clustersOf.set(id, [...(clustersOf.get(id) ?? []), c.id]);
  return rows.map((row) => {
    const review = reviews.get(row.id);
    return { ...row, status: review?.status ?? 'new', tags: review?.tags ?? [], clusterIds: clustersOf.get(row.id) ?? [] };
  });
}

export function filterRows(rows: readonly TableRow[], f: TableFilter): TableRow[] {
  const words = (f.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const to = f.to ? `${f.to}\uffff` : undefined;
  return rows.filter(
    (r) =>
      (!f.band || r.band === f.band) &&
      (f.minScore === undefined || r.score >= f.minScore) &&
      (f.maxScore === undefined || r.score <= f.maxScore) &&
      (!f.ruleId || r.ruleIds.includes(f.ruleId)) &&
      (!f.category || r.categories.includes(f.category)) &&
      (!f.lang || r.lang === f.lang) &&
      (!f.platform || r.platform === f.platform) &&
      (!f.country || (f.country === '-' ? r.countries.length === 0 : r.countries.includes(f.country))) &&
      (!f.status || r.status === f.status) &&
      (!f.from || r.date >= f.from) &&
      (!to || r.date <= to) &&
      (words.length === 0 || words.every((w) => r.title.toLowerCase().includes(w) || r.tags.some((t) => t.toLowerCase().includes(w)))),
  );
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function compareBy(key: SortKey, a: TableRow, b: TableRow): number {
  switch (key) {
    case 'score':
      return a.score - b.score;
    case 'date':
      return compareText(a.date, b.date);
    case 'title':
      return a.title.localeCompare(b.title);
    case 'status':
      return REVIEW_STATUSES.indexOf(a.status) - REVIEW_STATUSES.indexOf(b.status);
    case 'platform':
      return compareText(a.platform, b.platform);
    case 'lang':
      return compareText(a.lang, b.lang);
  }
}

/** Sorted by the key, ties by score (highest first), then id, so the order never jumps between renders. */
export function sortRows(rows: readonly TableRow[], sort: TableSort): TableRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compareBy(sort.key, a, b) || b.score - a.score || compareText(a.id, b.id));
}

export interface Facet {
  value: string;
  count: number;
}

export interface Facets {
  ruleIds: Facet[];
  categories: Facet[];
  langs: Facet[];
  platforms: Facet[];
  countries: Facet[];
  bands: Facet[];
  statuses: Facet[];
}

function count(values: Iterable<string>, into: Map<string, number>): void {
  for (const v of values) into.set(v, (into.get(v) ?? 0) + 1);
}

const byCount = (m: Map<string, number>): Facet[] =>
  [...m].map(([value, n]) => ({ value, count: n })).sort((a, b) => b.count - a.count || compareText(a.value, b.value));

/** The values present in the rows, with counts, for the filter menus. */
export function facets(rows: readonly TableRow[]): Facets {
  const m = { ruleIds: new Map<string, number>(), categories: new Map<string, number>(), langs: new Map<string, number>(), platforms: new Map<string, number>(), countries: new Map<string, number>(), bands: new Map<string, number>(), statuses: new Map<string, number>() };
  for (const r of rows) {
    count(r.ruleIds, m.ruleIds);
    count(r.categories, m.categories);
    count([r.lang], m.langs);
    if (r.platform) count([r.platform], m.platforms);
    count(r.countries.length ? r.countries : ['-'], m.countries);
    count([r.band], m.bands);
    count([r.status], m.statuses);
  }
  return {
    ruleIds: byCount(m.ruleIds),
    categories: byCount(m.categories),
    langs: byCount(m.langs),
    platforms: byCount(m.platforms),
    countries: byCount(m.countries),
    bands: BANDS.map((b) => ({ value: b, count: m.bands.get(b) ?? 0 })).reverse(),
    statuses: REVIEW_STATUSES.map((s) => ({ value: s, count: m.statuses.get(s) ?? 0 })),
  };
}
