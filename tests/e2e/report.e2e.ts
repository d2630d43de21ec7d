// The report flow in Chromium with the built extension: a flagged fixture post → Report → the report
// page (preview, hotline for the chosen country, channels), the popup and options pages, the safety
// guide; and not one network request from the extension.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extensionNetworkRequests, launch, SCREENSHOT_DIR, type Harness } from './harness';
import { OverlayProbe, waitForOverlays } from './overlay-helpers';

const CLASSIC = 'linkedin/job-view-classic--2026-11.html';
const JOB = 'linkedin:job:4012345678';
const NOTE = 'A recruiter messaged my sister about this job on WhatsApp.';

let h: Harness;

beforeAll(async () => {
  h = await launch();
  // Extension origins cannot be granted permissions here; the clipboard is read back from the post's page.
  await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.linkedin.com' });
});
afterAll(async () => {
  await h?.close();
});

/** Sets the country (and language) through the options page, as a user would. */
async function setOptions(country: string, uiLang: 'auto' | 'en' | 'id' = 'en'): Promise<void> {
  const page = await h.openExtensionPage('options.html');
  const select = page.locator('#opt-country');
  await select.waitFor();
  await select.selectOption(country);
  await page.locator(`#lang-${uiLang}`).check();
  await expect.poll(() => page.locator('[data-testid="options-status"]').textContent()).toMatch(/Saved|Tersimpan/);
  await page.close();
}

/** Waits for the report tab that a Report click opens. */
async function nextReportPage(trigger: () => Promise<unknown>): Promise<Page> {
  const opened = h.context.waitForEvent('page', { predicate: (p) => p.url().includes('/report.html?draft='), timeout: 15_000 });
  await trigger();
  const page = await opened;
  await page.locator('#preview-heading').waitFor({ timeout: 15_000 });
  return page;
}

/** Sends 'report/open' from an extension page, as the verdict page and triage bench do. */
async function openReportByMessage(post: Record<string, unknown>): Promise<Page> {
  const sender = await h.openExtensionPage('options.html');
  const page = await nextReportPage(() =>
    sender.evaluate(async (p) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
      const screened = (await runtime.sendMessage({ type: 'screen', posts: [p] })) as { verdicts: unknown[] };
      return runtime.sendMessage({ type: 'report/open', post: p, verdict: screened.verdicts[0] });
    }, post),
  );
  await sender.close();
  return page;
}

const sendingTo = (page: Page) => page.locator('[data-testid="sending-to"]').textContent();
const reportText = (page: Page) => page.locator('[data-testid="report-text"]').textContent();

