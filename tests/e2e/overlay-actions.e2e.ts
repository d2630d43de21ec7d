// The warning panel's behaviour in a real page: keyboard, isolation from the page's own handlers,
// Report / Not a scam / Dismiss, dark pages, phone width; and the screenshots for README.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extensionNetworkRequests, launch, SCREENSHOT_DIR, type Harness } from './harness';
import { overlayHosts, OverlayProbe, waitForOverlays } from './overlay-helpers';

const JOB = 'linkedin:job:4012345678';
const CLASSIC = 'linkedin/job-view-classic--2026-11.html';
const DEMO = 'demo/linkedin-like--2026-11.html';
const DEMO_JOB = 'linkedin:job:4019990001';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe('keyboard and isolation', () => {
  test('"Why?" opens with Enter and Space, closes with Escape; focus order follows the reading order', async () => {
    const page = await h.openFixture(CLASSIC);
    await waitForOverlays(page);
    const probe = await OverlayProbe.attach(page);
    await probe.focus(JOB, '[data-action="why"]');
    await page.keyboard.press('Enter');
    expect(await probe.attribute(JOB, '[data-action="why"]', 'aria-expanded')).toBe('true');
    expect(await probe.text(JOB)).toContain('Every warning sign found');
    await page.keyboard.press('Escape');
    expect(await probe.attribute(JOB, '[data-action="why"]', 'aria-expanded')).toBe('false');
    expect(await probe.text(JOB)).not.toContain('Every warning sign found');
    await page.keyboard.press(' ');
    expect(await probe.attribute(JOB, '[data-action="why"]', 'aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    // Tab moves from "Why?" to Report, Not a scam, Dismiss.
    const order: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.activeElement?.getAttribute('data-waspada') ?? document.activeElement?.tagName ?? ''));
    }
    // Focus stays inside our (closed) host: the page sees the host as the active element.
    expect(order).toEqual(['panel', 'panel', 'panel']);
    await probe.detach();
    await page.close();
  });

  test("clicks and keys inside the warning never reach the page's handlers", async () => {
    const page = await h.openFixture(CLASSIC);
    await waitForOverlays(page);
    await page.evaluate(() => {
      const w = window as unknown as { seen: string[] };
      w.seen = [];
      for (const type of ['click', 'keydown', 'mousedown']) {
        document.querySelector('main')!.addEventListener(type, () => w.seen.push(type));
      }
    });
    const probe = await OverlayProbe.attach(page);
    await probe.click(JOB, '[data-action="why"]');
    await page.keyboard.press('j');
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);
    await probe.detach();
    await page.close();
  });
});

describe('actions', () => {
  test('Report opens the report flow (or copies a plain-text report when it is unavailable)', async () => {
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.linkedin.com' });
    const page = await h.openFixture(CLASSIC);
    await waitForOverlays(page);
    const probe = await OverlayProbe.attach(page);
    const opened = h.context.waitForEvent('page', { timeout: 5_000 }).catch(() => undefined);
    await probe.click(JOB, '[data-action="report"]');
    await expect.poll(() => probe.text(JOB), { timeout: 5_000 }).toMatch(/report opened in a new tab|Report text copied/);
    const text = await probe.text(JOB);
    if (text.includes('report opened')) {
      const reportPage = await opened;
      expect(reportPage?.url()).toContain(`chrome-extension://${h.extensionId}/report.html`);
      await reportPage?.close();
    } else {
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toContain('Waspada report');
      expect(copied).toContain('https://www.linkedin.com/jobs/view/4012345678/');
      expect(copied).toContain('Sihanoukville');
    }
    await probe.detach();
    await page.close();
  });

  test('Dismiss hides the warning for this page view only', async () => {
    const page = await h.openFixture(CLASSIC);
    await waitForOverlays(page);
    const probe = await OverlayProbe.attach(page);
    await probe.click(JOB, '[data-action="dismiss"]');
    await expect.poll(async () => (await overlayHosts(page)).filter((x) => x.post === JOB)).toEqual([]);
    // The post itself is untouched.
    expect(await page.locator('#job-details').isVisible()).toBe(true);
    await page.reload();
    expect((await waitForOverlays(page)).map((x) => x.post)).toContain(JOB);
    await probe.detach();
    await page.close();
  });

  test('"Not a scam" hides the warning for that post, also after a reload', async () => {
    const page = await h.openFixture('x/timeline--2026-11.html');
    const post = 'x:status:1850000000000000001';
    await waitForOverlays(page);
    const probe = await OverlayProbe.attach(page);
    await probe.click(post, '[data-action="not-a-scam"]');
    await expect.poll(async () => (await overlayHosts(page)).filter((x) => x.post === post)).toEqual([]);
    await page.reload();
    await page.waitForTimeout(2500);
    expect((await overlayHosts(page)).filter((x) => x.post === post)).toEqual([]);
    await probe.detach();
    await page.close();
  });
});

describe('appearance', () => {
  test('screenshot in English (README)', async () => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 1100, height: 1000 });
    await h.openFixture(DEMO, { page });
    await waitForOverlays(page, { min: 3 });
    const host = page.locator(`[data-waspada-post="${DEMO_JOB}"]`);
    await host.screenshot({ path: join(SCREENSHOT_DIR, 'overlay-en.png') });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'demo-page-en.png') });
    await page.close();
  });

  test('dark pages get the dark theme (LinkedIn dark mode)', async () => {
    const page = await h.context.newPage();
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style');
        style.textContent = 'html,body{background:#1b1f23 !important;color:#e8eaed !important} main{background:#1d2226}';
        document.head.append(style);
        document.documentElement.classList.add('theme--dark');
      });
    });
    await h.openFixture(CLASSIC, { page });
    await waitForOverlays(page);
    const probe = await OverlayProbe.attach(page);
    expect(await probe.attribute(JOB, 'section', 'class')).toContain('w-theme-dark');
    await page.locator(`[data-waspada-post="${JOB}"]`).screenshot({ path: join(SCREENSHOT_DIR, 'overlay-dark.png') });
    await probe.detach();
    await page.close();
  });

  test('fits a 360 px phone screen without horizontal scrolling', async () => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 360, height: 780 });
    await h.openFixture(CLASSIC, { page });
    await waitForOverlays(page);
    const host = page.locator(`[data-waspada-post="${JOB}"]`);
    const fit = await host.evaluate((el) => ({ width: el.getBoundingClientRect().width, scroll: el.scrollWidth, client: el.clientWidth }));
    expect(fit.width).toBeLessThanOrEqual(360);
    expect(fit.scroll).toBeLessThanOrEqual(fit.client + 1);
    await host.screenshot({ path: join(SCREENSHOT_DIR, 'overlay-360.png') });
    await page.close();
  });
});

test('no network request from the extension', () => {
  expect(extensionNetworkRequests(h)).toEqual([]);
});
