import { describe, expect, it } from 'vitest';
import { contentHash, dedupe, parseInput } from '../../src/import';

/** Textbook FNV-1a 64 over UTF-8 with BigInt, to check the limb arithmetic against. */
function referenceFnv1a64(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) h = ((h ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return h.toString(16).padStart(16, '0');
}

describe('contentHash', () => {
  it('is FNV-1a 64 of lower-cased, whitespace-collapsed title, company and text', () => {
    expect(referenceFnv1a64('a')).toBe('af63dc4c8601ec8c'); // the published test vector
    expect(contentHash({ title: ' Data  ENTRY ', company: 'Acme', text: 'Earn\n\n$500 dáily 🙂' })).toBe(
      referenceFnv1a64('data entry\x1facme\x1fearn $500 dáily 🙂'),
    );
  });

  it('ignores case and whitespace but not words or fields', () => {
    const base = contentHash({ title: 'Typist', text: 'Work from home. Pay daily.' });
    expect(contentHash({ title: 'TYPIST ', text: '  work   from\thome.\n\nPay\u00a0daily. ' })).toBe(base);
    expect(contentHash({ title: 'Typist', text: 'Work from home. Pay weekly.' })).not.toBe(base);
    expect(contentHash({ text: 'Typist Work from home. Pay daily.' })).not.toBe(base);
  });
});

describe('dedupe', () => {
  const { records } = parseInput(
    ['Free visa and flight.\nCall now', '---', 'FREE visa   and flight. call NOW', '---', 'Another ad', '---', 'another AD'].join('\n'),
    { format: 'text' },
  );

  it('keeps the first copy and points the duplicates at it', () => {
    const result = dedupe(records);
    expect(result.kept.map((r) => r.ref)).toEqual(['ad 1', 'ad 3']);
    expect(result.duplicates.map((d) => [d.record.ref, d.firstRef])).toEqual([
      ['ad 2', 'ad 1'],
      ['ad 4', 'ad 3'],
    ]);
    expect(result.duplicates[0]!.hash).toBe(contentHash(records[0]!.post));
    expect(result.seen.size).toBe(2);
  });

  it('drops ads already known, by map or by plain hashes', () => {
    const known = new Map([[contentHash({ text: 'another ad' }), 'stored ad 42']]);
    const byMap = dedupe(records, known);
    expect(byMap.kept.map((r) => r.ref)).toEqual(['ad 1']);
    expect(byMap.duplicates.map((d) => [d.record.ref, d.firstRef])).toEqual([
      ['ad 2', 'ad 1'],
      ['ad 3', 'stored ad 42'],
      ['ad 4', 'stored ad 42'],
    ]);
    const bySet = dedupe(records, [contentHash({ text: 'free visa and flight. call now' })]);
    expect(bySet.kept.map((r) => r.ref)).toEqual(['ad 3']);
    expect(bySet.duplicates[0]!.firstRef).toBe('an earlier import');
  });
});
