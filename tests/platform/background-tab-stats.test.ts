import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetTab, handleStats, recordVerdicts } from '../../src/background/tab-stats';
import type { Verdict } from '../../src/model/verdict';

const v = (band: Verdict['band'], isJobOffer = true): Verdict => ({
  score: band === 'high' ? 90 : band === 'medium' ? 50 : 2, band, isJobOffer, isAwareness: false, lang: 'en', flags: [], entities: [], notes: [], rulePackVersion: 't',
});

beforeEach(() => {
  fakeBrowser.reset();
  forgetTab(1);
  forgetTab(2);
});

test('each post counts once per tab however often it is re-screened; the latest risky job is kept', async () => {
  await recordVerdicts(1, [{ id: 'a', text: 'a' }, { id: 'b', text: 'b' }], [v('high'), v('low')]);
  await recordVerdicts(1, [{ id: 'a', text: 'a more' }, { id: 'c', text: 'c' }], [v('high'), v('medium')]);
  await recordVerdicts(2, [{ id: 'z', text: 'z' }], [v('low')]);
  const stats = await handleStats({ type: 'stats/get', tabId: 1 }, {});
  expect(stats.counts).toEqual({ low: 1, medium: 1, high: 1 });
  expect(stats.latest?.post.id).toBe('c');
  expect((await handleStats({ type: 'stats/get', tabId: 2 }, {})).counts).toEqual({ low: 1, medium: 0, high: 0 });
});

test('kept in session storage, so a restarted service worker still answers; forgotten with the tab', async () => {
  await recordVerdicts(1, [{ id: 'a', text: 'a' }], [v('high')]);
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual(['tab-stats:1']);
  forgetTab(1);
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  expect((await handleStats({ type: 'stats/get', tabId: 1 }, {})).counts).toEqual({ low: 0, medium: 0, high: 0 });
});

test('awareness posts (not job offers) are counted but never "latest"', async () => {
  await recordVerdicts(1, [{ id: 'n', text: 'news' }], [v('high', false)]);
  expect((await handleStats({ type: 'stats/get', tabId: 1 }, {})).latest).toBeUndefined();
});
