import { browser } from 'wxt/browser';
import type { Handlers } from '../messaging/handle';
import type { TabStats } from '../messaging/protocol';
import type { Post } from '../model/post';
import type { Band, Verdict } from '../model/verdict';

/*
 * What was screened on each tab, for the popup. Each post counts once (by id) however often the page
 * re-renders it; a full page load starts the count again. Kept in memory and mirrored to
 * storage.session, which survives the service worker being stopped (Chrome stops it after 30 s idle)
 * but never reaches the disk; closing the tab or the browser forgets it.
 */

interface TabRecord {
  bands: Record<string, Band>;
  latest?: TabStats['latest'];
}

const MAX_POSTS_PER_TAB = 5000;
const memory = new Map<number, TabRecord>();
const keyOf = (tabId: number) => `tab-stats:${tabId}`;

function session(): typeof browser.storage.session | undefined {
  try {
    return browser.storage?.session;
  } catch {
    return undefined;
  }
}

async function load(tabId: number): Promise<TabRecord> {
  const cached = memory.get(tabId);
  if (cached) return cached;
  let record: TabRecord = { bands: {} };
  try {
    const stored = (await session()?.get(keyOf(tabId)))?.[keyOf(tabId)] as TabRecord | undefined;
    if (stored && typeof stored === 'object' && stored.bands) record = stored;
  } catch {
    // no session storage (old browser): memory only
  }
  memory.set(tabId, memory.get(tabId) ?? record);
  return memory.get(tabId)!;
}

function save(tabId: number, record: TabRecord): void {
  session()?.set({ [keyOf(tabId)]: record }).catch(() => undefined);
}

export function summarise(record: TabRecord | undefined): TabStats {
  const counts = { low: 0, medium: 0, high: 0 };
  for (const band of Object.values(record?.bands ?? {})) counts[band]++;
  return record?.latest ? { counts, latest: record.latest } : { counts };
}

export async function recordVerdicts(tabId: number, posts: readonly Post[], verdicts: readonly Verdict[]): Promise<void> {
  const record = await load(tabId);
  verdicts.forEach((verdict, i) => {
    const post = posts[i];
    if (!post) return;
    const id = post.id ?? `anonymous:${Object.keys(record.bands).length}`;
    if (!(id in record.bands) && Object.keys(record.bands).length >= MAX_POSTS_PER_TAB) return;
    record.bands[id] = verdict.band;
    if (verdict.band !== 'low' && verdict.isJobOffer) record.latest = { post, verdict };
  });
  save(tabId, record);
}

export function forgetTab(tabId: number): void {
  memory.delete(tabId);
  session()?.remove(keyOf(tabId)).catch(() => undefined);
}

export const handleStats: Handlers['stats/get'] = async (request) => summarise(await load(request.tabId));

/** Starts a tab's count again when it loads a new page; forgets it when it closes. */
export function setUpTabStats(): void {
  browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
  // Without the "tabs" permission the new URL is not reported, but the loading status is.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') forgetTab(tabId);
  });
}
