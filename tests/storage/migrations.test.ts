import { describe, expect, it } from 'vitest';
import { LEGACY_KEYS, LOCAL_KEYS, STORAGE_VERSION } from '../../src/storage/layout';
import { detectVersion, diffSnapshots, MIGRATIONS, migrateSnapshot } from '../../src/storage/migrations';

describe('storage layout versions', () => {
  it('has one migration for every version after the first, in order', () => {
    expect(MIGRATIONS.map((m) => m.to)).toEqual(Array.from({ length: STORAGE_VERSION - 1 }, (_, i) => i + 2));
    for (const m of MIGRATIONS) expect(m.describe.length).toBeGreaterThan(10);
  });

  it('reads the version from the meta record, else 1 for old data, else current for an empty store', () => {
    expect(detectVersion({ [LOCAL_KEYS.meta]: { version: 7 } })).toBe(7);
    expect(detectVersion({ settings: { uiLang: 'id' } })).toBe(1);
    expect(detectVersion({})).toBe(STORAGE_VERSION);
    expect(detectVersion({ [LOCAL_KEYS.meta]: { version: 'two' }, settings: {} })).toBe(1);
    expect(detectVersion({ [LOCAL_KEYS.meta]: null })).toBe(STORAGE_VERSION);
  });
});

describe('migration 1 → 2', () => {
  const v1 = {
    settings: { country: ' UK ', uiLang: 'id', allowList: ['PT Resmi ', 'pt resmi', '', 'SIP3MI 123', 42], futureField: 'keep me' },
    [LEGACY_KEYS.settingsMeta]: { v: 1 },
  };

  it('drops WXT metadata, tidies the allow-list and country, starts the new lists and stamps the version', () => {
    const { snapshot, from, to, applied, newer } = migrateSnapshot(v1);
    expect({ from, to, applied, newer }).toEqual({ from: 1, to: 2, applied: [2], newer: false });
    expect(snapshot[LEGACY_KEYS.settingsMeta]).toBeUndefined();
    expect(snapshot[LOCAL_KEYS.meta]).toEqual({ version: 2 });
    expect(snapshot[LOCAL_KEYS.reportHistory]).toEqual([]);
    expect(snapshot[LOCAL_KEYS.notScam]).toEqual([]);
    const settings = snapshot.settings as Record<string, unknown>;
    expect(settings.country).toBe('gb');
    // Duplicates and blanks go; a value it cannot judge (42) is left for the lenient reader.
    expect(settings.allowList).toEqual(['PT Resmi', 'SIP3MI 123', 42]);
    // Never drops what it does not understand.
    expect(settings.uiLang).toBe('id');
    expect(settings.futureField).toBe('keep me');
  });

  it('does not touch its input', () => {
    const copy = structuredClone(v1);
    migrateSnapshot(v1);
    expect(v1).toEqual(copy);
  });

  it('keeps existing history and "not a scam" lists', () => {
    const { snapshot } = migrateSnapshot({ settings: {}, [LOCAL_KEYS.reportHistory]: [{ id: 'x' }], [LOCAL_KEYS.notScam]: [{ keys: ['k'] }] });
    expect(snapshot[LOCAL_KEYS.reportHistory]).toEqual([{ id: 'x' }]);
    expect(snapshot[LOCAL_KEYS.notScam]).toEqual([{ keys: ['k'] }]);
  });

  it('survives damaged settings', () => {
    for (const settings of [null, 'text', 42, [1, 2], { allowList: 'not a list', country: 12 }]) {
      expect(() => migrateSnapshot({ settings })).not.toThrow();
    }
  });
});

describe('migrateSnapshot', () => {
  it('is a no-op (apart from the stamp) for a current or empty store', () => {
    const current = { [LOCAL_KEYS.meta]: { version: STORAGE_VERSION }, settings: { uiLang: 'en' } };
    expect(migrateSnapshot(current)).toMatchObject({ applied: [], snapshot: current });
    expect(migrateSnapshot({}).snapshot).toEqual({ [LOCAL_KEYS.meta]: { version: STORAGE_VERSION } });
  });

  it('leaves data written by a newer version alone', () => {
    const newer = { [LOCAL_KEYS.meta]: { version: STORAGE_VERSION + 5 }, settings: { shiny: true } };
    const result = migrateSnapshot(newer);
    expect(result.newer).toBe(true);
    expect(result.snapshot).toBe(newer);
  });

  it('runs several migrations in order and fails loudly on a gap', () => {
    const steps = [
      { to: 2, describe: 'add a', migrate: (s: Record<string, unknown>) => ({ ...s, a: 1 }) },
      { to: 3, describe: 'a to b', migrate: (s: Record<string, unknown>) => ({ ...s, b: (s.a as number) + 1 }) },
    ];
    const result = migrateSnapshot({ settings: {} }, 3, steps);
    expect(result.applied).toEqual([2, 3]);
    expect(result.snapshot).toMatchObject({ a: 1, b: 2, [LOCAL_KEYS.meta]: { version: 3 } });
    expect(() => migrateSnapshot({ settings: {} }, 4, steps)).toThrow(/version 4/);
  });
});

describe('diffSnapshots', () => {
  it('lists changed keys to set and vanished keys to remove', () => {
    expect(diffSnapshots({ a: 1, b: { x: 1 }, c: 3 }, { a: 1, b: { x: 2 }, d: 4 })).toEqual({ set: { b: { x: 2 }, d: 4 }, remove: ['c'] });
  });
});
