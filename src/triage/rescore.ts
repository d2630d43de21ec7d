import { screenPost } from '../engine/screen-post';
import type { RulePack } from '../rules/compiled-rule';
import { buildClusters } from './cluster/build-clusters';
import type { TriageDatabase } from './db/open';
import type { Cluster, StoredAd, TriageRow } from './model';
import { replaceVerdicts } from './repo/ads';
import type { Shard } from './ingest';

/** Ads whose verdict came from another rule pack than `version` (the bench re-scores them on open). */
export function staleAdIds(rows: readonly Pick<TriageRow, 'id' | 'rulePackVersion'>[], version: string): string[] {
  return rows.filter((r) => r.rulePackVersion !== version).map((r) => r.id);
}

export interface RescoreOptions {
  pack: RulePack;
  shard?: Shard;
  batchSize?: number;
  isCancelled?: () => boolean;
  onProgress?: (done: number) => void;
}

/**
 * Scores the given ads again with `pack` and replaces their verdicts and rows; reviews are not
 * touched. Batch b of the id list belongs to shard b mod count, as in `ingest`. Returns how many
 * ads this shard re-scored.
 */
export async function rescoreAds(db: TriageDatabase, ids: readonly string[], opts: RescoreOptions): Promise<number> {
  const shard = opts.shard ?? { index: 0, count: 1 };
  const size = opts.batchSize ?? 200;
  let done = 0;
  for (let b = 0, from = 0; from < ids.length; b++, from += size) {
    if (b % shard.count !== shard.index) continue;
    if (opts.isCancelled?.()) break;
    const ads = (await Promise.all(ids.slice(from, from + size).map((id) => db.get('ads', id)))).filter((a): a is StoredAd => a !== undefined);
    const scoredAt = new Date().toISOString();
    await replaceVerdicts(db, ads.map((ad) => ({ ad, verdict: screenPost(ad.post, opts.pack), scoredAt })));
    done += ads.length;
    opts.onProgress?.(done);
  }
  return done;
}

/**
 * Rebuilds every cluster from the stored rows, in one transaction (building is synchronous), so an
 * ad sent to the bench meanwhile either is in the new clusters or leaves them marked stale.
 */
export async function recluster(db: TriageDatabase): Promise<Cluster[]> {
  const tx = db.transaction(['rows', 'clusters', 'meta'], 'readwrite');
  const clusters = buildClusters(await tx.objectStore('rows').getAll());
  const store = tx.objectStore('clusters');
  await store.clear();
  await Promise.all([...clusters.map((c) => store.put(c)), tx.objectStore('meta').put(false, 'clustersStale'), tx.done]);
  return clusters;
}
