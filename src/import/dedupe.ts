import { contentHash } from './content-hash';
import type { ImportedRecord } from './types';

export interface DuplicateRecord {
  record: ImportedRecord;
  hash: string;
  /** Where the first copy is: its ref in this import, or what `knownHashes` said about it. */
  firstRef: string;
}

export interface DedupeResult {
  kept: ImportedRecord[];
  duplicates: DuplicateRecord[];
  /** Every hash seen (known ones included) → where its first copy is; pass it as `knownHashes` to the next batch. */
  seen: Map<string, string>;
}

/**
 * Keeps the first copy of each ad (by contentHash) and lists the others. `knownHashes` are ads
 * already stored: a map to a label for them (e.g. 'stored ad 42'), or just the hashes.
 */
export function dedupe(
  records: readonly ImportedRecord[],
  knownHashes?: ReadonlyMap<string, string> | Iterable<string>,
): DedupeResult {
  const seen = new Map<string, string>();
  if (knownHashes instanceof Map) for (const [hash, where] of knownHashes) seen.set(hash, where);
  else if (knownHashes) for (const hash of knownHashes as Iterable<string>) seen.set(hash, 'an earlier import');
  const kept: ImportedRecord[] = [];
  const duplicates: DuplicateRecord[] = [];
  for (const record of records) {
    const hash = contentHash(record.post);
    const firstRef = seen.get(hash);
    if (firstRef === undefined) {
      seen.set(hash, record.ref);
      kept.push(record);
    } else {
      duplicates.push({ record, hash, firstRef });
    }
  }
  return { kept, duplicates, seen };
}
