import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleReportOpen, openReport } from '../../src/background/report-open';
import { DRAFT_PREFIX, SESSION_FALLBACK_PREFIX } from '../../src/storage/layout';
import {
  deleteAllDrafts,
  getDraft,
  latestDraftForTab,
  MAX_DRAFTS,
  saveDraft,
  setDraftReportTab,
  setDraftScreenshot,
  watchDraft,
} from '../../src/storage/report-drafts';
import { makePost, makeVerdict } from '../report/fixtures';

const post = makePost();
const verdict = makeVerdict(post);
const SHOT = { dataUrl: 'data:image/jpeg;base64,/9j/4AAQSkZJRg==', capturedAt: '2026-11-27T10:00:00Z', source: 'tab' as const };

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('report drafts', () => {
  it('live in storage.session, not storage.local', async () => {
    const draft = await saveDraft({ post, verdict, id: 'draft-1' });
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual([`${DRAFT_PREFIX}draft-1`]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await getDraft('draft-1')).toEqual(draft);
    expect(await getDraft('nope')).toBeUndefined();
  });

  it('keep only the newest few', async () => {
    for (let i = 0; i < MAX_DRAFTS + 3; i++) {
      await saveDraft({ post, verdict, id: `draft-${i}`, createdAt: `2026-11-27T10:00:0${i}Z` });
    }
    const keys = Object.keys(await fakeBrowser.storage.session.get(null));
    expect(keys).toHaveLength(MAX_DRAFTS);
    expect(keys).not.toContain(`${DRAFT_PREFIX}draft-0`);
    expect(await getDraft(`draft-${MAX_DRAFTS + 2}`)).toBeDefined();
  });

  it('take a screenshot, lose it again, and reject anything but an image', async () => {
    await saveDraft({ post, verdict, id: 'draft-1' });
    expect((await setDraftScreenshot('draft-1', SHOT)).screenshot).toEqual(SHOT);
    expect((await getDraft('draft-1'))?.screenshot).toEqual(SHOT);
    expect((await setDraftScreenshot('draft-1', undefined)).screenshot).toBeUndefined();
    await expect(setDraftScreenshot('draft-1', { ...SHOT, dataUrl: 'javascript:alert(1)' })).rejects.toThrow();
    await expect(setDraftScreenshot('gone', SHOT)).rejects.toThrow(/no longer available/);
  });

  it('are found by the tab they came from, and remember their report tab', async () => {
    await saveDraft({ post, verdict, id: 'old-1', sourceTabId: 7, createdAt: '2026-11-27T10:00:00Z' });
    await saveDraft({ post, verdict, id: 'new-1', sourceTabId: 7, createdAt: '2026-11-27T11:00:00Z' });
    await saveDraft({ post, verdict, id: 'other', sourceTabId: 8, createdAt: '2026-11-27T12:00:00Z' });
    expect((await latestDraftForTab(7))?.id).toBe('new-1');
    expect(await latestDraftForTab(9)).toBeUndefined();
    await setDraftReportTab('new-1', 42);
    expect((await getDraft('new-1'))?.reportTabId).toBe(42);
  });

  it('notify the report page when the popup adds a screenshot', async () => {
    await saveDraft({ post, verdict, id: 'draft-1' });
    const seen: unknown[] = [];
    const stop = watchDraft('draft-1', (d) => seen.push(d?.screenshot?.source));
    await setDraftScreenshot('draft-1', SHOT);
    stop();
    expect(seen).toEqual(['tab']);
  });

  it('fall back to storage.local (pruned after a day) where there is no session area', async () => {
    vi.spyOn(fakeBrowser.storage, 'session', 'get').mockReturnValue(undefined as never);
    await saveDraft({ post, verdict, id: 'stale', createdAt: new Date(Date.now() - 2 * 86_400_000).toISOString() });
    await saveDraft({ post, verdict, id: 'fresh' });
    const keys = Object.keys(await fakeBrowser.storage.local.get(null));
    expect(keys).toEqual([`${SESSION_FALLBACK_PREFIX}${DRAFT_PREFIX}fresh`]);
    await deleteAllDrafts();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});

describe("'report/open'", () => {
  it('stores a draft and opens report.html next to the post tab', async () => {
    const source = await fakeBrowser.tabs.create({ url: 'https://www.linkedin.com/jobs/view/1', active: true });
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await handleReportOpen({ type: 'report/open', post, verdict }, { tabId: source.id! })).toEqual({ ok: true });
    const args = created.mock.calls[0]![0];
    const url = new URL(args.url!);
    expect(url.pathname).toBe('/report.html');
    const draft = await getDraft(url.searchParams.get('draft')!);
    expect(draft).toMatchObject({ post, verdict, sourceTabId: source.id });
    expect(draft?.screenshot).toBeUndefined(); // a click on the page overlay is no gesture for captureVisibleTab
    expect(args).toMatchObject({ active: true, index: source.index + 1, openerTabId: source.id });
  });

  it('uses the sourceTabId a verdict page passes instead of its own tab', async () => {
    const source = await fakeBrowser.tabs.create({ url: 'https://www.facebook.com/groups/1' });
    const verdictPage = await fakeBrowser.tabs.create({ url: 'chrome-extension://test/verdict.html' });
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    await handleReportOpen({ type: 'report/open', post, verdict, sourceTabId: source.id! }, { tabId: verdictPage.id! });
    const draftId = new URL(created.mock.calls[0]![0].url!).searchParams.get('draft')!;
    expect((await getDraft(draftId))?.sourceTabId).toBe(source.id);
  });

  it('still opens the page when the source tab is unknown or extra tab options are refused', async () => {
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    await handleReportOpen({ type: 'report/open', post, verdict }, {});
    expect(created.mock.calls[0]![0]).not.toHaveProperty('openerTabId');

    const source = await fakeBrowser.tabs.create({ url: 'https://x.com/a/status/1' });
    created.mockClear();
    created.mockRejectedValueOnce(new Error('Type error for parameter createProperties'));
    const { draftId } = await openReport({ post, verdict, sourceTabId: source.id!, screenshot: SHOT });
    expect(created).toHaveBeenCalledTimes(2);
    expect(created.mock.calls[1]![0]).toEqual({ url: expect.stringContaining(`draft=${draftId}`), active: true });
    expect((await getDraft(draftId))?.screenshot).toEqual(SHOT);
  });
});
