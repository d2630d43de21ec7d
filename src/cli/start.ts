// `npm start`: build the extension, then open Chromium with it loaded on the bundled demo page (a
// LinkedIn-like job search with invented jobs) when this machine has a display; otherwise print how
// to load the built extension in Chrome, Firefox and Firefox for Android.
//   npm start -- --no-build      skip the build
//   WASPADA_CHROMIUM=/path/to/chrome npm start
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const CHROME_DIR = join(ROOT, '.output/chrome-mv3');
const FIREFOX_DIR = join(ROOT, '.output/firefox-mv2');
const DEMO_FILE = join(ROOT, 'tests/fixtures/demo/linkedin-like--2026-11.html');
/** The demo's own address (its waspada:fixture-url); the LinkedIn content script matches it. */
const DEMO_URL = 'http://localhost/demo/linkedin-like--2026-11.html';

const CHROMIUM_CANDIDATES = [
  process.env.WASPADA_CHROMIUM,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
].filter((path): path is string => Boolean(path));

function hasDisplay(): boolean {
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function printHowToLoad(reason: string): void {
  console.log(`
${reason}

The extension is built. To try it:

Chrome / Chromium / Edge
  1. Open chrome://extensions and switch on "Developer mode".
  2. "Load unpacked" → ${CHROME_DIR}
  3. Open a LinkedIn job page, or the demo page: turn on "Allow access to file URLs" in the
     extension's details, then open file://${DEMO_FILE}

Firefox (desktop)
  1. npm run build:firefox
  2. about:debugging#/runtime/this-firefox → "Load Temporary Add-on…" → ${join(FIREFOX_DIR, 'manifest.json')}
     (or: npx web-ext run -s ${FIREFOX_DIR})
  3. Open a LinkedIn job page, or file://${DEMO_FILE}

Firefox for Android (USB debugging on the phone)
  npx web-ext run -t firefox-android --adb-device <device id> --firefox-apk org.mozilla.firefox -s ${FIREFOX_DIR}
  Android has no context menu: check any text by pasting it into the extension's verdict page.
`);
}

async function openDemo(executablePath: string): Promise<void> {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'waspada-start-'));
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: false,
    viewport: null,
    args: [
      `--disable-extensions-except=${CHROME_DIR}`,
      `--load-extension=${CHROME_DIR}`,
      '--no-first-run',
      '--no-default-browser-check',
      ...(asRoot ? ['--no-sandbox'] : []),
    ],
  });
  // The demo page is answered from the checkout at its own address, like the end-to-end tests do;
  // every other address goes to the network as usual.
  await context.route(DEMO_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(DEMO_FILE) }),
  );
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(DEMO_URL);
  console.log(`
Chromium is open with Waspada loaded on the demo page (${DEMO_URL}).
The highlighted job and two cards carry scam-compound recruitment signs; the others do not.
Try "Why?", Report and "Not a scam"; select any text on any page and right-click "Check with Waspada".
Close the browser window to finish.`);
  await new Promise<void>((done) => context.on('close', () => done()));
  rmSync(profile, { recursive: true, force: true });
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) execSync('npx wxt build', { cwd: ROOT, stdio: 'inherit' });
  if (!existsSync(join(CHROME_DIR, 'manifest.json'))) throw new Error(`no build at ${CHROME_DIR}`);
  if (!hasDisplay()) {
    printHowToLoad('No display here (no $DISPLAY or $WAYLAND_DISPLAY), so no browser was opened.');
    return;
  }
  const executable = CHROMIUM_CANDIDATES.find((path) => existsSync(path));
  if (!executable) {
    printHowToLoad('No Chromium or Chrome found (set WASPADA_CHROMIUM to its path).');
    return;
  }
  try {
    await openDemo(executable);
  } catch (err) {
    printHowToLoad(`Could not open ${executable}: ${(err as Error).message.split('\n')[0]}`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
