// End-to-end harness: Debian's Chromium (never a downloaded browser) driven by playwright-core, with
// the built unpacked extension loaded, fixture pages answered at their real site URLs by request
// routing (so content scripts run exactly as on the site), and every network request recorded.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
// The testing build (`wxt build --mode testing`, made by `npm run test:e2e` and `npm run bench:page`):
// the release build has no background test hook. WASPADA_EXTENSION_DIR: a copy of the build, so a
// rebuild in the same checkout cannot pull it away mid-run.
export const EXTENSION_DIR = process.env.WASPADA_EXTENSION_DIR ?? join(ROOT, '.output/chrome-mv3-testing');
export const FIXTURES_DIR = join(ROOT, 'tests/fixtures');
export const SCREENSHOT_DIR = join(ROOT, 'tests/e2e/screenshots');
const CHROMIUM = process.env.WASPADA_CHROMIUM ?? '/usr/bin/chromium';

export interface Harness {
  readonly context: BrowserContext;
  readonly extensionId: string;
  /** Every request the browser made, with whether an extension context started it. */
  readonly requests: RecordedRequest[];
  /** Opens a fixture at the URL written in its `waspada:fixture-url` meta tag (or `url`). */
  openFixture(fixture: string, opts?: { url?: string; page?: Page }): Promise<Page>;
  /** Opens one of the extension's own pages, e.g. 'popup.html'. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface RecordedRequest {
  readonly url: string;
  readonly fromExtension: boolean;
}

/** The URL a fixture declares for itself. */
export function fixtureUrl(fixture: string): string {
  const html = readFileSync(join(FIXTURES_DIR, fixture), 'utf8');
  const url = /<meta name="waspada:fixture-url" content="([^"]+)"/.exec(html)?.[1];
  if (!url) throw new Error(`${fixture} has no waspada:fixture-url meta tag`);
  return url;
}

export function fixtureMeta(fixture: string, name: 'risky' | 'benign'): string[] {
  const html = readFileSync(join(FIXTURES_DIR, fixture), 'utf8');
  const m = new RegExp(`<meta name="waspada:fixture-${name}" content="([^"]*)"`).exec(html);
  return m?.[1]?.split(/\s+/).filter(Boolean) ?? [];
}

function isExtensionRequest(request: Request, extensionId: string): boolean {
  if (request.serviceWorker()) return true;
  const frameUrl = (() => {
    try {
      return request.frame().url();
    } catch {
      return '';
    }
  })();
  return frameUrl.startsWith(`chrome-extension://${extensionId}`) || request.url().startsWith('chrome-extension://');
}

export async function launch(opts: { locale?: string } = {}): Promise<Harness> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'waspada-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: opts.locale ?? 'en-US',
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(opts.locale ? [`--lang=${opts.locale}`] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 60_000 }));
  const extensionId = new URL(worker.url()).host;
  const requests: RecordedRequest[] = [];
  context.on('request', (r) => requests.push({ url: r.url(), fromExtension: isExtensionRequest(r, extensionId) }));

  // Fixture pages are answered locally at their site URL; anything else the page asks for is refused.
  const routes = new Map<string, string>();
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, async (route) => {
    const url = route.request().url();
    const file = routes.get(url.split('#')[0]!);
    if (file) await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(FIXTURES_DIR, file)) });
    else await route.fulfill({ status: 404, body: '' });
  });

  return {
    context,
    extensionId,
    requests,
    async openFixture(fixture, o = {}) {
      const url = o.url ?? fixtureUrl(fixture);
      routes.set(url.split('#')[0]!, fixture);
      const page = o.page ?? (await context.newPage());
      await page.goto(url);
      return page;
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Requests an extension context made to anything but its own files: must stay empty. */
export function extensionNetworkRequests(h: Harness): string[] {
  return h.requests.filter((r) => r.fromExtension && !r.url.startsWith(`chrome-extension://${h.extensionId}/`)).map((r) => r.url);
}
