import type { Verdict } from '../../model/verdict';
import type { TriageDatabase } from '../db/open';
import { newReview, type AdRecord, type Review, type StoredAd, type StoredVerdict, type TriageRow } from '../model';
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
 * after a batch can lose that batch, and importing the file again restores it, while a 10,000-ad
 * import saves seconds of fsyncs.
 */
const BULK = { durability: 'relaxed' } as const;

/**
 * Stores ads with their verdicts, rows and reviews in one transaction. An ad already stored is left
 * as it is (its review too) and counted in `existing`: two workers importing overlapping files, or
 * "send to bench" racing an import, never overwrite each other's work.
 */
export async function addScoredAds(db: TriageDatabase, items: readonly ScoredAd[]): Promise<{ added: string[]; existing: string[] }> {
  const tx = db.transaction(['ads', 'verdicts', 'reviews', 'rows', 'meta'], 'readwrite', BULK);
  const ads = tx.objectStore('ads');
  const added: string[] = [];
  const existing: string[] = [];
  const present = await Promise.all(items.map((item) => ads.getKey(item.ad.id)));
  const writes: Promise<unknown>[] = [];
  items.forEach((item, i) => {
    if (present[i] !== undefined) {
      existing.push(item.ad.id);
      return;
    }
    added.push(item.ad.id);
    writes.push(
      ads.put(item.ad),
      tx.objectStore('verdicts').put({ adId: item.ad.id, verdict: item.verdict, scoredAt: item.scoredAt }),
      tx.objectStore('rows').put(buildRow(item.ad, item.verdict)),
    );
    if (item.review) writes.push(tx.objectStore('reviews').put(item.review));
  });
  if (added.length > 0) writes.push(tx.objectStore('meta').put(true, 'clustersStale'));
  await Promise.all([...writes, tx.done]);
  return { added, existing };
}

/** Replaces the verdicts (and so the rows) of stored ads, e.g. after the rule pack changed. Reviews stay. */
export async function replaceVerdicts(db: TriageDatabase, items: readonly { ad: StoredAd; verdict: Verdict; scoredAt: string }[]): Promise<void> {
  const tx = db.transaction(['verdicts', 'rows', 'meta'], 'readwrite', BULK);
  const writes: Promise<unknown>[] = [];
  for (const { ad, verdict, scoredAt } of items) {
    writes.push(tx.objectStore('verdicts').put({ adId: ad.id, verdict, scoredAt }), tx.objectStore('rows').put(buildRow(ad, verdict)));
  }
  writes.push(tx.objectStore('meta').put(true, 'clustersStale'));
  await Promise.all([...writes, tx.done]);
}

/** Up to `limit` ads in key order after `afterId` (exclusive): for walking the store in batches. */
export async function adsAfter(db: TriageDatabase, afterId: string | undefined, limit: number): Promise<StoredAd[]> {
  const range = afterId === undefined ? undefined : IDBKeyRange.lowerBound(afterId, true);
  return db.getAll('ads', range, limit);
}

export async function allRows(db: TriageDatabase): Promise<TriageRow[]> {
  return db.getAll('rows');
}

/** Ad, verdict and review of one ad, or undefined when it is not stored. */
export async function adRecord(db: TriageDatabase, id: string): Promise<AdRecord | undefined> {
  const tx = db.transaction(['ads', 'verdicts', 'reviews'], 'readonly');
  const [ad, verdict, review] = await Promise.all([
    tx.objectStore('ads').get(id),
    tx.objectStore('verdicts').get(id),
    tx.objectStore('reviews').get(id),
    tx.done,
  ]);
  if (!ad || !verdict) return undefined;
  return { ad, verdict, review: review ?? newReview(id, ad.addedAt) };
}

/** Every stored ad with its verdict and review, in id order (for export). */
export async function allAdRecords(db: TriageDatabase): Promise<AdRecord[]> {
  const tx = db.transaction(['ads', 'verdicts', 'reviews'], 'readonly');
  const [ads, verdicts, reviews] = await Promise.all([
    tx.objectStore('ads').getAll(),
    tx.objectStore('verdicts').getAll(),
    tx.objectStore('reviews').getAll(),
    tx.done,
  ]);
  const verdictOf = new Map<string, StoredVerdict>(verdicts.map((v) => [v.adId, v]));
  const reviewOf = new Map<string, Review>(reviews.map((r) => [r.adId, r]));
  return ads.flatMap((ad) => {
    const verdict = verdictOf.get(ad.id);
    return verdict ? [{ ad, verdict, review: reviewOf.get(ad.id) ?? newReview(ad.id, ad.addedAt) }] : [];
  });
}
