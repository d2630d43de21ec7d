import { launch } from '/work/main/tests/e2e/harness';
import { syntheticFeed } from '/work/main/tests/bench/page-feed';
import { readFileSync } from 'node:fs';
const feed = syntheticFeed(100);
const h = await launch();
await h.context.route('https://www.linkedin.com/feed/', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: feed.html }));
const page = await h.context.newPage();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto('https://www.linkedin.com/feed/');
for (let i = 0; i < 40; i++) { await page.mouse.wheel(0, 700); await page.waitForTimeout(120); }
await page.waitForTimeout(2000);
const { profile } = await cdp.send('Profiler.stop') as any;
const dt = new Map<number, number>();
const total = profile.timeDeltas.reduce((a: number, b: number) => a + b, 0);
profile.samples.forEach((id: number, i: number) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const rows = profile.nodes.map((n: any) => ({ f: n.callFrame.functionName, url: n.callFrame.url.split('/').pop(), line: n.callFrame.lineNumber, col: n.callFrame.columnNumber, self: (dt.get(n.id) ?? 0) / 1000 }));
const agg = new Map<string, number>();
for (const r of rows) { const k = `${r.f}@${r.url}:${r.line}:${r.col}`; agg.set(k, (agg.get(k) ?? 0) + r.self); }
console.log('total ms', total / 1000);
console.log([...agg.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25));
const src = readFileSync('/work/main/.output/chrome-mv3/content-scripts/linkedin.js', 'utf8').split('\n');
for (const [k] of [...agg.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
  const m = /@linkedin\.js:(\d+):(\d+)/.exec(k); if (!m) continue;
  console.log(k, '=>', src[+m[1]]!.slice(+m[2], +m[2] + 160));
}
await h.close();
