import { screenPost } from '../engine/screen-post';
import type { RulePack } from '../rules/compiled-rule';
import { buildClusters } from './cluster/build-clusters';
import type { TriageDatabase } from './db/open';
import type { Shard } from './ingest';
import type { Cluster, RowChunk, TriageRow } from './model';
import { rescoreChunk, rowChunkIds } from './repo/ads';

/** Ads whose verdict came from another rule pack than `version` (the bench re-scores them on open). */
export function staleAdIds(rows: readonly Pick<TriageRow, 'id' | 'rulePackVersion'>[], version: string): string[] {
  return rows.filter((r) => r.rulePackVersion !== version).map((r) => r.id);
}

export interface RescoreOptions {
  pack: RulePack;
  shard?: Shard;
  isCancelled?: () => boolean;
  onProgress?: (done: number) => void;
}

/**
 * Scores again, with `pack`, every ad whose verdict came from another rule pack, chunk by chunk
 * (chunk c belongs to shard c mod count), replacing verdicts and rows; reviews are not touched.
 * Returns how many ads this shard re-scored.
 */
export async function rescoreStale(db: TriageDatabase, opts: RescoreOptions): Promise<number> {
  const shard = opts.shard ?? { index: 0, count: 1 };
  const chunks = await rowChunkIds(db);
  let done = 0;
  for (let c = shard.index; c < chunks.length; c += shard.count) {
    if (opts.isCancelled?.()) break;
    done += await rescoreChunk(db, chunks[c]!, opts.pack.version, (ad) => screenPost(ad.post, opts.pack), new Date().toISOString());
    opts.onProgress?.(done);
  }
  return done;
}

/**
 * Rebuilds every cluster from the stored rows, in one transaction (building is synchronous), so an
 * ad sent to the bench meanwhile either is in the new clusters or leaves them marked stale.
 */
export async function recluster(db: TriageDatabase): Promise<Cluster[]> {
  const tx = db.transaction(['rows', 'meta'], 'readwrite');
  const chunks: RowChunk[] = await tx.objectStore('rows').getAll();
  const clusters = buildClusters(chunks.flatMap((c) => c.rows));
  await Promise.all([tx.objectStore('meta').put(clusters, 'clusters'), tx.objectStore('meta').put(false, 'clustersStale'), tx.done]);
  return clusters;
}
