import { bundledRulePack } from '../rules/bundled-pack';
import { caseFileObject, readCaseFile } from './case-file/export';
import { openTriageDb } from './db/open';

/**
 * The whole bench as the JSON case-file object, for the options page's "export all my data"
 * (src/storage/all-data.ts finds this module). Importing that object's JSON on the bench restores it.
 */
export async function exportAllTriageData(opts: { name?: string; now?: Date } = {}): Promise<ReturnType<typeof caseFileObject>> {
  const db = await openTriageDb(opts.name ? { name: opts.name } : {});
  try {
    return caseFileObject(await readCaseFile(db, { rulePackVersion: bundledRulePack().pack.version, ...(opts.now ? { now: opts.now } : {}) }));
  } finally {
    db.close();
  }
}
