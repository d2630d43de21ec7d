import { browser } from 'wxt/browser';
import { LOCAL_KEYS, STORAGE_VERSION } from './layout';
import { diffSnapshots, migrateSnapshot, type Snapshot } from './migrations';

/**
 * The one door to storage.local. Every read and write first makes sure the stored layout has been
 * migrated to STORAGE_VERSION (once per extension context: background, each page).
 */

let ready: Promise<void> | undefined;

async function migrateNow(): Promise<void> {
  const local = browser.storage.local;
  const { [LOCAL_KEYS.meta]: meta } = await local.get(LOCAL_KEYS.meta);
  if (typeof meta === 'object' && meta !== null && (meta as { version?: unknown }).version === STORAGE_VERSION) return;
  const before = (await local.get(null)) as Snapshot;
  const result = migrateSnapshot(before);
  if (result.newer) return; // written by a newer Waspada: leave it, the lenient readers cope
  const { set, remove } = diffSnapshots(before, result.snapshot);
  if (Object.keys(set).length > 0) await local.set(set);
  if (remove.length > 0) await local.remove(remove);
}

/** Resolves once storage.local is in the current layout. Safe to call often. */
export function ensureMigrated(): Promise<void> {
  ready ??= migrateNow().catch((err: unknown) => {
    ready = undefined; // try again next time rather than never
    throw err;
  });
  return ready;
}

/** Forgets that migration ran (tests, and after "delete all my data"). */
export function resetMigrationState(): void {
  ready = undefined;
}

export async function readLocal(key: string): Promise<unknown> {
  await ensureMigrated();
  const { [key]: value } = await browser.storage.local.get(key);
  return value;
}

export async function writeLocal(key: string, value: unknown): Promise<void> {
  await ensureMigrated();
  await browser.storage.local.set({ [key]: value });
}

/** The whole of storage.local, for export. */
export async function readAllLocal(): Promise<Record<string, unknown>> {
  await ensureMigrated();
  return (await browser.storage.local.get(null)) as Record<string, unknown>;
}

/**
 * Serialises read-modify-write updates of one key within this context, so two quick clicks do not
 * overwrite each other. (Different contexts can still race; each update is small and idempotent.)
 */
const queues = new Map<string, Promise<unknown>>();
export function updateLocal<T>(key: string, change: (current: unknown) => T): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.then(async () => {
    const value = change(await readLocal(key));
    await writeLocal(key, value);
    return value;
  });
  queues.set(key, next.catch(() => undefined));
  return next;
}

/** Calls `callback` with the new value whenever `key` changes in storage.local; returns an unsubscribe. */
export function watchLocal(key: string, callback: (value: unknown) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && key in changes) callback(changes[key]!.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
