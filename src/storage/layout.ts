/**
 * Everything Waspada keeps in the browser, in one place. The layout carries one version number;
 * src/storage/migrations.ts moves stored data from any older layout to this one.
 *
 * storage.local (kept until the user deletes it):
 *   waspada-meta    { version }                 the layout version of what is stored
 *   settings        Settings                    src/storage/settings-schema.ts
 *   report-history  HistoryEntry[]              reports the user sent or saved (src/storage/report-history.ts)
 *   not-a-scam      NotScamEntry[]              posts the user marked "not a scam" (src/storage/not-scam.ts)
 * storage.session (gone when the browser closes; storage.local under `session-fallback:` where the
 * browser has no session area):
 *   report-draft:<id>  ReportDraft              a report being prepared (src/storage/report-drafts.ts)
 *   tab-stats:<tabId>  TabRecord                per-tab screening counts for the popup, mirrored from
 *                                               the background's memory (src/background/tab-stats.ts)
 * IndexedDB (owned by the triage bench, src/triage/): the triage database, deleted through
 *   deleteAllTriageData() by "delete all my data" (src/storage/all-data.ts).
 *
 */

/** Layout version. Bump it and add a migration in migrations.ts whenever a stored shape changes. */
export const STORAGE_VERSION = 2;

export const LOCAL_KEYS = {
  meta: 'waspada-meta',
  settings: 'settings',
  reportHistory: 'report-history',
  notScam: 'not-a-scam',
} as const;

/** Keys of layout 1 (before this file existed): WXT's metadata twin of `settings`. */
export const LEGACY_KEYS = { settingsMeta: 'settings$' } as const;

export const DRAFT_PREFIX = 'report-draft:';
/** Where drafts go in storage.local when storage.session is missing (old Firefox). */
export const SESSION_FALLBACK_PREFIX = 'session-fallback:';

export interface StorageMeta {
  readonly version: number;
}
