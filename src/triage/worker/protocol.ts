import type { ColumnMapping, ImportFormat } from '../../import/types';
import type { CaseFileFormat, ExportedFile } from '../case-file/export';
import type { IngestOpened, IngestProgress, IngestResult, Shard } from '../ingest';

/**
 * Messages between the triage page and its workers. Every job has an id; a worker answers a job
 * with any number of `opened` / `progress` messages and exactly one `done` or `failed`.
 * Input travels as a File (read inside the worker, so the page never holds a 20 MB string) or text.
 */
export type WorkerRequest =
  | {
      type: 'import';
      job: number;
      input: { file: Blob; name: string } | { text: string };
      format?: ImportFormat;
      mapping?: ColumnMapping;
      importId: string;
      startedAt: string;
      shard: Shard;
    }
  /** Re-scores every ad scored with another rule pack than the worker's. */
  | { type: 'rescore'; job: number; shard: Shard }
  | { type: 'recluster'; job: number }
  | { type: 'export'; job: number; format: CaseFileFormat }
  /** Loads the rule pack and opens the database now, so the first import does not wait for it. */
  | { type: 'warm'; job: number }
  | { type: 'cancel'; job: number };

export type WorkerResponse =
  | { type: 'opened'; job: number; info: IngestOpened }
  | { type: 'progress'; job: number; progress: IngestProgress }
  | { type: 'done'; job: number; result: WorkerResult }
  | { type: 'failed'; job: number; message: string };

export type WorkerResult =
  | { kind: 'import'; result: IngestResult }
  | { kind: 'rescore'; rescored: number }
  | { kind: 'recluster'; clusters: number }
  | { kind: 'export'; file: ExportedFile }
  | { kind: 'warm' };
