import type { TabStats } from '../../messaging/protocol';
import type { Post } from '../../model/post';
import type { Verdict } from '../../model/verdict';
import type { ReportDraft, Screenshot } from '../../storage/report-drafts';
import type { Settings } from '../../storage/settings-schema';

export interface ActiveTab {
  readonly id: number;
  /** Known when the popup was opened from the toolbar (activeTab) on that tab. */
  readonly url?: string;
  readonly windowId?: number;
}

/** What the popup needs from the browser, passed in (see src/ui/report/services.ts for why). */
export interface PopupServices {
  readonly locales: readonly string[];
  getSettings(): Promise<Settings>;
  updateSettings(change: Partial<Settings>): Promise<Settings>;
  activeTab(): Promise<ActiveTab | undefined>;
  getStats(tabId: number): Promise<TabStats>;
  latestDraftForTab(tabId: number): Promise<ReportDraft | undefined>;
  /** Whether the user marked this post "not a scam" (then it is not offered for reporting). */
  isNotScam(post: Post): Promise<boolean>;
  /** Whether this browser can capture a tab at all. */
  readonly canCapture: boolean;
  /** Captures the visible tab: allowed here because the user opened the popup from the toolbar (activeTab). */
  captureVisibleTab(windowId?: number): Promise<Screenshot>;
  openReport(input: { post: Post; verdict: Verdict; sourceTabId: number; screenshot?: Screenshot }): Promise<void>;
  /** Adds the screenshot to the draft and brings its report tab forward. */
  addScreenshotToDraft(draft: ReportDraft, screenshot: Screenshot): Promise<void>;
  /** Opens one of Waspada's pages in a tab and closes the popup. */
  openPage(path: '/guide.html' | '/options.html' | '/report.html' | '/triage.html' | '/verdict.html'): void;
}
