import { join } from 'node:path';
import { test } from 'vitest';
import { FIXTURES_DIR, launch } from '/work/main/tests/e2e/harness';
test('dbg', async () => {
  const h = await launch();
  const page = await h.openExtensionPage('triage.html');
  page.on('console', (m) => console.log('CONSOLE', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  await page.waitForTimeout(3000);
  console.log(await page.locator('body').innerText());
  await page.locator('input[type=file]').setInputFiles(join(FIXTURES_DIR, 'triage/mixed-ads.csv'));
  await page.waitForTimeout(8000);
  console.log(await page.locator('body').innerText());
  await h.close();
}, 120000);
