import type { Report } from '../../report/report-schema';
import type { ReportDraft, Screenshot } from '../../storage/report-drafts';
import type { HistoryChannel, HistoryEntry, ParsedHistory } from '../../storage/report-history';
import type { Settings } from '../../storage/settings-schema';

/**
 * What the report page needs from the browser and storage, passed in so the components stay free
 * of storage calls and tests can run them with WXT's fake browser or with stubs.
 */

export type CaptureProblem = 'unsupported' | 'no-source' | 'not-allowed' | 'too-big' | 'not-image';

export class CaptureError extends Error {
  constructor(
    readonly problem: CaptureProblem,
    detail?: string,
  ) {
    super(detail ?? problem);
    this.name = 'CaptureError';
  }
}

export interface ReportServices {
  /** navigator.languages, most preferred first. */
  readonly locales: readonly string[];
  now(): string;
  getSettings(): Promise<Settings>;
  updateSettings(change: Partial<Settings>): Promise<Settings>;
  getDraft(id: string): Promise<ReportDraft | undefined>;
  watchDraft(id: string, callback: (draft: ReportDraft | undefined) => void): () => void;
  setDraftScreenshot(id: string, screenshot: Screenshot | undefined): Promise<ReportDraft>;
  /** Notes this page's tab in the draft (so the popup can come back to it). */
  rememberReportTab(id: string): Promise<void>;
  /** Captures the post's tab; throws CaptureError. Only ever called from a click. */
  captureSourceTab(draft: ReportDraft): Promise<Screenshot>;
  goToSourceTab(draft: ReportDraft): Promise<void>;
  /** Reads an image the user chose; throws CaptureError ('too-big', 'not-image'). */
  readImageFile(file: File): Promise<Screenshot>;
  copyText(text: string): Promise<void>;
  listReports(): Promise<ParsedHistory>;
  getReport(id: string): Promise<HistoryEntry | undefined>;
  saveReport(report: Report, channel: HistoryChannel): Promise<void>;
  deleteReport(id: string): Promise<void>;
  deleteAllReports(): Promise<void>;
  watchReports(callback: (history: ParsedHistory) => void): () => void;
  /** Address of the history (no id) or of one saved report. */
  historyHref(id?: string): string;
  guideHref(): string;
  optionsHref(): string;
}
