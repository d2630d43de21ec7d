import { describe, expect, it } from 'vitest';
import { importErrorMessage, parseInput } from '../../src/import';
import { splitAds } from '../../src/import/text-source';

describe('plain text', () => {
  it('is one ad when nothing separates ads, keeping single blank lines as paragraphs', () => {
    const result = parseInput('  Hiring now!\n\nSalary $2000, free housing.\nContact WhatsApp  \n', { format: 'text', defaultPlatform: 'paste' });
    expect(result.records).toEqual([
      { ref: 'ad 1', row: 1, post: { id: '1', platform: 'paste', kind: 'pasted', text: 'Hiring now!\n\nSalary $2000, free housing.\nContact WhatsApp' } },
    ]);
  });

  it('splits on ---, === and *** lines and on two or more blank lines, skipping empty chunks', () => {
    const text = ['Ad one', '---', 'Ad two', 'line 2', '  =====  ', '', '***', 'Ad three', '', '', 'Ad four', '', '', '', '', 'Ad five', '--'].join('\n');
    expect(splitAds(text)).toEqual(['Ad one', 'Ad two\nline 2', 'Ad three', 'Ad four', 'Ad five\n--']);
  });

  it('numbers ads in order and handles CRLF', () => {
    const result = parseInput('First\r\n---\r\nSecond\r\n', { format: 'text' });
    expect(result.records.map((r) => [r.ref, r.post.text])).toEqual([
      ['ad 1', 'First'],
      ['ad 2', 'Second'],
    ]);
  });

  it('reports an ad over the size limit and keeps the others', () => {
    const result = parseInput(`short\n---\n${'z'.repeat(5_200_000)}\n---\nlast`, { format: 'text' });
    expect(result.errors.map(importErrorMessage)).toEqual(['ad 2: the ad is 5.2 MB; the limit is 1 MB']);
    expect(result.records.map((r) => r.post.text)).toEqual(['short', 'last']);
  });

  it('gives nothing for blank input', () => {
    expect(parseInput('\n  \n---\n', { format: 'text' })).toEqual({ format: 'text', records: [], errors: [] });
  });
});
