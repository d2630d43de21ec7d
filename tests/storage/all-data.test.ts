import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deleteAllData, EXPORT_FORMAT, exportAllData, exportJson } from '../../src/storage/all-data';
import { LOCAL_KEYS, STORAGE_VERSION } from '../../src/storage/layout';
import { isMarkedNotScam, markNotScam } from '../../src/storage/not-scam';
import { getDraft, saveDraft } from '../../src/storage/report-drafts';
import { getSettings, updateSettings } from '../../src/storage/settings-item';
import { DEFAULT_SETTINGS } from '../../src/storage/settings-schema';
import { resetMigrationState } from '../../src/storage/store';
import { makePost, makeVerdict } from '../report/fixtures';

const post = makePost();
const verdict = makeVerdict(post);

beforeEach(async () => {
  fakeBrowser.reset();
  resetMigrationState();
  await updateSettings({ country: 'ph', allowList: ['PT Resmi'] });
  await markNotScam(post, verdict, '2026-11-27T10:00:00Z');
  await saveDraft({ post, verdict, id: 'draft-1' });
});

describe('export all my data', () => {
  it('contains every stored item and says whether triage data is in it', async () => {
    const data = await exportAllData('2026-11-28T00:00:00Z', {});
    expect(data).toMatchObject({ format: EXPORT_FORMAT, exportedAt: '2026-11-28T00:00:00Z', storageVersion: STORAGE_VERSION });
    expect(Object.keys(data.local).sort()).toEqual([LOCAL_KEYS.notScam, LOCAL_KEYS.settings, LOCAL_KEYS.meta].sort());
    expect(data.local[LOCAL_KEYS.settings]).toMatchObject({ country: 'ph' });
    expect(data.triage).toMatchObject({ included: false });
    expect(JSON.parse(exportJson(data))).toEqual(data);
  });

  it('includes the triage database through the triage hook', async () => {
    const data = await exportAllData('2026-11-28T00:00:00Z', { exportAllTriageData: async () => ({ posts: 3 }) });
    expect(data.triage).toEqual({ posts: 3 });
  });
});

describe('delete all my data', () => {
  it('empties storage.local and storage.session and leaves a current, empty layout', async () => {
    expect(await deleteAllData({})).toEqual({ triage: 'absent' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ [LOCAL_KEYS.meta]: { version: STORAGE_VERSION } });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await isMarkedNotScam(post)).toBe(false);
    expect(await getDraft('draft-1')).toBeUndefined();
  });

  it('calls deleteAllTriageData() and reports a failure without keeping other data', async () => {
    const deleteAllTriageData = vi.fn(async () => undefined);
    expect(await deleteAllData({ deleteAllTriageData })).toEqual({ triage: 'deleted' });
    expect(deleteAllTriageData).toHaveBeenCalledOnce();

    await updateSettings({ country: 'id' });
    const result = await deleteAllData({ deleteAllTriageData: async () => Promise.reject(new Error('blocked')) });
    expect(result).toEqual({ triage: 'failed', error: 'blocked' });
    expect((await getSettings()).country).toBeNull();
  });

  it('finds the triage bench module by itself when it exists', async () => {
    // Without hooks, the bundled lookup runs: 'absent' until src/triage/delete-all.ts exists.
    const result = await deleteAllData();
    expect(['absent', 'deleted', 'failed']).toContain(result.triage);
  });
});
