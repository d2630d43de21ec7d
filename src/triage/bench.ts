import type { ColumnMapping, ImportFormat } from '../import/types';
import type { RulePack } from '../rules/compiled-rule';
import type { CaseFileFormat, ExportedFile } from './case-file/export';
import type { DbHandle } from './db/open';
import { deleteAllTriageData } from './delete-all';
import { falsePositiveList, falsePositivesJson, falsePositivesYaml } from './fp-examples';
import type { IngestOpened, IngestProgress, IngestResult } from './ingest';
import type { AdRecord, Cluster, ImportLog, Review, TriageRow } from './model';
import { listenTriage } from './notify';
import { adRecord, allAdRecords, allRows } from './repo/ads';
import { allClusters, clustersStale } from './repo/clusters';
import { addImportLog, allImportLogs, newImportId } from './repo/imports';
import { allReviews, updateReviews, type ReviewChange } from './repo/reviews';
import { staleAdIds } from './rescore';
import type { ImportInput, TriageWorkers } from './worker/pool';

/** What runs in the workers right now, for the progress bar. */
export interface BenchJob {
  kind: 'import' | 'rescore' | 'recluster';
  done: number;
  total: number;
  /** Import only. */
  opened?: IngestOpened;
  progress?: IngestProgress;
  cancelling?: boolean;
}

/** A CSV whose columns were not recognised: the person picks the mapping, then `importInput` runs again with it. */
export interface PendingMapping {
  input: ImportInput;
  columns: string[];
  sample: Record<string, string>[];
  mapping: ColumnMapping;
  format?: ImportFormat;
}

export interface ImportOutcome {
  source: string;
  result: IngestResult;
  ms: number;
}

export interface BenchState {
  loading: boolean;
  rows: TriageRow[];
  reviews: ReadonlyMap<string, Review>;
  clusters: Cluster[];
  imports: ImportLog[];
  job?: BenchJob;
  pendingMapping?: PendingMapping;
  lastImport?: ImportOutcome;
  /** The last thing that went wrong, for an alert. */
  error?: string;
}

export interface BenchDeps {
  db: DbHandle;
  workers: TriageWorkers;
  pack: RulePack;
  now?: () => Date;
  /** Name of the database, when not the default (tests). */
  dbName?: string;
  /** Listen for notices from other contexts (default: the BroadcastChannel). */
  listen?: typeof listenTriage;
}

const EMPTY: BenchState = { loading: true, rows: [], reviews: new Map(), clusters: [], imports: [] };

/**
 * The bench page's model: loads what is stored, runs imports, re-scoring and clustering in the
 * workers, applies review changes, exports and deletes. Components read `state` and call these
 * methods; they never touch storage or the engine themselves.
 */
export class TriageBench {
  state: BenchState = EMPTY;
  private readonly listeners = new Set<(state: BenchState) => void>();
  private currentJob: number | undefined;
  /** Jobs run one at a time: an import picked while the bench is still re-scoring waits its turn. */
  private running: Promise<unknown> = Promise.resolve();
  private readonly stopListening: () => void;
  private readonly now: () => Date;

  constructor(private readonly deps: BenchDeps) {
    this.now = deps.now ?? (() => new Date());
    this.stopListening = (deps.listen ?? listenTriage)((notice) => {
      if (notice.type === 'deleted') {
        if (this.currentJob !== undefined) deps.workers.cancel(this.currentJob);
        this.set({ ...EMPTY, loading: false });
      } else void this.load();
    });
  }

