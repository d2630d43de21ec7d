// The triage bench's Web Worker (import, scoring, clustering, export), built as an unlisted script so
// it gets the same bundling as the pages (rule data included) and loads as /triage-worker.js.
import { bundledRulePack } from '@/src/rules/bundled-pack';
import { DbHandle } from '@/src/triage/db/open';
import { serveTriageWorker, type WorkerScope } from '@/src/triage/worker/serve';

export default defineUnlistedScript(() => {
  serveTriageWorker(self as unknown as WorkerScope, { db: new DbHandle(), pack: () => bundledRulePack().pack });
});
