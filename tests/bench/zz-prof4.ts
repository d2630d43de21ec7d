import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticFeed } from './page-feed';
const EXT = '/tmp/wxt-nomin/chrome-mv3';
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'p-')), { executablePath: '/usr/bin/chromium', headless: true, args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
await (context.serviceWorkers()[0] ?? context.waitForEvent('serviceworker', { timeout: 60000 }));
const feed = syntheticFeed(300);
await context.route('https://www.linkedin.com/feed/', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: feed.html }));
const page = await context.newPage();
await page.goto('https://www.linkedin.com/feed/');
await page.waitForTimeout(3000);
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
for (let i = 0; i < 80; i++) { await page.mouse.wheel(0, 700); await page.waitForTimeout(120); }
await page.waitForTimeout(2000);
const { profile } = await cdp.send('Profiler.stop') as any;
const dt = new Map<number, number>();
profile.samples.forEach((id: number, i: number) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const groups = new Map<string, number>();
const names = ['batch', 'onMutations', 'onVisibility', 'deliver', 'pump', 'render', 'mountOverlay', 'extractItem', 'flush', 'sweep', 'consider', 'createShadowRootUi', 'WarningPanel', 'CardBadge', 'pageTheme'];
let total = 0;
for (const [id, t] of dt) {
  const stack: any[] = []; let cur: any = byId.get(id); while (cur) { stack.push(cur); cur = byId.get(parent.get(cur.id)); }
  if (!stack.some((n) => n.callFrame.url.includes('content-scripts'))) continue;
  total += t;
  const fnames = stack.map((n) => n.callFrame.functionName);
  const hit = names.filter((n) => fnames.includes(n)).join('>') || fnames.filter((f: string) => f).slice(0, 3).join('<');
  groups.set(hit, (groups.get(hit) ?? 0) + t);
}
console.log('total', (total / 1000).toFixed(1), 'ms');
for (const [k, v] of [...groups.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / 1000).toFixed(1), k);
console.log('overlays', await page.evaluate(() => document.querySelectorAll('waspada-warning').length));
await context.close();
