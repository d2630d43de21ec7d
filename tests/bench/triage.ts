// `npm run bench:triage`: the triage bench's 10,000-ad import (parse, dedupe, score, store, cluster).
// 1. Node, one thread, fake-indexeddb: the work itself, without the browser.
// 2. Chromium with the built extension (when the testing build .output/chrome-mv3-testing and /usr/bin/chromium exist): the real
//    page — file picked → workers (one per core, at most 4) → IndexedDB → clusters → table shown —
//    with the longest main-thread task while it runs, to show the page does not freeze.
// Figures are medians of RUNS runs. Options: --count N (default 10000), --runs N (default 3), --node-only.
// WASPADA_EXTENSION_DIR: the build to load (default .output/chrome-mv3-testing, made by `npm run test:e2e`); WASPADA_BENCH_THREADS=1 lists
// the browser threads that used the most CPU.
import 'fake-indexeddb/auto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** CPU seconds (user + system) of a process tree, per thread: what the browser spent, whatever else the machine ran. */
interface CpuSnapshot {
  threads: Map<string, { name: string; seconds: number }>;
}

const TICKS = 100; // USER_HZ on Linux

function readStat(path: string): { name: string; ppid: number; seconds: number } | undefined {
  try {
    const text = readFileSync(path, 'utf8');
    const close = text.lastIndexOf(')');
    const name = text.slice(text.indexOf('(') + 1, close);
    const f = text.slice(close + 2).split(' ');
    return { name, ppid: Number(f[1]), seconds: (Number(f[11]) + Number(f[12])) / TICKS };
  } catch {
    return undefined;
  }
}

/** Every thread of the Chromium process that loaded `extensionDir` and of its children (Linux /proc). */
function chromiumCpu(extensionDir: string): CpuSnapshot | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  const root = pids.find((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`--load-extension=${extensionDir}`);
    } catch {
      return false;
    }
  });
  if (!root) return undefined;
  const parent = new Map(pids.map((pid) => [pid, String(readStat(`/proc/${pid}/stat`)?.ppid ?? '')]));
  const inTree = (pid: string): boolean => pid === root || (parent.has(pid) && parent.get(pid) !== pid && parent.get(pid) !== '0' && inTree(parent.get(pid)!));
  const threads = new Map<string, { name: string; seconds: number }>();
  for (const pid of pids.filter(inTree)) {
    let tids: string[] = [];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      const stat = readStat(`/proc/${pid}/task/${tid}/stat`);
      if (stat) threads.set(`${pid}/${tid}`, { name: stat.name, seconds: stat.seconds });
    }
  }
  return { threads };
}

/** CPU used between two snapshots: in total, and by the busiest thread (a worker scoring its share). */
function cpuUsed(before: CpuSnapshot, after: CpuSnapshot): { total: number; busiest: number; busiestName: string } {
  if (process.env.WASPADA_BENCH_THREADS) {
    const top = [...after.threads].map(([id, t]) => [id, t.name, +(t.seconds - (before.threads.get(id)?.seconds ?? 0)).toFixed(2)] as const).sort((a, b) => b[2] - a[2]).slice(0, 12);
    console.log(top.map((t) => t.join(' ')).join('\n'));
  }
  let total = 0;
  let busiest = 0;
  let busiestName = '';
  for (const [id, t] of after.threads) {
    const used = t.seconds - (before.threads.get(id)?.seconds ?? 0);
    total += used;
    if (used > busiest) [busiest, busiestName] = [used, t.name];
  }
  return { total, busiest, busiestName };
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
  const idleEstimates: number[] = [];
  const cpuTotals: number[] = [];
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
        const cpuBefore = chromiumCpu(EXTENSION_DIR);
        const t0 = Date.now();
        await page.locator('input[type=file]').setInputFiles(file);
        await page.locator('.import-result').waitFor({ timeout: 300_000 });
        await page.locator('.summary', { hasText: `Ads: ${COUNT.toLocaleString('en-GB')} ` }).waitFor({ timeout: 300_000 });
        await page.locator('.progress').waitFor({ state: 'detached', timeout: 300_000 });
        totals.push(Date.now() - t0);
        const cpuAfter = chromiumCpu(EXTENSION_DIR);
        if (cpuBefore && cpuAfter) {
          const used = cpuUsed(cpuBefore, cpuAfter);
          cpuTotals.push(used.total * 1000);
          // on an idle machine the run takes at least its busiest thread's CPU time, and at least the
          // total CPU time spread over every core: the larger of the two is the estimate
          idleEstimates.push(Math.max(used.busiest, used.total / cores) * 1000);
        }
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
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(
    `chromium, ${cores} cores: import + score ${seconds(median(imports))}, until the table and clusters show ${seconds(median(totals))}; ` +
      `longest main-thread task ${Math.round(median(longest))} ms (runs: ${totals.map(seconds).join(', ')}; load average ${load})`,
  );
  if (idleEstimates.length > 0) {
    console.log(
      `chromium CPU time for the whole run ${seconds(median(cpuTotals))}; on an idle ${cores}-core machine that is about ${seconds(median(idleEstimates))} ` +
        `(the larger of the busiest thread's CPU time and the total over ${cores} cores)`,
    );
  }
}

await node();
if (!args.includes('--node-only')) await browser();
