import { describe, expect, it } from 'vitest';
import type { Cluster, Review, TriageRow } from '../../src/triage/model';
import { DEFAULT_SORT, facets, filterRows, joinRows, sortRows } from '../../src/triage/table';

const row = (id: string, patch: Partial<TriageRow>): TriageRow => ({
  id,
  score: 50,
  band: 'medium',
  isJobOffer: true,
  title: `Ad ${id}`,
  lang: 'en',
  platform: 'facebook',
  countries: [],
  date: '2026-11-20T10:00:00.000Z',
  addedAt: '2026-11-27T10:00:00.000Z',
  importId: 'imp-1',
  ruleIds: [],
  categories: [],
  links: [],
  rulePackVersion: 'v',
  ...patch,
});

const rows = [
  row('a', { score: 90, band: 'high', ruleIds: ['scam-hub-country', 'free-travel'], categories: ['destination', 'everything-paid'], lang: 'id', countries: ['ID'], date: '2026-11-21' }),
  row('b', { score: 10, band: 'low', platform: 'linkedin', title: 'Barista in Bandung', date: '2026-11-25' }),
  row('c', { score: 65, band: 'high', ruleIds: ['free-travel'], categories: ['everything-paid'], platform: 'x', countries: ['KH', 'TH'], date: '2026-11-22T23:59:00Z' }),
  row('d', { score: 40, band: 'medium', lang: 'tl', date: '2026-11-23' }),
];
const reviews = new Map<string, Review>([
  ['a', { adId: 'a', status: 'confirmed', note: '', tags: ['Poipet ring'], updatedAt: 'x' }],
  ['c', { adId: 'c', status: 'false-positive', note: '', tags: [], updatedAt: 'x' }],
]);
const clusters: Cluster[] = [{ id: 'c-a', kind: 'contact', adIds: ['a', 'c'], shared: [], maxBand: 'high', maxScore: 90 }];
const table = joinRows(rows, reviews, clusters);
const ids = (list: { id: string }[]) => list.map((r) => r.id);

describe('the ads table', () => {
  it('joins statuses, tags and clusters', () => {
    expect(table.map((r) => [r.id, r.status, r.tags, r.clusterIds])).toEqual([
      ['a', 'confirmed', ['Poipet ring'], ['c-a']],
      ['b', 'new', [], []],
      ['c', 'false-positive', [], ['c-a']],
      ['d', 'new', [], []],
    ]);
  });

  it('filters by band, score, rule, category, language, platform, country, status, date and words', () => {
    expect(ids(filterRows(table, { band: 'high' }))).toEqual(['a', 'c']);
    expect(ids(filterRows(table, { minScore: 40, maxScore: 65 }))).toEqual(['c', 'd']);
    expect(ids(filterRows(table, { ruleId: 'free-travel' }))).toEqual(['a', 'c']);
    expect(ids(filterRows(table, { category: 'destination' }))).toEqual(['a']);
    expect(ids(filterRows(table, { lang: 'tl' }))).toEqual(['d']);
    expect(ids(filterRows(table, { platform: 'linkedin' }))).toEqual(['b']);
    expect(ids(filterRows(table, { country: 'TH' }))).toEqual(['c']);
    expect(ids(filterRows(table, { country: '-' }))).toEqual(['b', 'd']);
    expect(ids(filterRows(table, { status: 'new' }))).toEqual(['b', 'd']);
    expect(ids(filterRows(table, { from: '2026-11-22', to: '2026-11-23' }))).toEqual(['c', 'd']);
    expect(ids(filterRows(table, { text: 'poipet' }))).toEqual(['a']);
    expect(ids(filterRows(table, { text: 'barista bandung' }))).toEqual(['b']);
    expect(ids(filterRows(table, { band: '', status: '' }))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('sorts by any column both ways, ties broken by score then id', () => {
    expect(ids(sortRows(table, DEFAULT_SORT))).toEqual(['a', 'c', 'd', 'b']);
    expect(ids(sortRows(table, { key: 'score', dir: 'asc' }))).toEqual(['b', 'd', 'c', 'a']);
    expect(ids(sortRows(table, { key: 'date', dir: 'desc' }))).toEqual(['b', 'd', 'c', 'a']);
    expect(ids(sortRows(table, { key: 'status', dir: 'asc' }))).toEqual(['d', 'b', 'a', 'c']);
    expect(ids(sortRows(table, { key: 'platform', dir: 'asc' }))).toEqual(['a', 'd', 'b', 'c']);
  });

  it('offers the values present, with counts, for the filter menus', () => {
    const f = facets(table);
    expect(f.ruleIds).toEqual([
      { value: 'free-travel', count: 2 },
      { value: 'scam-hub-country', count: 1 },
    ]);
    expect(f.countries).toEqual([
      { value: '-', count: 2 },
      { value: 'ID', count: 1 },
      { value: 'KH', count: 1 },
      { value: 'TH', count: 1 },
    ]);
    expect(f.bands.map((b) => [b.value, b.count])).toEqual([
      ['high', 2],
      ['medium', 1],
      ['low', 1],
    ]);
    expect(f.statuses.find((s) => s.value === 'reported')!.count).toBe(0);
  });
});
