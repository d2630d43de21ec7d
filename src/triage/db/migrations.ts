import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { AdEntry, RowChunk, StoredAd, StoredVerdict } from '../model';
import { buildRow } from '../rows';
import type { TriageDb } from './schema';

type UpgradeDb = IDBPDatabase<TriageDb>;
type UpgradeTx = IDBPTransaction<TriageDb, StoreNames<TriageDb>[], 'versionchange'>;

/** How many rows one chunk holds when the migration builds them (imports chunk by batch). */
const MIGRATION_CHUNK = 200;

/**
 * One step per schema version: `MIGRATIONS[v - 1]` takes a database at version v − 1 to v. A step
 * never awaits anything but IndexedDB (the upgrade transaction closes when the event loop turns).
 * Opening a version-0 database runs them all; opening one left at an older version by an older
 * extension runs the rest; a step that throws aborts the upgrade and leaves the old version as it
 * was. Tested in tests/triage/migrations.test.ts from databases of each older version made by hand.
 */
export const MIGRATIONS: readonly ((db: UpgradeDb, tx: UpgradeTx) => Promise<void> | void)[] = [
  // 1: ads, their verdicts, the reviewer's decisions, and a key-value store.
  (db) => {
    const ads = db.createObjectStore('ads', { keyPath: 'id' });
    ads.createIndex('addedAt', 'addedAt');
    (db as unknown as IDBPDatabase).createObjectStore('verdicts', { keyPath: 'adId' });
    const reviews = db.createObjectStore('reviews', { keyPath: 'adId' });
    reviews.createIndex('status', 'status');
    db.createObjectStore('meta');
  },
  // 2: each verdict moves into its ad's record, table rows are built in chunks, the import log starts.
  async (db, tx) => {
    db.createObjectStore('rows', { keyPath: 'id' });
    db.createObjectStore('imports', { keyPath: 'id' }).createIndex('at', 'at');
    const legacy = tx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>;
    const verdicts = legacy.objectStore('verdicts');
    const rows = tx.objectStore('rows');
    let chunk: RowChunk = { id: 'migrated:0', rows: [] };
    let chunks = 0;
    for (let cursor = await tx.objectStore('ads').openCursor(); cursor; cursor = await cursor.continue()) {
      const ad = cursor.value as unknown as StoredAd;
      const stored = (await verdicts.get(ad.id)) as StoredVerdict | undefined;
      if (!stored) {
        await cursor.delete(); // an ad without a verdict cannot be shown; v1 never wrote one
        continue;
      }
      const entry: AdEntry = { ...ad, verdict: stored.verdict, scoredAt: stored.scoredAt, rowChunk: chunk.id };
      chunk.rows.push(buildRow(ad, stored.verdict));
      await cursor.update(entry);
      if (chunk.rows.length >= MIGRATION_CHUNK) {
        await rows.put(chunk);
        chunk = { id: `migrated:${++chunks}`, rows: [] };
      }
    }
    if (chunk.rows.length > 0) await rows.put(chunk);
    if (chunks > 0 || chunk.rows.length > 0) await tx.objectStore('meta').put(true, 'clustersStale');
    (db as unknown as IDBPDatabase).deleteObjectStore('verdicts');
  },
];

/** Runs the steps from `oldVersion` up to `newVersion` inside the upgrade transaction. */
export async function migrate(db: UpgradeDb, oldVersion: number, newVersion: number, tx: UpgradeTx): Promise<void> {
  for (let v = oldVersion; v < newVersion; v++) await MIGRATIONS[v]!(db, tx);
}
