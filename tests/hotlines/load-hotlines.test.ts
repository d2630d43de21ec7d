// Loader behaviour on broken data: clear errors naming file and field, and nothing else lost.
import { describe, expect, it } from 'vitest';
import type { DataSource } from '../../src/data/data-source';
import { loadHotlineDirectory } from '../../src/hotlines/load-hotlines';

function org(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    name: `Org ${id}`,
    scope: ['trafficking'],
    channels: [{ type: 'phone', value: '1343' }],
    source_url: 'https://example.org/source',
    source_seen: '2025',
    confidence: 'high',
    verified: true,
    ...extra,
  };
}

function country(code: string, organisations: unknown[], extra: Record<string, unknown> = {}) {
  return { country: code, names: { en: code.toUpperCase(), id: code.toUpperCase() }, organisations, ...extra };
}

const good: DataSource[] = [
  { file: 'hotlines/aa.yaml', data: country('aa', [org('one')]) },
  { file: 'hotlines/bb.yaml', data: country('bb', [org('two')]) },
];

describe('loadHotlineDirectory', () => {
  it('loads valid files and ignores data outside hotlines/', () => {
    const { directory, errors } = loadHotlineDirectory([...good, { file: 'rules/x.yaml', data: { whatever: 1 } }]);
    expect(errors).toEqual([]);
    expect(Object.keys(directory.countries).sort()).toEqual(['aa', 'bb']);
  });

  it('reports a YAML syntax error by file and keeps the other countries', () => {
    const { directory, errors } = loadHotlineDirectory([...good, { file: 'hotlines/cc.yaml', error: 'not valid YAML: bad indentation' }]);
    expect(errors).toEqual([{ file: 'hotlines/cc.yaml', field: '', message: 'not valid YAML: bad indentation' }]);
    expect(Object.keys(directory.countries).sort()).toEqual(['aa', 'bb']);
  });

  it('names the field of a broken channel and keeps the sibling organisations', () => {
    const bad = org('broken', { channels: [{ type: 'phone', value: '1343' }, { type: 'pager', value: '1' }] });
    const { directory, errors } = loadHotlineDirectory([
      ...good,
      { file: 'hotlines/cc.yaml', data: country('cc', [org('fine'), bad]) },
    ]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'hotlines/cc.yaml', field: 'organisations.1.channels.1.type' });
    expect(errors[0]!.message).toMatch(/must be one of .*"phone"/);
    expect(directory.countries.cc?.organisations.map((o) => o.id)).toEqual(['fine']);
    expect(directory.countries.aa).toBeDefined();
  });

  it('explains a missing source URL and an invalid confidence', () => {
    const { source_url: _drop, ...noSource } = org('x');
    const { errors } = loadHotlineDirectory([
      { file: 'hotlines/cc.yaml', data: country('cc', [noSource, org('y', { confidence: 'certain' })]) },
    ]);
    expect(errors).toEqual([
      { file: 'hotlines/cc.yaml', field: 'organisations.0.source_url', message: 'is missing (expected string)' },
      expect.objectContaining({ file: 'hotlines/cc.yaml', field: 'organisations.1.confidence' }),
    ]);
  });

  it('tells the analyst to quote a number YAML read as a number', () => {
    const { errors } = loadHotlineDirectory([
      { file: 'hotlines/cc.yaml', data: country('cc', [org('x', { channels: [{ type: 'phone', value: 8119521150 }] })]) },
    ]);
    expect(errors[0]).toMatchObject({ field: 'organisations.0.channels.0.value' });
    expect(errors[0]!.message).toMatch(/quotes/);
  });

  it('names an unknown (misspelt) field', () => {
    const { errors } = loadHotlineDirectory([{ file: 'hotlines/cc.yaml', data: country('cc', [org('x', { sorce_url: 'x' })]) }]);
    expect(errors).toEqual([expect.objectContaining({ file: 'hotlines/cc.yaml', field: 'organisations.0.sorce_url' })]);
  });

  it('checks a channel value against its type', () => {
    const { errors } = loadHotlineDirectory([
      { file: 'hotlines/cc.yaml', data: country('cc', [org('x', { channels: [{ type: 'email', value: 'not an address' }] })]) },
    ]);
    expect(errors).toEqual([
      { file: 'hotlines/cc.yaml', field: 'organisations.0.channels.0.value', message: 'an email value must be an address like name@example.org' },
    ]);
  });

  it('rejects a country code that does not match the file name', () => {
    const { directory, errors } = loadHotlineDirectory([{ file: 'hotlines/cc.yaml', data: country('dd', [org('x')]) }]);
    expect(errors).toEqual([expect.objectContaining({ file: 'hotlines/cc.yaml', field: 'country' })]);
    expect(directory.countries).toEqual({});
  });

  it('rejects a broken envelope (not a mapping, bad names) by file', () => {
    const { errors } = loadHotlineDirectory([
      { file: 'hotlines/cc.yaml', data: ['a list'] },
      { file: 'hotlines/dd.yaml', data: { country: 'dd', names: { en: 'D' }, organisations: [] } },
    ]);
    expect(errors).toEqual([
      expect.objectContaining({ file: 'hotlines/cc.yaml', field: '' }),
      expect.objectContaining({ file: 'hotlines/dd.yaml', field: 'names.id', message: 'is missing (expected string)' }),
    ]);
  });

  it('reports duplicate organisation ids', () => {
    const { directory, errors } = loadHotlineDirectory([{ file: 'hotlines/cc.yaml', data: country('cc', [org('x'), org('x')]) }]);
    expect(errors).toEqual([expect.objectContaining({ field: 'organisations.1.id', message: expect.stringMatching(/duplicate/) })]);
    expect(directory.countries.cc?.organisations).toHaveLength(1);
  });

  it('resolves referrals and reports dangling ones', () => {
    const { directory, errors } = loadHotlineDirectory([
      ...good,
      {
        file: 'hotlines/mm.yaml',
        data: country('mm', [], {
          referrals: [
            { country: 'aa', organisation: 'one', note: 'ok' },
            { country: 'aa', organisation: 'nope', note: 'gone' },
          ],
        }),
      },
    ]);
    expect(errors).toEqual([{ file: 'hotlines/mm.yaml', field: 'referrals.1.organisation', message: 'no organisation "nope" in hotlines/aa.yaml' }]);
    expect(directory.countries.mm?.referrals).toEqual([{ country: 'aa', organisation: 'one', note: 'ok' }]);
  });

  it('accepts Windows path separators from a Node reader', () => {
    const { directory } = loadHotlineDirectory([{ file: 'hotlines\\aa.yaml', data: country('aa', [org('one')]) }]);
    expect(directory.countries.aa?.file).toBe('hotlines/aa.yaml');
  });
});
