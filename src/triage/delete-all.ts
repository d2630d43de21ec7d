import { deleteDB } from 'idb';
import { TRIAGE_DB_NAME } from './db/schema';
import { notifyTriage } from './notify';

/**
 * Deletes the whole bench: every ad, verdict, review, cluster and import log, by deleting the
 * database itself (nothing is kept, not even the schema). Open connections in the bench page, its
 * workers and the background close themselves when asked (db/open.ts), so this does not wait on
 * them; open bench pages are told to clear what they show. Used by the options page's "delete all
 * my data" and by the bench's own button.
 */
export async function deleteAllTriageData(opts: { name?: string } = {}): Promise<void> {
  await deleteDB(opts.name ?? TRIAGE_DB_NAME);
  notifyTriage({ type: 'deleted' });
}
