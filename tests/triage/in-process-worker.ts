import type { RulePack } from '../../src/rules/compiled-rule';
import { DbHandle } from '../../src/triage/db/open';
import type { WorkerPort } from '../../src/triage/worker/pool';
import type { WorkerRequest, WorkerResponse } from '../../src/triage/worker/protocol';
import { serveTriageWorker } from '../../src/triage/worker/serve';

/**
 * A "worker" that runs serveTriageWorker in this thread, with asynchronous message delivery like a
 * real one: the page side (pool, bench) and the worker side talk exactly as they do in the browser.
 */
export function inProcessWorker(opts: { dbName: string; pack: () => RulePack }): WorkerPort {
  const toWorker = new Set<(e: { data: WorkerRequest }) => void>();
  const toPage = new Set<(e: { data: WorkerResponse }) => void>();
  const db = new DbHandle({ name: opts.dbName });
  serveTriageWorker(
    {
      postMessage: (data) => setTimeout(() => toPage.forEach((l) => l({ data })), 0),
      addEventListener: (_type, listener) => toWorker.add(listener),
    },
    { db, pack: opts.pack },
  );
  return {
    postMessage: (data) => setTimeout(() => toWorker.forEach((l) => l({ data })), 0),
    addEventListener: (type: 'message' | 'error', listener: (e: never) => void) => {
      if (type === 'message') toPage.add(listener as (e: { data: WorkerResponse }) => void);
    },
    terminate: () => void db.close(),
  } as WorkerPort;
}
