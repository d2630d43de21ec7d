import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { StoredAd, StoredVerdict } from '../model';
import { buildRow } from '../rows';
import type { TriageDb } from './schema';

type UpgradeDb = IDBPDatabase<TriageDb>;
type UpgradeTx = IDBPTransaction<TriageDb, StoreNames<TriageDb>[], 'versionchange'>;

/**
 * One step per schema version: `MIGRATIONS[v - 1]` takes a database at version v − 1 to v. A step
 * only ever adds to what the earlier ones made, and never awaits anything but IndexedDB (the
 * upgrade transaction closes when the event loop turns). Opening a version-0 database runs them all;
 * opening one left at an older version by an older extension runs the rest. Tested in
 * tests/triage/migrations.test.ts from hand-made databases of each older version.
 */
export const MIGRATIONS: readonly ((db: UpgradeDb, tx: UpgradeTx) => Promise<void> | void)[] = [
  // 1: ads, their verdicts, the reviewer's decisions, and a key-value store.
  (db) => {
    const ads = db.createObjectStore('ads', { keyPath: 'id' });
    ads.createIndex('addedAt', 'addedAt');
    db.createObjectStore('verdicts', { keyPath: 'adId' });
    const reviews = db.createObjectStore('reviews', { keyPath: 'adId' });
    reviews.createIndex('status', 'status');
    db.createObjectStore('meta');
  },
  // 2: the table's rows and the clusters (both derived), and the import log. Version 1 computed the
  // table from every verdict at each start; rows make a 10,000-ad bench open in a fraction of that.
  async (db, tx) => {
    db.createObjectStore('rows', { keyPath: 'id' });
    db.createObjectStore('clusters', { keyPath: 'id' });
    const imports = db.createObjectStore('imports', { keyPath: 'id' });
    imports.createIndex('at', 'at');
    const verdicts = tx.objectStore('verdicts');
    const rows = tx.objectStore('rows');
    let filled = 0;
    for (let cursor = await tx.objectStore('ads').openCursor(); cursor; cursor = await cursor.continue()) {
      const ad = cursor.value as StoredAd;
      const stored = (await verdicts.get(ad.id)) as StoredVerdict | undefined;
      if (stored) {
        await rows.put(buildRow(ad, stored.verdict));
        filled++;
      }
    }
    if (filled > 0) await tx.objectStore('meta').put(true, 'clustersStale');
  },
];

/** Runs the steps from `oldVersion` up to `newVersion` inside the upgrade transaction. */
export async function migrate(db: UpgradeDb, oldVersion: number, newVersion: number, tx: UpgradeTx): Promise<void> {
  for (let v = oldVersion; v < newVersion; v++) await MIGRATIONS[v]!(db, tx);
}
