import type { ColumnMapping, ImportFormat } from '../../import/types';
import type { CaseFileFormat, ExportedFile } from '../case-file/export';
import type { IngestOpened, IngestProgress, IngestResult } from '../ingest';
import type { WorkerRequest, WorkerResponse, WorkerResult } from './protocol';

/** What the pool needs of a Worker (a real one in the page, an in-process fake in tests). */
export interface WorkerPort {
  postMessage(message: WorkerRequest): void;
  addEventListener(type: 'message', listener: (event: { data: WorkerResponse }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
  terminate(): void;
}

export type ImportInput = { file: Blob; name: string } | { text: string };

export interface ImportUpdate {
  opened?: IngestOpened;
  /** Summed over the workers. */
  progress: IngestProgress;
}

type Listener = (message: WorkerResponse) => void;

/** How many workers an import uses: one per core, at most four, at least one. */
export function poolSize(cores: number | undefined): number {
  return Math.max(1, Math.min(4, Math.floor(cores ?? 2) || 1));
}

/**
 * The page side of the workers: starts them lazily, splits an import or a re-score between them
 * (each takes every n-th batch), sums their progress, and merges their results.
 */
export class TriageWorkers {
  private readonly ports: { port: WorkerPort; listeners: Map<number, Listener> }[] = [];
  private nextJob = 1;

  constructor(
    private readonly make: () => WorkerPort,
    readonly size: number,
  ) {}

  private worker(i: number) {
    while (this.ports.length <= i) {
      const port = this.make();
      const entry = { port, listeners: new Map<number, Listener>() };
      port.addEventListener('message', ({ data }) => entry.listeners.get(data.job)?.(data));
      port.addEventListener('error', (event) => {
        for (const [job, listener] of entry.listeners) listener({ type: 'failed', job, message: event.message || 'the worker stopped' });
      });
      this.ports.push(entry);
    }
    return this.ports[i]!;
  }

  /** Sends one request to worker i and resolves with its result; `onMessage` sees every message of the job. */
  private request(i: number, request: WorkerRequest, onMessage?: Listener): Promise<WorkerResult> {
    const entry = this.worker(i);
    return new Promise((resolve, reject) => {
      entry.listeners.set(request.job, (message) => {
        onMessage?.(message);
        if (message.type === 'done' || message.type === 'failed') {
          entry.listeners.delete(request.job);
          if (message.type === 'done') resolve(message.result);
          else reject(new Error(message.message));
        }
      });
      entry.port.postMessage(request);
    });
  }

  /** Starts an import on every worker; returns the job id (for `cancel`) and the merged result. */
  importInput(
    input: ImportInput,
    opts: { format?: ImportFormat; mapping?: ColumnMapping; importId: string; startedAt: string },
    onUpdate: (update: ImportUpdate) => void,
  ): { job: number; result: Promise<IngestResult> } {
    const job = this.nextJob++;
    const perShard: IngestProgress[] = Array.from({ length: this.size }, () => ({ done: 0, added: 0, duplicates: 0, errors: 0 }));
    let opened: IngestOpened | undefined;
    const update = () =>
      onUpdate({
        ...(opened ? { opened } : {}),
        progress: perShard.reduce((sum, p) => ({ done: sum.done + p.done, added: sum.added + p.added, duplicates: sum.duplicates + p.duplicates, errors: sum.errors + p.errors })),
      });
    const shards = perShard.map((_, index) =>
      this.request(index, { type: 'import', job, input, ...opts, shard: { index, count: this.size } }, (message) => {
        if (message.type === 'opened' && index === 0) opened = message.info;
        else if (message.type === 'progress') perShard[index] = message.progress;
        else return;
        update();
      }),
    );
    const result = Promise.all(shards).then((results) => mergeImportResults(results.map((r) => (r as Extract<WorkerResult, { kind: 'import' }>).result)));
    // if one shard fails the others must stop too
    result.catch(() => this.cancel(job));
    return { job, result };
  }

  cancel(job: number): void {
    for (const { port } of this.ports) port.postMessage({ type: 'cancel', job });
  }

  async rescore(onProgress: (done: number) => void): Promise<number> {
    const job = this.nextJob++;
    const done = Array.from({ length: this.size }, () => 0);
    const results = await Promise.all(
      done.map((_, index) =>
        this.request(index, { type: 'rescore', job, shard: { index, count: this.size } }, (message) => {
          if (message.type !== 'progress') return;
          done[index] = message.progress.done;
          onProgress(done.reduce((a, b) => a + b, 0));
        }),
      ),
    );
    return results.reduce((n, r) => n + (r as Extract<WorkerResult, { kind: 'rescore' }>).rescored, 0);
  }

  async recluster(): Promise<number> {
    const result = await this.request(0, { type: 'recluster', job: this.nextJob++ });
    return (result as Extract<WorkerResult, { kind: 'recluster' }>).clusters;
  }

  async exportCaseFile(format: CaseFileFormat): Promise<ExportedFile> {
    const result = await this.request(0, { type: 'export', job: this.nextJob++, format });
    return (result as Extract<WorkerResult, { kind: 'export' }>).file;
  }

  /** Starts every worker and has it load the rule pack, so the first import starts scoring at once. */
  async warm(): Promise<void> {
    await Promise.all(Array.from({ length: this.size }, (_, i) => this.request(i, { type: 'warm', job: this.nextJob++ })));
  }

  terminate(): void {
    for (const { port } of this.ports.splice(0)) port.terminate();
  }
}

const refOrder = (a: { row: number }, b: { row: number }) => a.row - b.row;

/** One result from the shards' results: counts summed, lists merged in input order. */
export function mergeImportResults(results: readonly IngestResult[]): IngestResult {
  const [first, ...rest] = results;
  if (!first) throw new Error('no result');
  const merged: IngestResult = { ...first, errorList: [...first.errorList], duplicateList: [...first.duplicateList] };
  for (const r of rest) {
    merged.done += r.done;
    merged.added += r.added;
    merged.duplicates += r.duplicates;
    merged.errorList.push(...r.errorList);
    merged.duplicateList.push(...r.duplicateList);
    merged.cancelled ||= r.cancelled;
  }
  merged.errorList.sort(refOrder);
  merged.duplicateList.sort((a, b) => refNumber(a.ref) - refNumber(b.ref));
  merged.errors = merged.errorList.length;
  return merged;
}

function refNumber(ref: string): number {
  return Number(/\d+/.exec(ref)?.[0] ?? 0);
}