describe('report from a flagged post', () => {
  let post: Page;
  let report: Page;

  test('the overlay’s Report button opens the report page with the post, its flags and contacts', async () => {
    await setOptions('ph');
    post = await h.openFixture(CLASSIC);
    await waitForOverlays(post);
    const probe = await OverlayProbe.attach(post);
    report = await nextReportPage(() => probe.click(JOB, '[data-action="report"]'));
    await probe.detach();

    expect(report.url()).toContain(`chrome-extension://${h.extensionId}/report.html?draft=`);
    expect(await report.locator('#edit-title').inputValue()).toContain('Customer Service Representative');
    expect(await report.locator('#edit-postUrl').inputValue()).toBe('https://www.linkedin.com/jobs/view/4012345678/');
    expect(await report.locator('#edit-platform').inputValue()).toBe('linkedin');
    expect(await report.locator('#edit-text').inputValue()).toMatch(/\S{20,}/);
    expect(await report.locator('ul.flags > li').count()).toBeGreaterThan(1);
    expect(await report.locator('#edit-seenAt').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const text = (await reportText(report))!;
    expect(text).toContain('Post address: https://www.linkedin.com/jobs/view/4012345678/');
    expect(text).toMatch(/Warning signs found \([1-9]/);
  });

  test('the hotline matches the country chosen in the options (Philippines → IACAT 1343, DMW listed)', async () => {
    expect(await report.locator('#report-country').inputValue()).toBe('ph');
    const options = report.locator('[data-testid="hotline-option"]');
    expect(await options.first().locator('label').textContent()).toContain('IACAT 1343');
    expect(await options.first().locator('input[type=radio]').isChecked()).toBe(true);
    expect(await sendingTo(report)).toContain('IACAT 1343');
    const dmw = options.filter({ hasText: 'DMW hotline 1348' });
    expect(await dmw.locator('label').textContent()).toContain('unverified — check before calling');
    expect(await reportText(report)).toContain('Sent to: IACAT 1343');
    expect(await report.getByRole('link', { name: /DMW — licensed recruitment agencies/ }).count()).toBe(1);
    expect(await report.getByRole('heading', { name: 'Also report it on LinkedIn' }).count()).toBe(1);
  });

  test('the note typed in the preview goes into the text, the e-mail draft and the WhatsApp message', async () => {
    await report.locator('#edit-note').fill(NOTE);
    await expect.poll(() => reportText(report)).toContain(NOTE);
    const mail = (await report.getByRole('link', { name: 'E-mail to someone else' }).getAttribute('href'))!;
    expect(decodeURIComponent(mail)).toContain(NOTE);
    const wa = (await report.getByRole('link', { name: /Share on WhatsApp/ }).getAttribute('href'))!;
    expect(wa).toMatch(/^https:\/\/wa\.me\/\?text=/);
    expect(decodeURIComponent(wa)).toContain(NOTE);
  });

  test('changing the country on the page changes the hotline (Indonesia → KP2MI)', async () => {
    await report.locator('#report-country').selectOption('id');
    await expect.poll(() => sendingTo(report)).toContain('KP2MI');
    expect(await report.getByRole('link', { name: /SISKOP2MI/ }).count()).toBe(1);
    await report.locator('#report-country').selectOption('ph');
    await expect.poll(() => sendingTo(report)).toContain('IACAT 1343');
  });

  test('capturing the post’s tab without a toolbar click is refused by the browser, and the page says what to do', async () => {
    await report.getByRole('button', { name: 'Capture the post’s tab' }).click();
    await expect.poll(() => report.locator('.screenshot [role=status]').textContent(), { timeout: 10_000 }).toMatch(/did not allow the capture.*toolbar button/);
    expect(await report.locator('img.shot').count()).toBe(0);
  });

  test('copy works from the keyboard and keeps a copy in the local history', async () => {
    await report.bringToFront();
    const copy = report.getByRole('button', { name: 'Copy the report as text' });
    await copy.focus();
    await report.keyboard.press('Enter');
    await expect.poll(() => report.getByText(/Copied\./).count()).toBe(1);
    await post.bringToFront();
    const copied = await post.evaluate(() => navigator.clipboard.readText()).catch(() => null);
    if (copied !== null) {
      expect(copied).toContain(NOTE);
      expect(copied).toContain('Sent to: IACAT 1343');
    }
    await report.bringToFront();

    const history = await h.openExtensionPage('report.html');
    await history.getByRole('link', { name: /Customer Service Representative/ }).first().waitFor();
    await history.close();
  });

  test('reads at 360 px without sideways scrolling (screenshot for README)', async () => {
    await report.setViewportSize({ width: 360, height: 800 });
    const fit = await report.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(fit.scroll).toBeLessThanOrEqual(fit.client);
    await report.screenshot({ path: join(SCREENSHOT_DIR, 'report-360.png') });
    await report.setViewportSize({ width: 1100, height: 1400 });
    await report.screenshot({ path: join(SCREENSHOT_DIR, 'report-en.png') });
    await report.close();
  });

  test('the popup on the post’s tab shows what was checked and reports the latest flagged post', async () => {
    // The post's tab id, as the report draft recorded it (without the "tabs" permission tab URLs are hidden).
    const options = await h.openExtensionPage('options.html');
    const tabId = await options.evaluate(async () => {
      const session = (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<Record<string, { sourceTabId?: number }>> } } } })
        .chrome.storage.session;
      return Object.values(await session.get(null)).find((d) => typeof d.sourceTabId === 'number')?.sourceTabId;
    });
    await options.close();
    expect(tabId).toBeTypeOf('number');
    const popup = await h.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.setViewportSize({ width: 360, height: 640 });
    await popup.locator('[data-testid="counts"]').waitFor();
    expect(await popup.locator('[data-testid="counts"]').textContent()).toMatch(/\d+\s*High risk/);
    expect(await popup.locator('[data-testid="latest"]').textContent()).toContain('Customer Service Representative');
    expect(await popup.getByLabel('Check posts on LinkedIn').isChecked()).toBe(true);
    await popup.screenshot({ path: join(SCREENSHOT_DIR, 'popup-en.png') });
    const fromPopup = await nextReportPage(() => popup.getByRole('button', { name: 'Report this post' }).click());
    expect(await fromPopup.locator('#edit-postUrl').inputValue()).toBe('https://www.linkedin.com/jobs/view/4012345678/');
    await fromPopup.close();
    if (!popup.isClosed()) await popup.close();
    await post.close();
  });
});

