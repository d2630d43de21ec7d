import { openDB, type IDBPDatabase } from 'idb';
import { migrate } from './migrations';
import { TRIAGE_DB_NAME, TRIAGE_DB_VERSION, type TriageDb } from './schema';

export type TriageDatabase = IDBPDatabase<TriageDb>;

export interface OpenOptions {
  name?: string;
  /** Only for migration tests: open at an older version. */
  version?: number;
  /** Called when this connection was closed so another one can upgrade or delete the database. */
  onClosed?: () => void;
}

/**
 * Opens (creating or upgrading) the bench database. The connection closes itself when another one
 * needs a new version or deletes the database ("delete all" from the options page), so it never
 * blocks them; callers drop it in `onClosed` and open a new one on their next access.
 */
export async function openTriageDb(opts: OpenOptions = {}): Promise<TriageDatabase> {
  const version = opts.version ?? TRIAGE_DB_VERSION;
  let upgradeDone: Promise<void> = Promise.resolve();
  const db = await openDB<TriageDb>(opts.name ?? TRIAGE_DB_NAME, version, {
    upgrade(database, oldVersion, newVersion, tx) {
      upgradeDone = migrate(database, oldVersion, newVersion ?? version, tx);
      // a failed step aborts the upgrade, so the database stays at its old version with its data;
      // openDB then rejects with the abort, and the step's own error is what `await upgradeDone` throws
      upgradeDone.catch(() => tx.abort());
      tx.done.catch(() => undefined);
    },
    blocking() {
      db.close();
      opts.onClosed?.();
    },
    terminated() {
      opts.onClosed?.();
    },
  });
  await upgradeDone;
  return db;
}

/** A lazily opened connection that reopens after it was closed by an upgrade or a delete elsewhere. */
export class DbHandle {
  private db: Promise<TriageDatabase> | undefined;

  constructor(private readonly opts: Omit<OpenOptions, 'onClosed'> = {}) {}

  get(): Promise<TriageDatabase> {
    this.db ??= openTriageDb({ ...this.opts, onClosed: () => (this.db = undefined) }).catch((err: unknown) => {
      this.db = undefined;
      throw err;
    });
    return this.db;
  }

  async close(): Promise<void> {
    const db = this.db;
    this.db = undefined;
    if (db) (await db.catch(() => undefined))?.close();
  }
}
