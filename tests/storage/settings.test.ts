import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LOCAL_KEYS, STORAGE_VERSION } from '../../src/storage/layout';
import { getSettings, updateSettings, watchSettings } from '../../src/storage/settings-item';
import { DEFAULT_SETTINGS, normaliseAllowEntry, parseSettings } from '../../src/storage/settings-schema';
import { ensureMigrated, resetMigrationState } from '../../src/storage/store';

beforeEach(() => {
  fakeBrowser.reset();
  resetMigrationState();
});

describe('parseSettings (lenient)', () => {
  it('gives the defaults for nothing or junk', () => {
    for (const raw of [undefined, null, 'x', 3, []]) expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps every valid field and replaces only the damaged ones', () => {
    const s = parseSettings({ country: 'PH!', uiLang: 'id', minBand: 'extreme', allowList: ['PT A'], keepHistory: 'yes' });
    expect(s).toEqual({ ...DEFAULT_SETTINGS, uiLang: 'id', allowList: ['PT A'] });
  });

  it('reads site switches one by one', () => {
    const s = parseSettings({ sites: { linkedin: false, facebook: 'off', unknownSite: false } });
    expect(s.sites).toEqual({ ...DEFAULT_SETTINGS.sites, linkedin: false });
  });

  it('reads settings stored before keepHistory existed', () => {
    expect(parseSettings({ country: 'id', uiLang: 'en', minBand: 'high', sites: {}, allowList: [] }).keepHistory).toBe(true);
  });

  it('tidies allow-list entries', () => {
    expect(normaliseAllowEntry('  PT   Maju  Jaya ')).toBe('PT Maju Jaya');
    expect(normaliseAllowEntry('   ')).toBeNull();
  });
});

describe('settings in storage', () => {
  it('reads defaults on a fresh install and stamps the layout version', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect((await fakeBrowser.storage.local.get(LOCAL_KEYS.meta))[LOCAL_KEYS.meta]).toEqual({ version: STORAGE_VERSION });
  });

  it('persists changes and keeps fields written by a newer version', async () => {
    await fakeBrowser.storage.local.set({ [LOCAL_KEYS.meta]: { version: STORAGE_VERSION }, settings: { uiLang: 'id', fromTheFuture: [1] } });
    const next = await updateSettings({ country: 'ph', minBand: 'high' });
    expect(next).toMatchObject({ country: 'ph', minBand: 'high', uiLang: 'id' });
    const stored = (await fakeBrowser.storage.local.get('settings')).settings as Record<string, unknown>;
    expect(stored).toMatchObject({ country: 'ph', minBand: 'high', uiLang: 'id', fromTheFuture: [1] });
    expect(await getSettings()).toEqual(next);
  });

  it('refuses an invalid change without losing the rest', async () => {
    await updateSettings({ country: 'id' });
    const next = await updateSettings({ country: 'Indonesia' as string });
    expect(next.country).toBe('id');
  });

  it('applies quick successive updates in order', async () => {
    await Promise.all([updateSettings({ country: 'vn' }), updateSettings({ uiLang: 'id' }), updateSettings({ minBand: 'high' })]);
    expect(await getSettings()).toMatchObject({ country: 'vn', uiLang: 'id', minBand: 'high' });
  });

  it('migrates layout-1 settings on first read', async () => {
    await fakeBrowser.storage.local.set({ settings: { country: 'uk', allowList: ['A', 'a'] }, settings$: { v: 1 } });
    expect(await getSettings()).toMatchObject({ country: 'gb', allowList: ['A'] });
    const all = await fakeBrowser.storage.local.get(null);
    expect(all['settings$']).toBeUndefined();
    expect(all[LOCAL_KEYS.meta]).toEqual({ version: STORAGE_VERSION });
  });

  it('leaves a newer layout alone', async () => {
    const newer = { [LOCAL_KEYS.meta]: { version: STORAGE_VERSION + 1 }, settings: { country: 'th', shiny: 1 }, other: 'x' };
    await fakeBrowser.storage.local.set(newer);
    await ensureMigrated();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(newer);
    expect((await getSettings()).country).toBe('th');
  });

  it('tells watchers about changes', async () => {
    const seen: string[] = [];
    const stop = watchSettings((s) => seen.push(s.uiLang));
    await updateSettings({ uiLang: 'id' });
    stop();
    await updateSettings({ uiLang: 'en' });
    expect(seen).toEqual(['id']);
  });
});
