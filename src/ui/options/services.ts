import type { DeleteResult } from '../../storage/all-data';
import type { NotScamEntry } from '../../storage/not-scam';
import type { Settings } from '../../storage/settings-schema';

/** What the options page needs from storage, passed in (see src/ui/report/services.ts for why). */
export interface OptionsServices {
  readonly locales: readonly string[];
  getSettings(): Promise<Settings>;
  updateSettings(change: Partial<Settings>): Promise<Settings>;
  countReports(): Promise<number>;
  listNotScam(): Promise<{ entries: NotScamEntry[]; unreadable: number }>;
  unmarkNotScam(key: string): Promise<void>;
  clearNotScam(): Promise<void>;
  /** Everything stored, as the JSON text of the export file. */
  exportAllData(): Promise<string>;
  deleteAllData(): Promise<DeleteResult>;
  historyHref(): string;
  guideHref(): string;
}
