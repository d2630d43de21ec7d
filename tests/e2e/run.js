#!/usr/bin/env node
// `npm run test:e2e`: builds the Chrome extension, then runs the real-browser tests in Chromium.
// Writes {passed, failed} to $WASPADA_E2E_RESULTS when set, so CI can count the tests.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';

const chromium = process.env.WASPADA_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`test:e2e needs Debian's Chromium at ${chromium}: sudo apt-get install -y chromium`);
  process.exit(1);
}
// The testing mode exposes the background's test hook (see entrypoints/background.ts).
execSync('npx wxt build --mode testing', { stdio: 'inherit' });
const json = join(tmpdir(), `waspada-e2e-${process.pid}.json`);
const run = spawnSync('npx', ['vitest', 'run', '--config', 'tests/e2e/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile=${json}`], { stdio: 'inherit' });
if (process.env.WASPADA_E2E_RESULTS && existsSync(json)) {
  const r = JSON.parse(readFileSync(json, 'utf8'));
  writeFileSync(process.env.WASPADA_E2E_RESULTS, JSON.stringify({ passed: r.numPassedTests, failed: r.numFailedTests }));
}
rmSync(json, { force: true });
process.exit(run.status ?? 1);
