// Thin wiring: the bench lives in src/ui/triage and src/triage; the workers are entrypoints/triage-worker.ts.
import '@/src/ui/triage/styles.css';
import { startTriagePage } from '@/src/ui/triage/start';
import type { WorkerPort } from '@/src/triage/worker/pool';

void startTriagePage(document.getElementById('app')!, () => new Worker('/triage-worker.js') as unknown as WorkerPort);
