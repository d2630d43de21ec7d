import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/import';

describe('detectFormat', () => {
  it.each([
    ['ads.jsonl', 'jsonl'],
    ['ads.NDJSON', 'jsonl'],
    ['ads.json', 'json'],
    ['ads.csv', 'csv'],
    ['ads.tsv', 'csv'],
    ['notes.txt', 'text'],
  ] as const)('trusts the extension of %s', (name, format) => {
    expect(detectFormat('whatever', name)).toBe(format);
  });

  it('sniffs content when the extension says nothing', () => {
    expect(detectFormat('{"text":"a"}\n{"text":"b"}\n', 'export.dat')).toBe('jsonl');
    expect(detectFormat('\ufeff  [{"text":"a"}]')).toBe('json');
    expect(detectFormat('{\n  "posts": [{"text": "a"}]\n}\n')).toBe('json');
    expect(detectFormat('{"text":"one ad"}')).toBe('json');
    expect(detectFormat('title,description\nCook,"Live-in, visa"\n')).toBe('csv');
    expect(detectFormat('colour;size;shape\nred;1;round\nblue;2;square\n')).toBe('csv');
  });

  it('does not take a pasted ad with commas for CSV', () => {
    expect(detectFormat('Hi, we are hiring, urgent\nSalary 5000 USD, free food\nContact now')).toBe('text');
    expect(detectFormat('Hi, we are hiring\nSalary, 5000\n')).toBe('text');
    expect(detectFormat('')).toBe('text');
  });
});