  subscribe(listener: (state: BenchState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(patch: Partial<BenchState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l(this.state);
  }

  private fail(err: unknown): void {
    this.set({ error: (err as Error)?.message || String(err), job: undefined });
  }

  dismissError(): void {
    this.set({ error: undefined });
  }

  /**
   * Reads the bench, then brings it up to date: ads scored with another rule pack (the extension
   * was updated) are re-scored, and clusters are rebuilt if ads changed since.
   */
  load(): Promise<void> {
    return this.exclusive(async () => {
      try {
        if (await this.readAndRescoreStale()) return;
        if (await clustersStale(await this.deps.db.get())) await this.recluster();
        else void this.deps.workers.warm().catch(() => undefined);
      } catch (err) {
        this.fail(err);
      }
    });
  }

  private exclusive<T>(job: () => Promise<T>): Promise<T> {
    const next = this.running.then(job, job);
    this.running = next.catch(() => undefined);
    return next;
  }

  private async read(): Promise<void> {
    const db = await this.deps.db.get();
    const [rows, reviews, clusters, imports] = await Promise.all([allRows(db), allReviews(db), allClusters(db), allImportLogs(db)]);
    this.set({ loading: false, rows, reviews: new Map(reviews.map((r) => [r.adId, r])), clusters, imports });
  }

  /** Reads the bench and re-scores the ads another rule pack scored (re-clustering after); true when there were any. */
  private async readAndRescoreStale(): Promise<boolean> {
    await this.read();
    const stale = staleAdIds(this.state.rows, this.deps.pack.version);
    if (stale.length === 0) return false;
    await this.rescore(stale);
    return true;
  }

  private async rescore(ids: string[]): Promise<void> {
    this.set({ job: { kind: 'rescore', done: 0, total: ids.length } });
    await this.deps.workers.rescore((done) => this.set({ job: { kind: 'rescore', done, total: ids.length } }));
    await this.recluster();
  }

  private async recluster(): Promise<void> {
    this.set({ job: { kind: 'recluster', done: 0, total: 1 } });
    await this.deps.workers.recluster();
    await this.read();
    this.set({ job: undefined });
  }

  /** Imports a file or pasted text; with `mapping` after the mapping step. Resolves when done or cancelled. */
  importInput(input: ImportInput, opts: { mapping?: ColumnMapping; format?: ImportFormat } = {}): Promise<ImportOutcome | undefined> {
    return this.exclusive(() => this.runImport(input, opts));
  }

  private async runImport(input: ImportInput, opts: { mapping?: ColumnMapping; format?: ImportFormat }): Promise<ImportOutcome | undefined> {
    const started = this.now();
    const t0 = performance.now();
    const importId = newImportId(started);
    const source = 'name' in input ? input.name : 'paste';
    this.set({ pendingMapping: undefined, lastImport: undefined, error: undefined, job: { kind: 'import', done: 0, total: 0 } });
    try {
      const { job, result } = this.deps.workers.importInput(input, { ...opts, importId, startedAt: started.toISOString() }, ({ opened, progress }) =>
        this.set({ job: { ...this.state.job!, kind: 'import', done: progress.done, total: opened?.total ?? 0, ...(opened ? { opened } : {}), progress } }),
      );
      this.currentJob = job;
      const merged = await result;
      this.currentJob = undefined;
      if (merged.needsMapping) {
        this.set({
          job: undefined,
          pendingMapping: { input, columns: merged.columns ?? [], sample: merged.sample ?? [], mapping: merged.mapping ?? {}, ...(opts.format ? { format: opts.format } : {}) },
        });
        return undefined;
      }
      const ms = Math.round(performance.now() - t0);
      const outcome: ImportOutcome = { source, result: merged, ms };
      const db = await this.deps.db.get();
      if (merged.format !== 'case-file') {
        await addImportLog(db, {
          id: importId,
          at: started.toISOString(),
          source,
          format: merged.format,
          total: merged.total,
          added: merged.added,
          duplicates: merged.duplicates,
          errorCount: merged.errors,
          errors: merged.errorList,
          cancelled: merged.cancelled,
          ms,
        });
      }
      this.set({ lastImport: outcome });
      // Only a case file can bring verdicts of another rule pack (the workers score with this one);
      // reading 10,000 rows twice would cost the page a second long task for nothing.
      if (merged.format !== 'case-file' || !(await this.readAndRescoreStale())) await this.recluster();
      return outcome;
    } catch (err) {
      this.currentJob = undefined;
      this.fail(err);
      return undefined;
    }
  }

  cancelImport(): void {
    if (this.currentJob === undefined || !this.state.job) return;
    this.deps.workers.cancel(this.currentJob);
    this.set({ job: { ...this.state.job, cancelling: true } });
  }

  cancelMapping(): void {
    this.set({ pendingMapping: undefined });
  }

  /** Everything about one ad, for the detail pane. */
  async ad(id: string): Promise<AdRecord | undefined> {
    return adRecord(await this.deps.db.get(), id);
  }

  async ads(ids: readonly string[]): Promise<AdRecord[]> {
    const db = await this.deps.db.get();
    const records = await Promise.all(ids.map((id) => adRecord(db, id)));
    return records.filter((r): r is AdRecord => r !== undefined);
  }

  /** Changes status, note or tags of one ad or many (a selection, a cluster) at once. */
  async review(ids: readonly string[], change: ReviewChange): Promise<void> {
    try {
      const updated = await updateReviews(await this.deps.db.get(), ids, change, this.now().toISOString());
      const reviews = new Map(this.state.reviews);
      for (const r of updated) reviews.set(r.adId, r);
      this.set({ reviews });
    } catch (err) {
      this.fail(err);
    }
  }

  exportCaseFile(format: CaseFileFormat): Promise<ExportedFile> {
    return this.deps.workers.exportCaseFile(format);
  }

  /** The "false positive" decisions as negative rule examples (YAML or JSON). */
  async exportFalsePositives(format: 'yaml' | 'json'): Promise<ExportedFile> {
    const at = this.now().toISOString();
    const list = falsePositiveList(await allAdRecords(await this.deps.db.get()), this.deps.pack, at);
    const day = at.slice(0, 10);
    return format === 'yaml'
      ? { fileName: `waspada-false-positives-${day}.yaml`, mime: 'text/yaml', text: falsePositivesYaml(list) }
      : { fileName: `waspada-false-positives-${day}.json`, mime: 'application/json', text: falsePositivesJson(list) };
  }

  /** Deletes the whole bench; a running import is cancelled first and its last batch waited for. */
  async deleteAll(): Promise<void> {
    if (this.currentJob !== undefined) this.cancelImport();
    await this.exclusive(async () => {
      try {
        await this.deps.db.close();
        await deleteAllTriageData(this.deps.dbName ? { name: this.deps.dbName } : {});
        this.set({ ...EMPTY, loading: false });
      } catch (err) {
        this.fail(err);
      }
    });
  }

  dispose(): void {
    this.stopListening();
    this.deps.workers.terminate();
    void this.deps.db.close();
  }
}
