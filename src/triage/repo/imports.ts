import type { TriageDatabase } from '../db/open';
import { MAX_LOGGED_ERRORS, type ImportLog } from '../model';

export async function addImportLog(db: TriageDatabase, log: ImportLog): Promise<void> {
  await db.put('imports', { ...log, errors: log.errors.slice(0, MAX_LOGGED_ERRORS) });
}

/** Every import, oldest first. */
export async function allImportLogs(db: TriageDatabase): Promise<ImportLog[]> {
  return db.getAllFromIndex('imports', 'at');
}

/** A new import id: time-ordered and unique enough for one person's bench. */
export function newImportId(now: Date, random: () => number = Math.random): string {
  return `imp-${now.toISOString().replace(/[-:.TZ]/g, '')}-${Math.floor(random() * 36 ** 4).toString(36).padStart(4, '0')}`;
}
