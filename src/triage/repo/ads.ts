import { unwrap } from 'idb';
import type { Verdict } from '../../model/verdict';
import type { TriageDatabase } from '../db/open';
import { newReview, type AdEntry, type AdRecord, type Review, type RowChunk, type StoredAd, type TriageRow } from '../model';
import { buildRow } from '../rows';

/** The ids (content hashes) of every stored ad. */
export async function storedAdIds(db: TriageDatabase): Promise<Set<string>> {
  return new Set(await db.getAllKeys('ads'));
}

export interface ScoredAd {
  ad: StoredAd;
  verdict: Verdict;
  /** Restoring a case file brings the review along. Without one nothing is written: no review means `new`. */
  review?: Review;
  scoredAt: string;
}

/**
 * Bulk writes skip the wait for the disk flush (Firefox's default anyway): a crash in the second
 * after a batch can lose that batch, and importing the file again restores it.
 */
const BULK = { durability: 'relaxed' } as const;

/** The stored record of an ad (without its row chunk key) as the bench's record. */
function recordOf(entry: AdEntry, review: Review | undefined): AdRecord {
  const { verdict, scoredAt, rowChunk: _chunk, ...ad } = entry;
  return { ad, verdict: { adId: entry.id, verdict, scoredAt }, review: review ?? newReview(entry.id, entry.addedAt) };
}

/**
 * Stores ads with their verdicts (one record each), their table rows (one chunk, `chunkId`) and any
 * reviews they bring, in one transaction. An ad already stored is left as it is and counted in
 * `existing`: two workers, or "send to bench" racing an import, never overwrite each other. The
 * check is the write itself (`add` fails on an existing key; the failure is caught so it does not
 * abort the transaction), so a new ad costs one request.
 */
export async function addScoredAds(db: TriageDatabase, items: readonly ScoredAd[], chunkId: string): Promise<{ added: string[]; existing: string[] }> {
  if (items.length === 0) return { added: [], existing: [] };
  const tx = db.transaction(['ads', 'reviews', 'rows', 'meta'], 'readwrite', BULK);
  const ads = unwrap(tx.objectStore('ads'));
  const outcomes = await Promise.all(
    items.map(
      (item) =>
        new Promise<boolean>((resolve) => {
          const entry: AdEntry = { ...item.ad, verdict: item.verdict, scoredAt: item.scoredAt, rowChunk: chunkId };
          const request = ads.add(entry);
          request.onsuccess = () => resolve(true);
          request.onerror = (event) => {
            if (request.error?.name !== 'ConstraintError') return; // anything else aborts, and tx.done rejects
            event.preventDefault();
            event.stopPropagation();
            resolve(false);
          };
        }),
    ),
  );
  const added: string[] = [];
  const existing: string[] = [];
  const rows: TriageRow[] = [];
  const writes: Promise<unknown>[] = [];
  items.forEach((item, i) => {
    if (!outcomes[i]) {
      existing.push(item.ad.id);
      return;
    }
    added.push(item.ad.id);
    rows.push(buildRow(item.ad, item.verdict));
    if (item.review) writes.push(tx.objectStore('reviews').put(item.review));
  });
  if (rows.length > 0) writes.push(tx.objectStore('rows').put({ id: chunkId, rows }), tx.objectStore('meta').put(true, 'clustersStale'));
  await Promise.all([...writes, tx.done]);
  return { added, existing };
}

/**
 * Re-scores the ads of one row chunk with `score` and writes their records and the chunk back;
 * reviews are not touched. Returns how many ads were re-scored (rows already scored with the same
 * pack are left alone).
 */
export async function rescoreChunk(db: TriageDatabase, chunkId: string, version: string, score: (ad: StoredAd) => Verdict, scoredAt: string): Promise<number> {
  const tx = db.transaction(['ads', 'rows', 'meta'], 'readwrite', BULK);
  const chunk = await tx.objectStore('rows').get(chunkId);
  if (!chunk) {
    await tx.done;
    return 0;
  }
  const stale = chunk.rows.filter((r) => r.rulePackVersion !== version);
  const entries = await Promise.all(stale.map((r) => tx.objectStore('ads').get(r.id)));
  const fresh = new Map<string, TriageRow>();
  const writes: Promise<unknown>[] = [];
  for (const entry of entries) {
    if (!entry) continue;
    const { ad } = recordOf(entry, undefined);
    const verdict = score(ad);
    fresh.set(ad.id, buildRow(ad, verdict));
    writes.push(tx.objectStore('ads').put({ ...entry, verdict, scoredAt }));
  }
  if (fresh.size > 0) {
    writes.push(tx.objectStore('rows').put({ id: chunk.id, rows: chunk.rows.map((r) => fresh.get(r.id) ?? r) }), tx.objectStore('meta').put(true, 'clustersStale'));
  }
  await Promise.all([...writes, tx.done]);
  return fresh.size;
}

/** Every table row, chunk by chunk in key order. */
export async function allRows(db: TriageDatabase): Promise<TriageRow[]> {
  // A cursor, not getAll: each chunk is read (and deserialised) in its own task, so 10,000 rows do not
  // block the page for one long task.
  const rows: TriageRow[] = [];
  for (let cursor = await db.transaction('rows').store.openCursor(); cursor; cursor = await cursor.continue()) {
    for (const row of (cursor.value as RowChunk).rows) rows.push(row);
  }
  return rows;
}

/** The keys of the row chunks, for walking the bench in batches. */
export async function rowChunkIds(db: TriageDatabase): Promise<string[]> {
  return db.getAllKeys('rows');
}

/** Ad, verdict and review of one ad, or undefined when it is not stored. */
export async function adRecord(db: TriageDatabase, id: string): Promise<AdRecord | undefined> {
  const tx = db.transaction(['ads', 'reviews'], 'readonly');
  const [entry, review] = await Promise.all([tx.objectStore('ads').get(id), tx.objectStore('reviews').get(id), tx.done]);
  return entry ? recordOf(entry, review) : undefined;
}

/** Every stored ad with its verdict and review, in id order (for export). */
export async function allAdRecords(db: TriageDatabase): Promise<AdRecord[]> {
  const tx = db.transaction(['ads', 'reviews'], 'readonly');
  const [entries, reviews] = await Promise.all([tx.objectStore('ads').getAll(), tx.objectStore('reviews').getAll(), tx.done]);
  const reviewOf = new Map<string, Review>(reviews.map((r) => [r.adId, r]));
  return entries.map((entry) => recordOf(entry, reviewOf.get(entry.id)));
}