describe('report opened by message, in Indonesian', () => {
  test('Indonesian interface, KP2MI first, unverified marked, no line taken from the post', async () => {
    await setOptions('id', 'id');
    const report = await openReportByMessage({
      platform: 'facebook',
      url: 'https://www.facebook.com/groups/123/posts/456/?fbclid=abc',
      kind: 'social-post',
      postedBy: 'HRD Sari',
      text:
        'LOWONGAN KERJA LUAR NEGERI — Customer Service di Kamboja. Gaji Rp 15.000.000/bulan, tiket & visa ditanggung, ' +
        'tanpa pengalaman. Berangkat pakai visa turis. Paspor disimpan perusahaan. Hubungi WA 0811-8080-141 atau Telegram @hrd_cambo.',
      capturedAt: '2026-11-27T09:00:00Z',
    });
    expect(await report.getByRole('heading', { name: '1. Ke mana melapor' }).count()).toBe(1);
    expect(await report.locator('#report-country').inputValue()).toBe('id');
    // The post quotes KP2MI's own WhatsApp number: KP2MI is not offered, and no link goes to that number.
    expect(await report.locator('[data-testid="blocked-hotline"]').textContent()).toContain('KP2MI');
    expect(await sendingTo(report)).not.toContain('KP2MI');
    for (const href of await report.locator('a[href^="tel:"], a[href^="https://wa.me/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      expect(href.split('?')[0]).not.toContain('8118080141');
    }
    expect(await report.getByText('belum diverifikasi — periksa sebelum menghubungi').count()).toBeGreaterThan(0);
    expect(await reportText(report)).toContain('Laporan: iklan lowongan kerja mencurigakan');
    expect(await reportText(report)).not.toContain('fbclid');
    await report.screenshot({ path: join(SCREENSHOT_DIR, 'report-id.png'), fullPage: false });
    await report.close();
    await setOptions('ph', 'en');
  });
});

describe('options and guide pages', () => {
  test('the safety guide reads at 360 px in both languages and lists the embassy where the person is', async () => {
    const guide = await h.openExtensionPage('guide.html');
    await guide.setViewportSize({ width: 360, height: 800 });
    await guide.getByRole('heading', { name: 'Before you go' }).waitFor();
    await guide.locator('#guide-home').selectOption('id');
    await guide.locator('#guide-where').selectOption('kh');
    expect(await guide.locator('section:has(#there) [data-org]').first().getAttribute('data-org')).toBe('kbri-phnom-penh');
    const fit = await guide.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
    expect(fit).toBe(true);
    await guide.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await guide.getByRole('heading', { name: 'Sebelum berangkat' }).waitFor();
    await guide.getByRole('button', { name: 'English' }).click();
    await guide.close();
  });

  test('the options page reads at 360 px, and "delete all my data" empties everything', async () => {
    const options = await h.openExtensionPage('options.html');
    await options.setViewportSize({ width: 360, height: 800 });
    await options.locator('#opt-country').waitFor();
    expect(await options.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await options.getByRole('button', { name: 'Delete all my data' }).click();
    await options.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect.poll(() => options.locator('[data-testid="data-status"]').textContent()).toMatch(/deleted/);
    const stored = await options.evaluate(async () => {
      const storage = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<object> } } } }).chrome.storage;
      return storage.local.get(null);
    });
    expect(Object.keys(stored)).toEqual(['waspada-meta']);
    expect(await options.locator('#opt-country').inputValue()).toBe('');
    await options.close();
  });
});

test('no network request from the extension, and none to anything but the fixture page', () => {
  expect(extensionNetworkRequests(h)).toEqual([]);
  const external = h.requests.map((r) => r.url).filter((u) => !u.startsWith(`chrome-extension://${h.extensionId}/`));
  expect(external.every((u) => u.startsWith('https://www.linkedin.com/jobs/view/4012345678'))).toBe(true);
});
