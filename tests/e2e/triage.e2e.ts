// The triage bench in Chromium with the built extension: import a CSV of mixed ads with malformed
// rows (the errors are listed, the good rows kept), re-import (duplicates skipped), sort by score,
// open a cluster, mark an ad false positive, reload and find everything as it was; an ad sent from
// a page with "send to bench" arrives; and not one network request leaves the extension.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extensionNetworkRequests, FIXTURES_DIR, launch, SCREENSHOT_DIR, type Harness } from './harness';

const MIXED = join(FIXTURES_DIR, 'triage/mixed-ads.csv');

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await launch();
  page = await h.openExtensionPage('triage.html');
  await page.getByRole('heading', { name: 'Waspada triage bench' }).waitFor();
});
afterAll(async () => {
  await h?.close();
});

const summary = () => page.locator('.summary').textContent();
const scores = async () => (await page.locator('table.ads tbody td.score .score-number').allTextContents()).map(Number);

async function importFile(path: string): Promise<void> {
  await page.locator('input[type=file]').setInputFiles(path);
  await page.locator('.import-result').waitFor({ timeout: 30_000 });
  // the import is finished when clustering has run and the progress bar is gone
  await expect.poll(() => page.locator('.progress').count(), { timeout: 30_000 }).toBe(0);
}

describe('triage bench', () => {
  test('imports a CSV with malformed rows: good rows kept, bad rows listed with row and reason', async () => {
    await importFile(MIXED);
    const result = page.locator('.import-result');
    await expect.poll(() => result.textContent()).toMatch(/New ads added from mixed-ads\.csv: 7/);
    expect(await result.textContent()).toMatch(/Duplicates skipped: 1 /);
    const errors = await page.locator('.import-errors li').allTextContents();
    expect(errors).toEqual([
      'row 8: empty text',
      expect.stringMatching(/^row 9: .*quote/),
      'row 11: 7 fields, but the header has 5',
    ]);
    expect(await summary()).toMatch(/^Ads: 7 · clusters: 2 /);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'triage-imported.png'), fullPage: true });
  });

  test('importing the same file again adds nothing and says the duplicates were skipped', async () => {
    await importFile(MIXED);
    const text = await page.locator('.import-result').textContent();
    expect(text).toMatch(/New ads added from mixed-ads\.csv: 0 /);
    expect(text).toMatch(/Duplicates skipped: 8 /);
    expect(await summary()).toMatch(/^Ads: 7 /);
  });

  test('sorts by score both ways', async () => {
    const header = page.locator('th:has(button[data-sort="score"])');
    // default order is score, highest first
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const desc = await scores();
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    await page.locator('button[data-sort="score"]').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const asc = await scores();
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    expect(asc[0]).toBeLessThan(asc[asc.length - 1]!);
    await page.locator('button[data-sort="score"]').click();
  });

  test('opens the cluster of ads sharing a Telegram handle and marks one ad false positive', async () => {
    await page.getByRole('button', { name: /^Clusters/ }).click();
    // a1 and a2 share the Telegram handle, a2 and a3 the WhatsApp number: one cluster of three,
    // headed by its most shared contact (ties by key: phone before telegram)
    const open = page.locator('button.cluster-open', { hasText: 'phone +6281234567890' });
    await open.click();
    const heading = page.locator('#cluster-heading');
    expect(await heading.textContent()).toBe('2 ads share phone +6281234567890');
    const shared = await page.locator('.cluster-detail ul.shared li').allTextContents();
    expect(shared).toEqual(expect.arrayContaining(['Telegram @rekrut_asia_hr — 2 ads', 'phone +6281234567890 — 2 ads']));
    expect(await page.locator('.cluster-detail table.ads tbody tr').count()).toBe(3);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'triage-cluster.png'), fullPage: true });

    // the near-duplicate template (other numbers) is a cluster of its own
    await page.getByRole('button', { name: 'Back to all clusters' }).click();
    expect(await page.locator('button.cluster-open', { hasText: 'near-identical text' }).count()).toBe(1);
    await open.click();

    await page.locator('.cluster-detail td.title button', { hasText: 'Typing job Myawaddy' }).click();
    const detail = page.locator('aside.detail');
    await detail.locator('#detail-heading').waitFor();
    // evidence highlighted in place, rule metadata verbatim, the ad's text never parsed as HTML
    expect(await detail.locator('.ad-text mark').count()).toBeGreaterThan(0);
    expect(await detail.locator('article.rule h5', { hasText: 'Known false positives' }).count()).toBeGreaterThan(0);
    await detail.locator('select[name=status]').selectOption('false-positive');
    await expect.poll(() => page.locator('.cluster-detail tr', { hasText: 'Typing job Myawaddy' }).locator('td.status').textContent()).toBe('False positive');
    await detail.getByLabel('Reviewer note').fill('Genuine border-area logistics job, checked with the employer.');
    await detail.getByRole('button', { name: 'Save note' }).click();
    await detail.getByText('Note saved.').waitFor();
  });

  test('after a reload everything is as it was', async () => {
    await page.reload();
    await page.getByRole('heading', { name: 'Waspada triage bench' }).waitFor();
    await expect.poll(summary).toMatch(/^Ads: 7 · clusters: 2 /);
    // the last import's errors are still listed
    expect(await page.locator('.import-errors li').count()).toBe(3);
    const row = page.locator('table.ads tbody tr', { hasText: 'Typing job Myawaddy' });
    expect(await row.locator('td.status').textContent()).toBe('False positive');
    await row.locator('td.title button').click();
    expect(await page.getByLabel('Reviewer note').inputValue()).toBe('Genuine border-area logistics job, checked with the employer.');
    await page.getByRole('button', { name: /^Clusters/ }).click();
    expect(await page.locator('button.cluster-open', { hasText: 'phone +6281234567890' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Export and delete' }).click();
    expect(await page.getByText('Ads marked false positive: 1.').count()).toBe(1);
  });

  test('an ad sent with "send to bench" arrives, once', async () => {
    const sender = await h.openExtensionPage('options.html');
    const post = { kind: 'job-posting', platform: 'linkedin', url: 'https://www.linkedin.com/jobs/view/1', title: 'Operator Laos', text: 'Operator job in Golden Triangle SEZ, Laos. Free visa and ticket, salary 1500 USD. Contact Telegram @laos_jobs_hr' };
    const answers = await sender.evaluate(async (p) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
      const screened = (await runtime.sendMessage({ type: 'screen', posts: [p] })) as { verdicts: unknown[] };
      const first = await runtime.sendMessage({ type: 'triage/add', post: p, verdict: screened.verdicts[0] });
      const second = await runtime.sendMessage({ type: 'triage/add', post: p, verdict: screened.verdicts[0] });
      return [first, second];
    }, post);
    expect(answers).toEqual([
      { ok: true, duplicate: false },
      { ok: true, duplicate: true },
    ]);
    await sender.close();
    // the open bench hears about it and reloads
    await expect.poll(summary, { timeout: 15_000 }).toMatch(/^Ads: 8 /);
  });

  test('is usable at 360 px', async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.getByRole('button', { name: /^Ads/ }).click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.locator('table.ads tbody tr td.title button').first().click();
    await page.locator('#detail-heading').waitFor();
    const overflowWithDetail = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflowWithDetail).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'triage-360.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test('makes no network request', () => {
    expect(extensionNetworkRequests(h)).toEqual([]);
  });
});
