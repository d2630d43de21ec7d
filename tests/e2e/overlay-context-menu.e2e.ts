// "Check with Waspada" on selected text, on a site Waspada has no content script for. A test cannot
// click the browser's own context menu, so it calls the menu's click handler in the service worker
// with what the browser would pass; the verdict page then opens as it does for a user.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { extensionNetworkRequests, launch, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const AD =
  'Lowongan CS online di Phnom Penh, Kamboja. Gaji 1.500 USD/bulan, tiket dan visa gratis, mess disediakan. ' +
  'Tanpa pengalaman, cukup bisa mengetik. Berangkat pakai visa turis dulu, nanti di sana diurus izin kerjanya. ' +
  'Hubungi Telegram @loker_kamboja_contoh, berangkat minggu depan.';

test('the menu item exists (it is created on install)', async () => {
  const worker = h.context.serviceWorkers()[0]!;
  // chrome.contextMenus has no "list"; updating our item fails if it does not exist.
  const exists = () =>
    worker.evaluate(
      () => new Promise<boolean>((resolve) => (globalThis as any).chrome.contextMenus.update('waspada-check-selection', {}, () => resolve(!(globalThis as any).chrome.runtime.lastError))),
    );
  // Created by the install event, which may still be running right after launch.
  await expect.poll(exists, { timeout: 10_000 }).toBe(true);
});

test('a selection on any page opens the verdict page with the verdict for that text', async () => {
  // A page on a site without a content script: the fixture harness answers any https URL it knows.
  const page = await h.context.newPage();
  await h.context.route('https://forum.example.org/thread/1', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: `<!doctype html><html><body><p id="ad">${AD}</p></body></html>` }),
  );
  await page.goto('https://forum.example.org/thread/1');
  await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('ad')!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  const worker = h.context.serviceWorkers()[0]!;
  const opened = h.context.waitForEvent('page');
  await worker.evaluate(async (selectionText) => {
    const [tab] = await (globalThis as any).chrome.tabs.query({ url: 'https://forum.example.org/*' });
    const hook = (globalThis as unknown as { waspadaTest: { onContextMenuClick(info: unknown, tab: unknown): Promise<void> } }).waspadaTest;
    await hook.onContextMenuClick({ menuItemId: 'waspada-check-selection', selectionText, frameId: 0, pageUrl: tab?.url }, tab);
  }, AD);
  const verdictPage = await opened;
  await verdictPage.waitForLoadState();
  expect(verdictPage.url()).toMatch(new RegExp(`^chrome-extension://${h.extensionId}/verdict\\.html#check`));
  await expect.poll(() => verdictPage.locator('h2').first().textContent(), { timeout: 5_000 }).toContain('High risk');
  const body = await verdictPage.locator('main').textContent();
  expect(body).toContain('Main reasons');
  expect(body).toContain('visa turis');
  expect(body).toContain('Before you apply or travel');
  expect(await verdictPage.getByTestId('checked-text').textContent()).toContain('Phnom Penh');
  // The page's own Why? expands every flag.
  await verdictPage.getByRole('button', { name: 'Why?' }).click();
  expect(await verdictPage.locator('main').textContent()).toContain('Every warning sign found');
  await verdictPage.close();
  await page.close();
});

test('the verdict page also checks pasted text (the way in on Firefox for Android, which has no context menu)', async () => {
  const page = await h.openExtensionPage('verdict.html');
  await page.getByRole('textbox').fill('Kami membuka lowongan staf akuntansi di kantor Jakarta. Kontrak tertulis, BPJS, wawancara di kantor.');
  await page.getByRole('button', { name: 'Check' }).click();
  await expect.poll(() => page.locator('h2').first().textContent(), { timeout: 5_000 }).toContain('No strong warning signs');
  await page.getByRole('textbox').fill(AD);
  await page.getByRole('button', { name: 'Check' }).click();
  await expect.poll(() => page.locator('h2').first().textContent(), { timeout: 5_000 }).toContain('High risk');
  await page.close();
});

test('no network request from the extension', () => {
  expect(extensionNetworkRequests(h)).toEqual([]);
});
