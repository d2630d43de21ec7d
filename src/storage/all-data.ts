import { browser } from 'wxt/browser';
import { LOCAL_KEYS, STORAGE_VERSION } from './layout';
import { deleteAllDrafts } from './report-drafts';
import { readAllLocal, resetMigrationState } from './store';

/**
 * "Export all my data" and "Delete all my data": everything Waspada stores, in one place.
 *
 * The triage bench keeps its own IndexedDB database. Its module src/triage/delete-all.ts (and,
 * optionally, src/triage/export-all.ts) is found at build time: when it exists its
 * deleteAllTriageData() / exportAllTriageData() are called; when it does not, there is no triage
 * data to handle. import.meta.glob keeps this compiling either way.
 */

type TriageDeleteModule = { deleteAllTriageData?: () => Promise<unknown> };
type TriageExportModule = { exportAllTriageData?: () => Promise<unknown> };

const triageDelete = import.meta.glob<TriageDeleteModule>('../triage/delete-all.ts');
const triageExport = import.meta.glob<TriageExportModule>('../triage/export-all.ts');

async function firstExport<M, K extends keyof M>(modules: Record<string, () => Promise<M>>, name: K): Promise<M[K] | undefined> {
  const load = Object.values(modules)[0];
  if (!load) return undefined;
  const mod = await load();
  return mod[name];
}

export const EXPORT_FORMAT = 'waspada-export/1';

/** How long the triage database may take (an upgrade or open connection can block IndexedDB). */
export const TRIAGE_TIMEOUT_MS = 20_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from the triage database after ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export interface DataExport {
  readonly format: typeof EXPORT_FORMAT;
  readonly exportedAt: string;
  readonly storageVersion: number;
  /** Every key of storage.local as stored (settings, report history, "not a scam" list …). */
  readonly local: Record<string, unknown>;
  /** The triage database, when the triage bench exposes an export; otherwise why not. */
  readonly triage: unknown;
}

/** The triage bench's hooks; found by import.meta.glob, replaceable in tests. */
export interface TriageHooks {
  readonly deleteAllTriageData?: () => Promise<unknown>;
  readonly exportAllTriageData?: () => Promise<unknown>;
}

export async function bundledTriageHooks(): Promise<TriageHooks> {
  const del = await firstExport(triageDelete, 'deleteAllTriageData');
  const exp = await firstExport(triageExport, 'exportAllTriageData');
  return {
    ...(typeof del === 'function' ? { deleteAllTriageData: del } : {}),
    ...(typeof exp === 'function' ? { exportAllTriageData: exp } : {}),
  };
}

export async function exportAllData(exportedAt: string = new Date().toISOString(), hooks?: TriageHooks): Promise<DataExport> {
  const local = await readAllLocal();
  let triage: unknown = { included: false, reason: 'the triage bench exposes no export here; export its data from the triage page' };
  const exportTriage = (hooks ?? (await bundledTriageHooks())).exportAllTriageData;
  if (typeof exportTriage === 'function') {
    try {
      triage = await withTimeout(exportTriage(), TRIAGE_TIMEOUT_MS);
    } catch (err) {
      triage = { included: false, reason: `triage export failed: ${(err as Error).message}` };
    }
  }
  return { format: EXPORT_FORMAT, exportedAt, storageVersion: STORAGE_VERSION, local, triage };
}

export function exportJson(data: DataExport): string {
  return JSON.stringify(data, null, 2) + '\n';
}

export interface DeleteResult {
  /** deleted: the triage database was cleared; absent: this build has no triage store; failed: see error. */
  readonly triage: 'deleted' | 'absent' | 'failed';
  readonly error?: string;
}

/**
 * Deletes everything: storage.local (settings, history, "not a scam" list, fallback drafts), the
 * drafts in storage.session, and the triage database. The layout stamp is written back so the
 * empty store is read as current, not as old data.
 */
export async function deleteAllData(hooks?: TriageHooks): Promise<DeleteResult> {
  let result: DeleteResult = { triage: 'absent' };
  const deleteTriage = (hooks ?? (await bundledTriageHooks())).deleteAllTriageData;
  if (typeof deleteTriage === 'function') {
    try {
      await withTimeout(deleteTriage(), TRIAGE_TIMEOUT_MS);
      result = { triage: 'deleted' };
    } catch (err) {
      result = { triage: 'failed', error: (err as Error).message };
    }
  }
  await deleteAllDrafts();
  await browser.storage.local.clear();
  resetMigrationState();
  await browser.storage.local.set({ [LOCAL_KEYS.meta]: { version: STORAGE_VERSION } });
  return result;
}
