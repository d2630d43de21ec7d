import { browser } from 'wxt/browser';
import {
  getDraft,
  MAX_SCREENSHOT_CHARS,
  ScreenshotSchema,
  setDraftReportTab,
  setDraftScreenshot,
  watchDraft,
  type ReportDraft,
  type Screenshot,
} from '../../storage/report-drafts';
import { deleteAllReports, deleteReport, getReport, listReports, saveReport, watchReports } from '../../storage/report-history';
import { getSettings, updateSettings } from '../../storage/settings-item';
import { copyText } from './copy-text';
import { CaptureError, type ReportServices } from './services';

const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/webp', 'image/gif']);
/** Bytes of image that still fit MAX_SCREENSHOT_CHARS once base64-encoded. */
export const MAX_IMAGE_BYTES = Math.floor((MAX_SCREENSHOT_CHARS - 40) * 0.75);

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function checkedShot(shot: Screenshot): Screenshot {
  if (shot.dataUrl.length > MAX_SCREENSHOT_CHARS) throw new CaptureError('too-big');
  const parsed = ScreenshotSchema.safeParse(shot);
  if (!parsed.success) throw new CaptureError('not-image');
  return parsed.data;
}

/**
 * Captures the post's tab from the report page: switches to it, captures, switches back. This works
 * only while the browser's activeTab grant for that tab stands (the user clicked the Waspada toolbar
 * button or context-menu item on it, and it has not navigated since). Otherwise the browser refuses
 * and the page explains the toolbar route. Waspada never asks for <all_urls> to get round this.
 */
export async function captureTab(draft: ReportDraft, now: () => string): Promise<Screenshot> {
  const tabs = browser.tabs as typeof browser.tabs | undefined;
  if (!tabs || typeof tabs.captureVisibleTab !== 'function') throw new CaptureError('unsupported');
  if (draft.sourceTabId === undefined) throw new CaptureError('no-source');
  const source = await tabs.get(draft.sourceTabId).catch(() => undefined);
  if (!source || source.id === undefined) throw new CaptureError('no-source');
  const me = await tabs.getCurrent().catch(() => undefined);
  try {
    await tabs.update(source.id, { active: true });
    await delay(350); // let the tab paint before capturing it
    const dataUrl = await tabs.captureVisibleTab(source.windowId, { format: 'jpeg', quality: 80 });
    return checkedShot({ dataUrl, capturedAt: now(), source: 'tab' });
  } catch (err) {
    if (err instanceof CaptureError) throw err;
    throw new CaptureError('not-allowed', (err as Error)?.message ?? String(err));
  } finally {
    if (me?.id !== undefined) await tabs.update(me.id, { active: true }).catch(() => undefined);
  }
}

export function readImageFile(file: File, now: () => string): Promise<Screenshot> {
  if (!IMAGE_TYPES.has(file.type)) return Promise.reject(new CaptureError('not-image'));
  if (file.size > MAX_IMAGE_BYTES) return Promise.reject(new CaptureError('too-big'));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(new CaptureError('not-image'));
    reader.onload = () => {
      try {
        resolve(checkedShot({ dataUrl: String(reader.result), capturedAt: now(), source: 'file' }));
      } catch (err) {
        reject(err);
      }
    };
    reader.readAsDataURL(file);
  });
}

const pageUrl = (path: string): string => browser.runtime.getURL(path as '/report.html');

export function browserReportServices(): ReportServices {
  const now = () => new Date().toISOString();
  return {
    locales: typeof navigator !== 'undefined' ? (navigator.languages?.length ? navigator.languages : [navigator.language]) : [],
    now,
    getSettings,
    updateSettings,
    getDraft,
    watchDraft,
    setDraftScreenshot,
    async rememberReportTab(id) {
      const me = await browser.tabs?.getCurrent?.().catch(() => undefined);
      if (me?.id !== undefined) await setDraftReportTab(id, me.id);
    },
    captureSourceTab: (draft) => captureTab(draft, now),
    async goToSourceTab(draft) {
      if (draft.sourceTabId !== undefined) await browser.tabs.update(draft.sourceTabId, { active: true });
    },
    readImageFile: (file) => readImageFile(file, now),
    copyText,
    listReports,
    getReport,
    saveReport: (report, channel) => saveReport(report, channel, now()),
    deleteReport,
    deleteAllReports,
    watchReports,
    historyHref: (id) => pageUrl(id ? `/report.html?history=${encodeURIComponent(id)}` : '/report.html'),
    guideHref: () => pageUrl('/guide.html'),
    optionsHref: () => pageUrl('/options.html'),
  };
}
