import type { DBSchema } from 'idb';
import type { Cluster, ImportLog, Review, StoredAd, StoredVerdict, TriageRow } from '../model';

/** The bench's IndexedDB database, in the extension's origin (shared by the triage page, its workers and the background). */
export const TRIAGE_DB_NAME = 'waspada-triage';

/**
 * Schema versions (see migrations.ts):
 * 1. ads, verdicts, reviews (index by status), meta.
 * 2. rows (the table's summaries, derived), clusters (derived), imports (the import log);
 *    rows are back-filled from ads + verdicts and clusters marked stale.
 */
export const TRIAGE_DB_VERSION = 2;

/** Keys of the `meta` store. */
export interface TriageMeta {
  /** True when ads changed since clusters were last computed (an ad sent from a page, a delete). */
  clustersStale: boolean;
}

export interface TriageDbV2 extends DBSchema {
  ads: { key: string; value: StoredAd; indexes: { addedAt: string } };
  verdicts: { key: string; value: StoredVerdict };
  reviews: { key: string; value: Review; indexes: { status: string } };
  meta: { key: string; value: unknown };
  rows: { key: string; value: TriageRow };
  clusters: { key: string; value: Cluster };
  imports: { key: string; value: ImportLog; indexes: { at: string } };
}

export type TriageDb = TriageDbV2;
export type StoreName = 'ads' | 'verdicts' | 'reviews' | 'meta' | 'rows' | 'clusters' | 'imports';
export const STORE_NAMES: readonly StoreName[] = ['ads', 'verdicts', 'reviews', 'meta', 'rows', 'clusters', 'imports'];
