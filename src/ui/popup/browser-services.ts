import { browser } from 'wxt/browser';
import { openReport } from '../../background/report-open';
import { send } from '../../messaging/send';
import { isMarkedNotScam } from '../../storage/not-scam';
import { latestDraftForTab, setDraftScreenshot } from '../../storage/report-drafts';
import { getSettings, updateSettings } from '../../storage/settings-item';
import { CaptureError } from '../report/services';
import type { PopupServices } from './services';

/** The popup's services in the browser. `?tab=<id>` picks the tab when the popup page is opened in a tab (tests, Android debugging). */
export function browserPopupServices(query: string): PopupServices {
  const forcedTab = Number(new URLSearchParams(query).get('tab'));
  const now = () => new Date().toISOString();
  return {
    locales: navigator.languages?.length ? navigator.languages : [navigator.language],
    getSettings,
    updateSettings,
    async activeTab() {
      if (Number.isInteger(forcedTab) && forcedTab > 0) {
        const tab = await browser.tabs.get(forcedTab).catch(() => undefined);
        return tab?.id !== undefined ? { id: tab.id, ...(tab.url ? { url: tab.url } : {}), windowId: tab.windowId } : undefined;
      }
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id !== undefined ? { id: tab.id, ...(tab.url ? { url: tab.url } : {}), windowId: tab.windowId } : undefined;
    },
    getStats: (tabId) => send({ type: 'stats/get', tabId }),
    latestDraftForTab,
    isNotScam: isMarkedNotScam,
    canCapture: typeof browser.tabs?.captureVisibleTab === 'function',
    async captureVisibleTab(windowId) {
      try {
        const dataUrl = await browser.tabs.captureVisibleTab(windowId as number, { format: 'jpeg', quality: 80 });
        return { dataUrl, capturedAt: now(), source: 'tab' };
      } catch (err) {
        throw new CaptureError('not-allowed', (err as Error)?.message ?? String(err));
      }
    },
    async openReport(input) {
      await openReport(input);
      window.close();
    },
    async addScreenshotToDraft(draft, screenshot) {
      await setDraftScreenshot(draft.id, screenshot);
      if (draft.reportTabId !== undefined) await browser.tabs.update(draft.reportTabId, { active: true }).catch(() => undefined);
    },
    openPage(path) {
      void browser.tabs.create({ url: browser.runtime.getURL(path) }).then(() => window.close());
    },
  };
}
