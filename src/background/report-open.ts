import { browser } from 'wxt/browser';
import type { Handlers } from '../messaging/handle';
import type { Post } from '../model/post';
import type { Verdict } from '../model/verdict';
import { saveDraft, type Screenshot } from '../storage/report-drafts';

/**
 * Opening the report flow: the post and verdict become a draft (storage.session) and report.html
 * opens next to the post's tab. Nothing leaves the browser here.
 *
 * Screenshots: tabs.captureVisibleTab needs an activeTab grant (a click on the toolbar button, the
 * context menu, or a shortcut) or <all_urls>, which Waspada does not ask for. A click on the in-page
 * overlay's Report button is not such a gesture, so a report opened from the overlay starts without
 * a screenshot; the report page then offers (1) "capture the post's tab", which works when the user
 * has used the toolbar button on that tab, (2) adding one from the toolbar popup on the post's tab,
 * and (3) attaching an image file. The popup's own Report button can capture before opening.
 */

export interface OpenReportInput {
  readonly post: Post;
  readonly verdict: Verdict;
  /** The tab the post was read in, when known. */
  readonly sourceTabId?: number;
  /** A screenshot taken while the user's gesture was still valid (the popup). */
  readonly screenshot?: Screenshot;
}

export function reportPageUrl(query: Record<string, string>): string {
  return browser.runtime.getURL(`/report.html?${new URLSearchParams(query).toString()}` as '/report.html');
}

async function sourceTab(tabId: number | undefined) {
  if (tabId === undefined) return undefined;
  try {
    return await browser.tabs.get(tabId);
  } catch {
    return undefined;
  }
}

/** Stores the draft and opens report.html in a new tab next to the post's tab; returns the draft id. */
export async function openReport(input: OpenReportInput): Promise<{ draftId: string }> {
  const tab = await sourceTab(input.sourceTabId);
  const draft = await saveDraft({
    post: input.post,
    verdict: input.verdict,
    ...(tab?.id !== undefined ? { sourceTabId: tab.id } : {}),
    ...(tab?.windowId !== undefined ? { sourceWindowId: tab.windowId } : {}),
    ...(input.screenshot ? { screenshot: input.screenshot } : {}),
  });
  const url = reportPageUrl({ draft: draft.id });
  try {
    await browser.tabs.create({
      url,
      active: true,
      ...(tab ? { index: tab.index + 1, windowId: tab.windowId, openerTabId: tab.id } : {}),
    });
  } catch {
    // Firefox for Android has no windows and may refuse openerTabId/index: open it plainly.
    await browser.tabs.create({ url, active: true });
  }
  return { draftId: draft.id };
}

/**
 * 'report/open' from a content script (the overlay's Report button) or an extension page; the
 * request's sourceTabId (the context-menu verdict page sends the tab it was opened from) wins over
 * the sender's own tab.
 */
export const handleReportOpen: Handlers['report/open'] = async (request, sender) => {
  const sourceTabId = request.sourceTabId ?? sender.tabId;
  await openReport({ post: request.post, verdict: request.verdict, ...(sourceTabId !== undefined ? { sourceTabId } : {}) });
  return { ok: true };
};
