import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { screenPost } from '../../src/engine/screen-post';
import { contentHash } from '../../src/import/content-hash';
import type { Post } from '../../src/model/post';
import { openTriageDb } from '../../src/triage/db/open';
import { STORE_NAMES, TRIAGE_DB_VERSION } from '../../src/triage/db/schema';
import { newReview, type StoredAd } from '../../src/triage/model';
import { adRecord, allRows } from '../../src/triage/repo/ads';
import { clustersStale } from '../../src/triage/repo/clusters';
import { recluster } from '../../src/triage/rescore';
import { buildRow } from '../../src/triage/rows';
import { rulePack } from '../helpers/rule-pack';
import { START } from './helpers';

let n = 0;
const dbName = () => `migrations-${process.pid}-${++n}`;

const posts: Post[] = [
  { id: '1', platform: 'facebook', text: 'Dicari admin di Kamboja, gaji 20 juta, visa ditanggung. Telegram @rekrut_asia_hr' },
  { id: '2', platform: 'x', text: 'Typing job in Myawaddy, free visa. Telegram @rekrut_asia_hr' },
];

/**
 * A version-1 database exactly as the first release laid it out, written with raw IndexedDB calls
 * (not with our migrations), holding two ads with verdicts and one reviewed ad.
 */
async function makeV1(name: string): Promise<StoredAd[]> {
  const db = await openDB(name, 1, {
    upgrade(d) {
      d.createObjectStore('ads', { keyPath: 'id' }).createIndex('addedAt', 'addedAt');
      d.createObjectStore('verdicts', { keyPath: 'adId' });
      d.createObjectStore('reviews', { keyPath: 'adId' }).createIndex('status', 'status');
      d.createObjectStore('meta');
    },
  });
  const ads = posts.map((post) => ({ id: contentHash(post), post, importId: 'imp-1', ref: `row ${post.id}`, addedAt: START }));
  for (const ad of ads) {
    await db.put('ads', ad);
    await db.put('verdicts', { adId: ad.id, verdict: screenPost(ad.post, rulePack().pack), scoredAt: START });
  }
  await db.put('reviews', { ...newReview(ads[0]!.id, START), status: 'confirmed', note: 'seen twice', tags: ['kh'] });
  db.close();
  return ads;
}

describe('triage database migrations', () => {
  it('creates the current schema from nothing', async () => {
    const name = dbName();
    const db = await openTriageDb({ name });
    expect(db.version).toBe(TRIAGE_DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([...STORE_NAMES].sort());
    const tx = db.transaction(['ads', 'reviews', 'imports']);
    expect([...tx.objectStore('ads').indexNames]).toEqual(['addedAt']);
    expect([...tx.objectStore('reviews').indexNames]).toEqual(['status']);
    expect([...tx.objectStore('imports').indexNames]).toEqual(['at']);
    db.close();
  });

  it('upgrades a version-1 database: data kept, rows back-filled, clusters marked stale then built', async () => {
    const name = dbName();
    const ads = await makeV1(name);
    const db = await openTriageDb({ name });
    expect(db.version).toBe(2);
    const rows = await allRows(db);
    expect(rows).toHaveLength(2);
    for (const ad of ads) {
      const record = (await adRecord(db, ad.id))!;
      expect(record.ad).toEqual(ad);
      expect(rows.find((r) => r.id === ad.id)).toEqual(buildRow(ad, record.verdict.verdict));
    }
    expect((await adRecord(db, ads[0]!.id))!.review).toMatchObject({ status: 'confirmed', note: 'seen twice', tags: ['kh'] });
    expect((await adRecord(db, ads[1]!.id))!.review.status).toBe('new');
    expect(await clustersStale(db)).toBe(true);
    const clusters = await recluster(db);
    expect(clusters.map((c) => c.adIds.length)).toEqual([2]);
    expect(await clustersStale(db)).toBe(false);
    db.close();
  });

  it('leaves a version-1 database untouched when a migration step fails', async () => {
    const name = dbName();
    await makeV1(name);
    const raw = await openDB(name, 1);
    await raw.put('ads', { id: 'broken', importId: 'imp-1', ref: 'row 9', addedAt: START }); // no post: buildRow throws
    await raw.put('verdicts', { adId: 'broken', verdict: screenPost(posts[0]!, rulePack().pack), scoredAt: START });
    raw.close();
    await expect(openTriageDb({ name })).rejects.toThrow();
    const after = await openDB(name);
    expect(after.version).toBe(1);
    expect(await after.count('ads')).toBe(3);
    after.close();
  });

  it('does not block on a connection left open by an older page: it closes itself', async () => {
    const name = dbName();
    await makeV1(name);
    let closed = false;
    const old = await openTriageDb({ name, version: 1, onClosed: () => (closed = true) });
    const db = await openTriageDb({ name });
    expect(db.version).toBe(2);
    expect(closed).toBe(true);
    expect(() => old.transaction('ads')).toThrow();
    db.close();
  });
});
