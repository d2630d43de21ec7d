import { BANDS as BAND_ORDER, type Band } from '../../model/verdict';
import type { Cluster, SharedLink, TriageRow } from '../model';
import { describeLink } from './link-keys';
import { nearDuplicatePairs } from './minhash';
import { UnionFind } from './union-find';

export type ClusterInput = Pick<TriageRow, 'id' | 'score' | 'band' | 'links' | 'signature'>;

const bandRank = (b: Band): number => BAND_ORDER.indexOf(b);
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Groups ads into clusters of two kinds (see Cluster): contact clusters are the connected groups of
 * ads that share a link key (link-keys.ts) — union-find over "shares a key with" — and text
 * clusters the connected groups of near-duplicate texts (minhash.ts). Deterministic: the same rows
 * in any order give the same clusters.
 */
export function buildClusters(input: readonly ClusterInput[]): Cluster[] {
  const rows = [...input].sort(byId);

  const contacts = new UnionFind(rows.length);
  const firstWithKey = new Map<string, number>();
  rows.forEach((row, i) => {
    for (const key of row.links) {
      const first = firstWithKey.get(key);
      if (first === undefined) firstWithKey.set(key, i);
      else contacts.union(first, i);
    }
  });

  const texts = new UnionFind(rows.length);
  for (const [a, b] of nearDuplicatePairs(rows)) texts.union(a, b);

  const clusters = [...groups(rows, contacts, 'contact'), ...groups(rows, texts, 'text')];
  return clusters.sort(
    (a, b) =>
      bandRank(b.maxBand) - bandRank(a.maxBand) ||
      b.adIds.length - a.adIds.length ||
      (a.kind === b.kind ? 0 : a.kind === 'contact' ? -1 : 1) ||
      (a.id < b.id ? -1 : 1),
  );
}

function groups(rows: readonly ClusterInput[], uf: UnionFind, kind: Cluster['kind']): Cluster[] {
  const byRoot = new Map<number, number[]>();
  rows.forEach((_, i) => {
    const root = uf.find(i);
    const g = byRoot.get(root);
    if (g) g.push(i);
    else byRoot.set(root, [i]);
  });
  const out: Cluster[] = [];
  for (const members of byRoot.values()) {
    if (members.length < 2) continue;
    const counts = new Map<string, number>();
    for (const i of members) for (const key of rows[i]!.links) counts.set(key, (counts.get(key) ?? 0) + 1);
    const shared: SharedLink[] = [...counts]
      .filter(([, n]) => n >= 2)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([key, count]) => ({ key, ...describeLink(key), count }));
    const ads = members.map((i) => rows[i]!).sort((a, b) => b.score - a.score || byId(a, b));
    let maxBand: Band = 'low';
    for (const ad of ads) if (bandRank(ad.band) > bandRank(maxBand)) maxBand = ad.band;
    out.push({
      // members are in row order, so members[0] is the smallest id
      id: `${kind === 'contact' ? 'c' : 't'}-${rows[members[0]!]!.id}`,
      kind,
      adIds: ads.map((a) => a.id),
      shared,
      maxBand,
      maxScore: ads[0]!.score,
    });
  }
  return out;
}
