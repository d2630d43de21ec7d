import type { RulePack } from '../../rules/compiled-rule';
import { exportCaseFile } from '../case-file/export';
import type { DbHandle } from '../db/open';
import { ingest } from '../ingest';
import { recluster, rescoreStale } from '../rescore';
import type { WorkerRequest, WorkerResponse, WorkerResult } from './protocol';

export interface WorkerScope {
  postMessage(message: WorkerResponse): void;
  addEventListener(type: 'message', listener: (event: { data: WorkerRequest }) => void): void;
}

/**
 * The worker side: imports, re-scores, clusters and exports against the database directly, so
 * 10,000 verdicts never cross to the page. Jobs run one after another; `cancel` is seen between
 * batches (every batch awaits IndexedDB, which lets the message through).
 */
export function serveTriageWorker(scope: WorkerScope, deps: { db: DbHandle; pack: () => RulePack }): void {
  const cancelled = new Set<number>();
  let queue: Promise<void> = Promise.resolve();

  async function run(request: Exclude<WorkerRequest, { type: 'cancel' }>): Promise<WorkerResult> {
    const db = await deps.db.get();
    const isCancelled = () => cancelled.has(request.job);
    switch (request.type) {
      case 'import': {
        const text = 'text' in request.input ? request.input.text : await request.input.file.text();
        const result = await ingest(db, text, {
          fileName: 'name' in request.input ? request.input.name : undefined,
          format: request.format,
          mapping: request.mapping,
          importId: request.importId,
          startedAt: request.startedAt,
          pack: deps.pack(),
          shard: request.shard,
          isCancelled,
          onOpened: (info) => scope.postMessage({ type: 'opened', job: request.job, info }),
          onProgress: (progress) => scope.postMessage({ type: 'progress', job: request.job, progress }),
        });
        return { kind: 'import', result };
      }
      case 'rescore': {
        const rescored = await rescoreStale(db, {
          pack: deps.pack(),
          shard: request.shard,
          isCancelled,
          onProgress: (done) => scope.postMessage({ type: 'progress', job: request.job, progress: { done, added: 0, duplicates: 0, errors: 0 } }),
        });
        return { kind: 'rescore', rescored };
      }
      case 'recluster':
        return { kind: 'recluster', clusters: (await recluster(db)).length };
      case 'export':
        return { kind: 'export', file: await exportCaseFile(db, request.format, { rulePackVersion: deps.pack().version }) };
      case 'warm':
        deps.pack();
        return { kind: 'warm' };
    }
  }

  scope.addEventListener('message', ({ data }) => {
    if (data.type === 'cancel') {
      cancelled.add(data.job);
      return;
    }
    queue = queue.then(async () => {
      try {
        scope.postMessage({ type: 'done', job: data.job, result: await run(data) });
      } catch (err) {
        scope.postMessage({ type: 'failed', job: data.job, message: (err as Error).message || String(err) });
      } finally {
        cancelled.delete(data.job);
      }
    });
  });
}
