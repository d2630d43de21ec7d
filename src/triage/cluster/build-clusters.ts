import { BANDS as BAND_ORDER, type Band } from '../../model/verdict';
import type { Cluster, SharedLink, TriageRow } from '../model';
import { describeLink } from './link-keys';
import { nearDuplicatePairs } from './minhash';
import { UnionFind } from './union-find';

export type ClusterInput = Pick<TriageRow, 'id' | 'score' | 'band' | 'links' | 'signature'>;

const bandRank = (b: Band): number => BAND_ORDER.indexOf(b);

/**
 * Groups ads into clusters: two ads are linked when they share a contact (a link key, see
 * link-keys.ts) or their texts are near-duplicates (minhash.ts); a cluster is a connected group of
 * two or more ads (union-find), so ads joined through a chain — A and B share a phone, B and C a
 * Telegram handle — are one cluster, as investigators link them. Deterministic: the same rows in
 * any order give the same clusters.
 */
export function buildClusters(input: readonly ClusterInput[]): Cluster[] {
  const rows = [...input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const uf = new UnionFind(rows.length);

  const byKey = new Map<string, number[]>();
  rows.forEach((row, i) => {
    for (const key of row.links) {
      const list = byKey.get(key);
      if (list) list.push(i);
      else byKey.set(key, [i]);
    }
  });
  for (const members of byKey.values()) for (let k = 1; k < members.length; k++) uf.union(members[0]!, members[k]!);

  const textLinked = new Uint8Array(rows.length);
  for (const [a, b] of nearDuplicatePairs(rows)) {
    uf.union(a, b);
    textLinked[a] = 1;
    textLinked[b] = 1;
  }

  const groups = new Map<number, number[]>();
  rows.forEach((_, i) => {
    const root = uf.find(i);
    const g = groups.get(root);
    if (g) g.push(i);
    else groups.set(root, [i]);
  });

  const clusters: Cluster[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const counts = new Map<string, number>();
    for (const i of members) for (const key of rows[i]!.links) counts.set(key, (counts.get(key) ?? 0) + 1);
    const shared: SharedLink[] = [...counts]
      .filter(([, n]) => n >= 2)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([key, count]) => ({ key, ...describeLink(key), count }));
    const ads = members.map((i) => rows[i]!).sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    let maxBand: Band = 'low';
    for (const ad of ads) if (bandRank(ad.band) > bandRank(maxBand)) maxBand = ad.band;
    clusters.push({
      id: `c-${rows[members[0]!]!.id}`,
      adIds: ads.map((a) => a.id),
      shared,
      nearDuplicates: members.reduce((n, i) => n + textLinked[i]!, 0),
      maxBand,
      maxScore: ads[0]!.score,
    });
  }
  return clusters.sort((a, b) => bandRank(b.maxBand) - bandRank(a.maxBand) || b.adIds.length - a.adIds.length || (a.id < b.id ? -1 : 1));
}
