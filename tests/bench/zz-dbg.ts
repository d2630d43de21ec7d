import { launch } from '/work/main/tests/e2e/harness';
import { syntheticFeed } from '/work/main/tests/bench/page-feed';
const feed = syntheticFeed(100);
const h = await launch();
await h.context.route('https://www.linkedin.com/feed/', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: feed.html }));
const page = await h.context.newPage();
page.on('console', (m) => { if (m.text().startsWith('waspada-debug')) console.log(m.text()); });
await page.goto('https://www.linkedin.com/feed/');
for (let i = 0; i < 40; i++) { await page.mouse.wheel(0, 700); await page.waitForTimeout(120); }
await page.waitForTimeout(2000);
await h.close();
