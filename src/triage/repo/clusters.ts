import type { TriageDatabase } from '../db/open';
import type { Cluster } from '../model';

// Clusters are derived and always replaced whole, so they are one value (`meta.clusters`), written
// only by `recluster` (rescore.ts), which reads the rows in the same transaction.

export async function allClusters(db: TriageDatabase): Promise<Cluster[]> {
  return ((await db.get('meta', 'clusters')) as Cluster[] | undefined) ?? [];
}

/** True when ads were added, re-scored or restored since clusters were last built. */
export async function clustersStale(db: TriageDatabase): Promise<boolean> {
  return (await db.get('meta', 'clustersStale')) === true;
}
