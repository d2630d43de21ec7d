import type { DBSchema } from 'idb';
import type { AdEntry, ImportLog, Review, RowChunk } from '../model';

/** The bench's IndexedDB database, in the extension's origin (shared by the triage page, its workers and the background). */
export const TRIAGE_DB_NAME = 'waspada-triage';

/**
 * Schema versions (see migrations.ts):
 * 1. ads, verdicts (one record each per ad), reviews (index by status), meta.
 * 2. verdicts merged into ads; rows (the table's summaries, derived) in chunks; the import log;
 *    clusters (derived) as one value in meta.
 *
 * Why v2 is shaped so: in Chromium every IndexedDB write costs about the same whatever its size
 * (measured in the browser, 5,000 ads: three writes per ad 4.9 s of CPU, one combined write per ad
 * 1.7 s, one write per 200 ads 0.8 s). An import now writes one record per ad plus one row chunk
 * per batch; reviews are written only when a reviewer changes something.
 */
export const TRIAGE_DB_VERSION = 2;

export interface TriageDbV2 extends DBSchema {
  ads: { key: string; value: AdEntry; indexes: { addedAt: string } };
  reviews: { key: string; value: Review; indexes: { status: string } };
  /** `clustersStale`: boolean, true when ads changed since clusters were built; `clusters`: Cluster[]. */
  meta: { key: string; value: unknown };
  rows: { key: string; value: RowChunk };
  imports: { key: string; value: ImportLog; indexes: { at: string } };
}

export type TriageDb = TriageDbV2;
export type StoreName = 'ads' | 'reviews' | 'meta' | 'rows' | 'imports';
export const STORE_NAMES: readonly StoreName[] = ['ads', 'reviews', 'meta', 'rows', 'imports'];
