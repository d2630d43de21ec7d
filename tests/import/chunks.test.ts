import { describe, expect, it } from 'vitest';
import { parseInput, parseInputChunks } from '../../src/import';

const rows = (n: number): string => ['id,text', ...Array.from({ length: n }, (_, i) => (i === 3 ? `${i},` : `${i},ad number ${i}`))].join('\n');

describe('incremental parsing', () => {
  it('hands out batches in order, with the header facts up front', () => {
    const stream = parseInputChunks(rows(10), { format: 'csv' });
    expect(stream.format).toBe('csv');
    expect(stream.columns).toEqual(['id', 'text']);
    expect(stream.total).toBe(10);
    const batches = [...stream.batches(4)];
    expect(batches.map((b) => [b.done, b.total, b.records.length, b.errors.length])).toEqual([
      [4, 10, 3, 1],
      [8, 10, 4, 0],
      [10, 10, 2, 0],
    ]);
    expect(batches[0]!.errors[0]).toMatchObject({ ref: 'row 5', reason: 'empty text' });
    expect(batches[2]!.records.map((r) => r.post.id)).toEqual(['8', '9']);
  });

  it('reports progress after each batch and returns the same as one go', () => {
    const seen: [number, number][] = [];
    const result = parseInput(rows(1200), { format: 'csv', batchSize: 500, onProgress: (done, total) => seen.push([done, total]) });
    expect(seen).toEqual([
      [500, 1200],
      [1000, 1200],
      [1200, 1200],
    ]);
    expect(result.records).toHaveLength(1199);
    expect(result.records[1199 - 1]!.post.text).toBe('ad number 1199');
    expect(result).toEqual(parseInput(rows(1200), { format: 'csv' }));
  });
});
