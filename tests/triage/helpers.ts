import 'fake-indexeddb/auto';
import { openTriageDb, type TriageDatabase } from '../../src/triage/db/open';
import { ingest, type IngestOptions, type IngestResult } from '../../src/triage/ingest';
import { rulePack } from '../helpers/rule-pack';

let counter = 0;

/** A fresh, empty bench database with a name of its own. */
export async function freshDb(): Promise<{ db: TriageDatabase; name: string }> {
  const name = `triage-test-${process.pid}-${++counter}`;
  return { db: await openTriageDb({ name }), name };
}

export const START = '2026-11-27T10:00:00.000Z';

/** Imports `text` in one go with the checked-in rules. */
export function importText(db: TriageDatabase, text: string, opts: Partial<IngestOptions> = {}): Promise<IngestResult> {
  return ingest(db, text, { importId: `imp-${++counter}`, pack: rulePack().pack, startedAt: START, ...opts });
}

export const csv = (...lines: string[]): string => lines.join('\n') + '\n';
