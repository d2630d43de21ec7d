// Bahasa Indonesia: a browser in Indonesian gets the warning in Indonesian; the setting overrides it.
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { extensionNetworkRequests, launch, SCREENSHOT_DIR, type Harness } from './harness';
import { overlayHosts, OverlayProbe, waitForOverlays } from './overlay-helpers';

const DEMO = 'demo/linkedin-like--2026-11.html';
const DEMO_JOB = 'linkedin:job:4019990001';

let h: Harness;
beforeAll(async () => {
  h = await launch({ locale: 'id-ID' });
});
afterAll(async () => {
  await h?.close();
});

test('an Indonesian browser gets the warning in Bahasa Indonesia', async () => {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 1100, height: 1000 });
  await h.openFixture(DEMO, { page });
  const hosts = await waitForOverlays(page, { min: 3 });
  expect(hosts.every((x) => x.lang === 'id')).toBe(true);
  const probe = await OverlayProbe.attach(page);
  const text = await probe.text(DEMO_JOB);
  expect(text).toContain('Risiko tinggi: ini tampak seperti perekrutan ke markas penipuan online');
  expect(text).toContain('Alasan utama');
  expect(text).toContain('Sebelum melamar atau berangkat');
  expect(text).toContain('Jangan berangkat kerja dengan visa turis');
  expect(text).toContain('SISKOP2MI');
  expect(text).toContain('Safe Travel');
  expect(text).toMatch(/Laporkan.*Bukan penipuan.*Tutup/);
  // Rule explanations come in Indonesian too.
  expect(text).not.toContain('This is a job offer in a town');
  expect(await probe.text('linkedin:job-card:4019990001', 'badge')).toContain('Risiko tinggi · tanda scam compound');
  await page.locator(`[data-waspada-post="${DEMO_JOB}"]`).screenshot({ path: join(SCREENSHOT_DIR, 'overlay-id.png') });
  await probe.detach();
  await page.close();
});

test('the language setting overrides the browser language, live', async () => {
  const page = await h.openFixture(DEMO);
  await waitForOverlays(page, { min: 3 });
  const worker = h.context.serviceWorkers()[0]!;
  await worker.evaluate(async () => {
    const { settings } = await (globalThis as any).chrome.storage.local.get('settings');
    await (globalThis as any).chrome.storage.local.set({ settings: { ...(settings ?? {}), uiLang: 'en' } });
  });
  await expect.poll(async () => (await overlayHosts(page)).map((x) => x.lang), { timeout: 5_000 }).toEqual(['en', 'en', 'en']);
  const probe = await OverlayProbe.attach(page);
  expect(await probe.text(DEMO_JOB)).toContain('High risk: this looks like recruitment into a scam compound');
  await probe.detach();
  await worker.evaluate(async () => {
    const { settings } = await (globalThis as any).chrome.storage.local.get('settings');
    await (globalThis as any).chrome.storage.local.set({ settings: { ...(settings ?? {}), uiLang: 'auto' } });
  });
  await page.close();
});

test('no network request from the extension', () => {
  expect(extensionNetworkRequests(h)).toEqual([]);
});
