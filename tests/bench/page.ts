// `npm run bench:page`: the built extension in Debian's Chromium on a synthetic 500-post LinkedIn
// feed that loads more posts as it is scrolled, like the real one. A Chromium trace of the whole
// scroll gives, on the page's main thread:
//   - time in the content script's code (every JS entry whose script is ours, nested calls merged),
//     per post screened: the mean over the run and the median over scroll windows;
//   - long tasks (> 50 ms) that contain any of our code, against all long tasks;
// and, off the page's thread, the background's engine time per post. Plus content-script sizes.
// Budgets (issue 3): ≤ 2 ms per post (median), no long task, ≤ 250 KB per content script.
import { execSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { EXTENSION_DIR, extensionNetworkRequests, launch, ROOT } from '../e2e/harness';
import { syntheticFeed } from './page-feed';
import { median, percentile } from './stats';

const POSTS = Number(process.env.WASPADA_BENCH_POSTS ?? 500);
const WINDOW_STEPS = 8;
const BUDGET = { msPerPost: 2, longTasks: 0, bundleKb: 250 };
const FEED_URL = 'https://www.linkedin.com/feed/';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; scriptName?: string; frame?: string; functionName?: string } };
}

async function readTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const done = new Promise<{ stream: string }>((resolve) => cdp.once('Tracing.tracingComplete', (e) => resolve(e as { stream: string })));
  await cdp.send('Tracing.end');
  const { stream } = await done;
  let text = '';
  for (;;) {
    const chunk = (await cdp.send('IO.read', { handle: stream })) as { data: string; eof: boolean; base64Encoded?: boolean };
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

const urlOf = (e: TraceEvent): string => e.args?.data?.url ?? e.args?.data?.scriptName ?? '';

/** Union of intervals, in µs. */
function merge(intervals: [number, number][]): [number, number][] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

const sum = (intervals: [number, number][]) => intervals.reduce((t, [s, e]) => t + (e - s), 0);
const overlap = (intervals: [number, number][], from: number, to: number) =>
  intervals.reduce((t, [s, e]) => t + Math.max(0, Math.min(e, to) - Math.max(s, from)), 0);

async function screenedCount(page: Page, worker: { evaluate<T>(fn: () => Promise<T> | T): Promise<T> }): Promise<number> {
  void page;
  return worker.evaluate(async () => {
    const all = (await (globalThis as any).chrome.storage.session.get(null)) as Record<string, { bands?: Record<string, string> }>;
    return Object.entries(all)
      .filter(([key]) => key.startsWith('tab-stats:'))
      .reduce((n, [, v]) => n + Object.keys(v.bands ?? {}).length, 0);
  });
}

function bundleSizes(): { file: string; kb: number }[] {
  const dir = join(EXTENSION_DIR, 'content-scripts');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((file) => ({ file, kb: statSync(join(dir, file)).size / 1024 }))
    .sort((a, b) => a.file.localeCompare(b.file));
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) execSync('npx wxt build', { stdio: 'inherit', cwd: ROOT });
  const feed = syntheticFeed(POSTS);
  const h = await launch();
  try {
    await h.context.route(FEED_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: feed.html }));
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const worker = h.context.serviceWorkers()[0]!;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Tracing.start', {
      transferMode: 'ReturnAsStream',
      traceConfig: {
        recordMode: 'recordAsMuchAsPossible',
        includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'toplevel'],
      },
    });
    await page.goto(FEED_URL);
    await page.waitForTimeout(1500);

    // Scroll like a reader flicking through the feed until every post has loaded and passed by.
    const steps: { mark: string; screened: number }[] = [];
    for (let step = 0; step < 2000; step++) {
      const mark = `waspada-bench-${step}`;
      await page.evaluate((name) => performance.mark(name), mark);
      steps.push({ mark, screened: await screenedCount(page, worker) });
      await page.mouse.wheel(0, 700);
      await page.waitForTimeout(120);
      const state = await page.evaluate(() => ({
        loaded: (window as unknown as { __loaded: number }).__loaded,
        atEnd: innerHeight + scrollY >= document.documentElement.scrollHeight - 4,
      }));
      if (state.loaded >= POSTS && state.atEnd) break;
    }
    await page.waitForTimeout(2500);
    const endMark = 'waspada-bench-end';
    await page.evaluate((name) => performance.mark(name), endMark);
    steps.push({ mark: endMark, screened: await screenedCount(page, worker) });
    const events = await readTrace(cdp);
    const overlays = await page.evaluate(() => document.querySelectorAll('[data-waspada]').length);

    // The page's main thread: the renderer thread that ran our content script.
    const ours = (e: TraceEvent) => urlOf(e).startsWith(`chrome-extension://${h.extensionId}/content-scripts/`);
    const jsEntries = events.filter((e) => e.ph === 'X' && ['FunctionCall', 'EvaluateScript', 'v8.callFunction', 'V8.Execute'].includes(e.name));
    const mainThread = jsEntries.find(ours);
    if (!mainThread) throw new Error('no content-script activity in the trace');
    const onMain = (e: TraceEvent) => e.pid === mainThread.pid && e.tid === mainThread.tid;
    const ext = merge(jsEntries.filter((e) => onMain(e) && ours(e)).map((e) => [e.ts, e.ts + (e.dur ?? 0)] as [number, number]));
    if (process.env.WASPADA_BENCH_DEBUG) {
      const by = new Map<string, { n: number; ms: number; max: number }>();
      for (const e of jsEntries.filter((x) => onMain(x) && ours(x))) {
        const key = `${e.name} ${e.args?.data?.functionName ?? ''}`;
        const v = by.get(key) ?? { n: 0, ms: 0, max: 0 };
        v.n++; v.ms += (e.dur ?? 0) / 1000; v.max = Math.max(v.max, (e.dur ?? 0) / 1000);
        by.set(key, v);
      }
      console.log([...by.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25));
    }
    const tasks = events.filter((e) => onMain(e) && e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && (e.dur ?? 0) > 50_000);
    const extLongTasks = tasks.filter((t) => overlap(ext, t.ts, t.ts + t.dur!) > 0);

    // The background's engine: JS entries of background.js (service-worker thread).
    const bgEntries = merge(
      jsEntries.filter((e) => urlOf(e).startsWith(`chrome-extension://${h.extensionId}/background.js`)).map((e) => [e.ts, e.ts + (e.dur ?? 0)] as [number, number]),
    );

    // Windows of WINDOW_STEPS scroll steps: our time in the window / posts screened in it.
    const markTs = new Map(events.filter((e) => e.cat.includes('blink.user_timing') && e.name.startsWith('waspada-bench-')).map((e) => [e.name, e.ts]));
    const perPost: number[] = [];
    for (let i = 0; i + WINDOW_STEPS < steps.length; i += WINDOW_STEPS) {
      const from = markTs.get(steps[i]!.mark);
      const to = markTs.get(steps[Math.min(i + WINDOW_STEPS, steps.length - 1)]!.mark);
      const screened = steps[Math.min(i + WINDOW_STEPS, steps.length - 1)]!.screened - steps[i]!.screened;
      if (from === undefined || to === undefined || screened <= 0) continue;
      perPost.push(overlap(ext, from, to) / 1000 / screened);
    }
    const screened = steps[steps.length - 1]!.screened;
    const totalMs = sum(ext) / 1000;
    const bgMs = sum(bgEntries) / 1000;
    const sizes = bundleSizes();
    const result = {
      posts: POSTS,
      screened,
      overlays,
      scrollSteps: steps.length,
      contentScriptMs: round(totalMs),
      meanMsPerPost: round(totalMs / Math.max(1, screened)),
      medianMsPerPost: round(median(perPost)),
      p95MsPerPostWindow: round(percentile(perPost, 95)),
      windows: perPost.length,
      longTasksWithOurCode: extLongTasks.length,
      longTasksAll: tasks.length,
      longestTaskWithOurCodeMs: round(Math.max(0, ...extLongTasks.map((t) => t.dur! / 1000))),
      backgroundMs: round(bgMs),
      backgroundMsPerPost: round(bgMs / Math.max(1, screened)),
      bundles: sizes.map((s) => ({ file: s.file, kb: round(s.kb) })),
      extensionNetworkRequests: extensionNetworkRequests(h),
    };
    report(result);
    mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench-results/page.json'), `${JSON.stringify(result, null, 2)}\n`);
    const ok =
      result.medianMsPerPost <= BUDGET.msPerPost &&
      result.longTasksWithOurCode <= BUDGET.longTasks &&
      sizes.every((s) => s.kb <= BUDGET.bundleKb) &&
      result.extensionNetworkRequests.length === 0;
    process.exitCode = ok ? 0 : 1;
  } finally {
    await h.close();
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function report(r: {
  posts: number; screened: number; overlays: number; contentScriptMs: number; meanMsPerPost: number; medianMsPerPost: number;
  p95MsPerPostWindow: number; windows: number; longTasksWithOurCode: number; longTasksAll: number; longestTaskWithOurCodeMs: number;
  backgroundMs: number; backgroundMsPerPost: number; bundles: { file: string; kb: number }[]; extensionNetworkRequests: string[];
}): void {
  const flag = (ok: boolean) => (ok ? 'ok ' : 'OVER');
  console.log(`\nSynthetic LinkedIn feed: ${r.posts} posts, ${r.screened} screened (near the viewport), ${r.overlays} overlays shown`);
  console.log(`content script, page main thread: ${r.contentScriptMs.toFixed(1)} ms in all`);
  console.log(`  per post: median ${r.medianMsPerPost.toFixed(3)} ms (over ${r.windows} scroll windows), p95 ${r.p95MsPerPostWindow.toFixed(3)} ms, mean ${r.meanMsPerPost.toFixed(3)} ms`);
  console.log(`  [${flag(r.medianMsPerPost <= BUDGET.msPerPost)}] budget ${BUDGET.msPerPost} ms/post: median is ${(r.medianMsPerPost / BUDGET.msPerPost * 100).toFixed(1)} % of it`);
  console.log(`  [${flag(r.longTasksWithOurCode === 0)}] long tasks (> 50 ms) containing our code: ${r.longTasksWithOurCode} (all long tasks on the thread: ${r.longTasksAll}; longest with ours ${r.longestTaskWithOurCodeMs} ms)`);
  console.log(`background (engine, service worker): ${r.backgroundMs.toFixed(1)} ms in all, ${r.backgroundMsPerPost.toFixed(3)} ms per post, off the page's thread`);
  console.log('content-script bundles (minified):');
  for (const b of r.bundles) console.log(`  [${flag(b.kb <= BUDGET.bundleKb)}] ${b.file.padEnd(16)} ${b.kb.toFixed(1).padStart(7)} KB  (${(b.kb / BUDGET.bundleKb * 100).toFixed(0)} % of ${BUDGET.bundleKb} KB)`);
  console.log(`extension network requests: ${r.extensionNetworkRequests.length}`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
