// `npm run bench:triage`: the triage bench's 10,000-ad import (parse, dedupe, score, store, cluster).
// 1. Node, one thread, fake-indexeddb: the work itself, without the browser.
// 2. Chromium with the built extension (when .output/chrome-mv3 and /usr/bin/chromium exist): the real
//    page — file picked → workers (one per core, at most 4) → IndexedDB → clusters → table shown —
//    with the longest main-thread task while it runs, to show the page does not freeze.
// Figures are medians of RUNS runs. Options: --count N (default 10000), --runs N (default 3), --node-only.
import 'fake-indexeddb/auto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deleteAllTriageData } from '../../src/triage/delete-all';
import { openTriageDb } from '../../src/triage/db/open';
import { ingest } from '../../src/triage/ingest';
import { recluster } from '../../src/triage/rescore';
import { loadRulesFromDisk } from '../../src/rules/load-rules-from-disk';
import { median } from './stats';
import { syntheticCsv } from './triage-ads';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const COUNT = option('--count', 10_000);
const RUNS = option('--runs', 3);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const csv = syntheticCsv(COUNT);
console.log(`triage bench: ${COUNT} synthetic ads, ${(csv.length / 1e6).toFixed(1)} MB CSV, median of ${RUNS} runs`);

async function nodeRun(pack: ReturnType<typeof loadRulesFromDisk>['pack'], run: number): Promise<{ total: number; cluster: number; added: number; clusters: number }> {
  const name = `bench-triage-${process.pid}-${run}`;
  const db = await openTriageDb({ name });
  const t0 = performance.now();
  const result = await ingest(db, csv, { fileName: 'bench.csv', importId: `imp-${run}`, pack, startedAt: new Date().toISOString() });
  const t1 = performance.now();
  const clusters = await recluster(db);
  const t2 = performance.now();
  db.close();
  await deleteAllTriageData({ name });
  return { total: t2 - t0, cluster: t2 - t1, added: result.added, clusters: clusters.length };
}

async function node(): Promise<void> {
  const { pack } = loadRulesFromDisk();
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await nodeRun(pack, i));
  const last = runs[runs.length - 1]!;
  console.log(
    `node, 1 thread, fake-indexeddb: ${seconds(median(runs.map((r) => r.total)))} for ${last.added} ads ` +
      `(${(median(runs.map((r) => r.total)) / last.added).toFixed(2)} ms/ad; clustering ${seconds(median(runs.map((r) => r.cluster)))}, ${last.clusters} clusters)`,
  );
}

async function browser(): Promise<void> {
  const { launch, EXTENSION_DIR } = await import('../e2e/harness');
  if (!existsSync(join(EXTENSION_DIR, 'triage-worker.js')) || !existsSync(process.env.WASPADA_CHROMIUM ?? '/usr/bin/chromium')) {
    console.log('chromium: skipped (run `npm run build` and install Debian chromium first)');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'waspada-bench-'));
  const file = join(dir, 'ads.csv');
  writeFileSync(file, csv);
  const totals: number[] = [];
  const imports: number[] = [];
  const longest: number[] = [];
  let cores = 0;
  try {
    for (let i = 0; i < RUNS; i++) {
      const h = await launch();
      try {
        const page = await h.openExtensionPage('triage.html');
        await page.locator('.summary', { hasText: 'Ads: 0 ' }).waitFor();
        await page.evaluate(() => {
          const w = window as unknown as { longest: number };
          w.longest = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
          }).observe({ type: 'longtask', buffered: false });
        });
        cores = await page.evaluate(() => navigator.hardwareConcurrency);
        await page.waitForTimeout(1500); // the workers warm up (load the rule pack) once the page is open
        const t0 = Date.now();
        await page.locator('input[type=file]').setInputFiles(file);
        await page.locator('.import-result').waitFor({ timeout: 300_000 });
        await page.locator('.summary', { hasText: `Ads: ${COUNT.toLocaleString('en-GB')} ` }).waitFor({ timeout: 300_000 });
        await page.locator('.progress').waitFor({ state: 'detached', timeout: 300_000 });
        totals.push(Date.now() - t0);
        const text = (await page.locator('.import-result').textContent()) ?? '';
        imports.push(Number(/\(([\d.]+) s\)/.exec(text)?.[1] ?? NaN) * 1000);
        longest.push(await page.evaluate(() => (window as unknown as { longest: number }).longest));
      } finally {
        await h.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `chromium, ${cores} cores: import + score ${seconds(median(imports))}, until the table and clusters show ${seconds(median(totals))}; ` +
      `longest main-thread task ${Math.round(median(longest))} ms (runs: ${totals.map(seconds).join(', ')})`,
  );
}

await node();
if (!args.includes('--node-only')) await browser();
