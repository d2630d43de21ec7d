import { describe, expect, it } from 'vitest';
import { importErrorMessage, parseInput } from '../../src/import';

describe('JSONL', () => {
  const input = [
    '{"text":"Earn $3000 a month in Cambodia","label":1,"platform":"facebook"}',
    '{"description":"Warehouse job","title":"Packer","job_id":4709}',
    '',
    '{"body": "broken",',
    '"Just a pasted ad as a string"',
    '{"text": 42}',
    '{"content":"Content alias","link":"https://t.me/x","source":"telegram"}',
    '{"message":"Message alias","kind":"chat-message"}',
    '{"title":"No text here"}',
    '{"text":"bad kind","kind":"tweet"}',
  ].join('\n');
  const result = parseInput(input, { fileName: 'ads.jsonl' });

  it('reads one record per line, naming each by its line', () => {
    expect(result.format).toBe('jsonl');
    expect(result.records.map((r) => [r.ref, r.post])).toEqual([
      ['line 1', { id: '1', platform: 'facebook', text: 'Earn $3000 a month in Cambodia' }],
      ['line 2', { id: '4709', title: 'Packer', text: 'Warehouse job' }],
      ['line 5', { id: '5', text: 'Just a pasted ad as a string' }],
      ['line 7', { id: '7', platform: 'telegram', url: 'https://t.me/x', text: 'Content alias' }],
      ['line 8', { id: '8', kind: 'chat-message', text: 'Message alias' }],
    ]);
  });

  it('keeps a label in extra', () => {
    expect(result.records[0]?.extra).toEqual({ label: '1' });
  });

  it('reports bad lines by line number and keeps going', () => {
    expect(result.errors.map((e) => e.ref)).toEqual(['line 4', 'line 6', 'line 9', 'line 10']);
    expect(importErrorMessage(result.errors[0]!)).toMatch(/^line 4: not valid JSON: \S/);
    expect(result.errors.slice(1).map(importErrorMessage)).toEqual([
      'line 6: `text` must be a string',
      'line 9: no text: expected a `text`, `description`, `body`, `content` or `message` field',
      'line 10: `kind` must be one of job-posting, job-card, social-post, chat-message, pasted',
    ]);
  });

  it('rejects a 5 MB field on its line', () => {
    const big = JSON.stringify({ text: 'y'.repeat(5_200_000) });
    const r = parseInput(`{"text":"small"}\n${big}\n`, { format: 'jsonl' });
    expect(r.errors.map(importErrorMessage)).toEqual(['line 2: the `text` field is 5.2 MB; the limit is 1 MB']);
    expect(r.records.map((x) => x.post.text)).toEqual(['small']);
  });
});

describe('JSON', () => {
  it('reads an array of objects and strings as items', () => {
    const result = parseInput('[{"text":"First","company":"Acme"}, "Second", null, {"text":"  "}]');
    expect(result.format).toBe('json');
    expect(result.records.map((r) => [r.ref, r.post])).toEqual([
      ['item 1', { id: '1', company: 'Acme', text: 'First' }],
      ['item 2', { id: '2', text: 'Second' }],
    ]);
    expect(result.errors.map(importErrorMessage)).toEqual(['item 3: expected an object or a string, not null', 'item 4: empty text']);
  });

  it.each(['posts', 'ads', 'items', 'data'])('reads the list under `%s`', (key) => {
    const result = parseInput(JSON.stringify({ [key]: [{ body: 'Visa provided' }], meta: { n: 1 } }, null, 2));
    expect(result.format).toBe('json');
    expect(result.records.map((r) => r.post.text)).toEqual(['Visa provided']);
  });

  it('takes a lone object as one ad', () => {
    const result = parseInput('{"text":"Only one","url":"https://ex.am/1"}', { format: 'json' });
    expect(result.records.map((r) => r.post)).toEqual([{ id: '1', url: 'https://ex.am/1', text: 'Only one' }]);
  });

  it('says where a broken document stops', () => {
    const result = parseInput('[\n{"text":"a"},\n{"text": }\n]', { format: 'json' });
    expect(result.records).toEqual([]);
    expect(result.errors).toHaveLength(1);
    // Node 20's message carries no position; newer engines add one, and then the line is given.
    expect(['input', 'line 3']).toContain(result.errors[0]!.ref);
    expect(result.errors[0]!.reason).toMatch(/^not valid JSON: Unexpected token '}'/);
  });

  it('asks for a mapping when no key holds text, and uses one when given', () => {
    const input = JSON.stringify([{ headline: 'Work abroad', blurb: 'Fees paid' }, { headline: 'Cook', blurb: 'Live-in' }]);
    const asked = parseInput(input);
    expect(asked.needsMapping).toBe(true);
    expect(asked.columns).toEqual(['headline', 'blurb']);
    expect(asked.records).toEqual([]);
    const mapped = parseInput(input, { mapping: { text: 'blurb', title: 'headline' } });
    expect(mapped.records.map((r) => r.post)).toEqual([
      { id: '1', title: 'Work abroad', text: 'Fees paid' },
      { id: '2', title: 'Cook', text: 'Live-in' },
    ]);
  });
});
