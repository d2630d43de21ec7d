import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main';

const dir = mkdtempSync(join(tmpdir(), 'waspada-cli-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { status, out, err };
}

const RISKY = 'Loker CS di Kamboja, gaji 1500 USD, tiket dan visa gratis, berangkat pakai visa turis. Hubungi Telegram @hr_kh88';
const BENIGN = 'Dibutuhkan barista di Jakarta Selatan. Gaji sesuai UMR, kirim CV ke kopi.example.com';

describe('waspada scan', () => {
  test('JSONL in, one verdict per line out, with the input id', async () => {
    const input = file('ads.jsonl', `${JSON.stringify({ id: 'a1', text: RISKY })}\n${JSON.stringify({ id: 'b2', text: BENIGN })}\n`);
    const { status, out } = await run('scan', input);
    expect(status).toBe(0);
    const lines = out.map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a1', 'b2']);
    expect(lines[0].band).toBe('high');
    expect(lines[0].flags[0].evidence[0].quote).toBe(RISKY.slice(lines[0].flags[0].evidence[0].start, lines[0].flags[0].evidence[0].end));
    expect(lines[1].band).toBe('low');
  });

  test('malformed records are reported with their line and skipped; the rest are scored', async () => {
    const input = file('mixed.jsonl', `${JSON.stringify({ id: 'ok1', text: RISKY })}\n{not json\n${JSON.stringify({ id: 'ok2', text: BENIGN })}\n${JSON.stringify({ id: 'bad', text: 42 })}\n`);
    const { status, out, err } = await run('scan', input);
    expect(status).toBe(0);
    expect(out.map((l) => JSON.parse(l).id)).toEqual(['ok1', 'ok2']);
    expect(err.join('\n')).toMatch(/line 2: not valid JSON/);
    expect(err.join('\n')).toMatch(/line 4/);
    expect(err.join('\n')).toMatch(/2 malformed record\(s\) skipped/);
  });

  test('an empty file scores nothing, exits 0, and says so on stderr', async () => {
    const { status, out, err } = await run('scan', file('empty.txt', '\n  \n'));
    expect(status).toBe(0);
    expect(out).toEqual([]);
    expect(err.join('\n')).toMatch(/no ads found/);
  });

  test('CSV with the EMSCAD columns; ids from job_id', async () => {
    const csv = Papa.unparse([
      { job_id: '17', title: 'Data Entry Clerk', location: 'US, NY, New York', company_profile: '', description: 'Work from home, earn $500 weekly. No experience. Send your bank details to start.', requirements: '', benefits: '', salary_range: '', fraudulent: '1' },
      { job_id: '18', title: 'Barista', location: 'US, CA, Oakland', company_profile: 'We roast coffee.', description: 'Make coffee in our Oakland café.', requirements: 'Friendly.', benefits: 'Tips.', salary_range: '', fraudulent: '0' },
    ]);
    const { status, out } = await run('scan', '--format', 'csv', file('emscad.csv', csv));
    expect(status).toBe(0);
    const rows = Papa.parse<Record<string, string>>(out.join('\n'), { header: true }).data;
    expect(rows.map((r) => r.id)).toEqual(['17', '18']);
    expect(rows[0]).toHaveProperty('band');
  });

  test('plain text with several ads separated by ---', async () => {
    const { out } = await run('scan', '--format', 'table', file('ads.txt', `${RISKY}\n---\n${BENIGN}\n`));
    expect(out[0]).toMatch(/^id\s+band/);
    expect(out).toHaveLength(3);
    expect(out[1]).toMatch(/high/);
    expect(out[2]).toMatch(/low/);
  });

  test('--explain prints each flag with its quoted evidence, in Indonesian with --lang id', async () => {
    const { out } = await run('scan', '--explain', '--lang', 'id', file('one.txt', RISKY));
    const text = out.join('\n');
    expect(text).toMatch(/TINGGI/);
    expect(text).toMatch(/tourist-visa-for-work/);
    expect(text).toContain('"visa turis"');
    expect(text).toMatch(/telegram hr_kh88/);
  });

  test('usage errors exit 2 with a message; a missing file exits 1', async () => {
    expect((await run('scan', '--format', 'xml')).status).toBe(2);
    expect((await run('frobnicate')).status).toBe(2);
    expect((await run()).status).toBe(2);
    const missing = await run('scan', join(dir, 'nope.csv'));
    expect(missing.status).toBe(1);
    expect(missing.err.join('\n')).toMatch(/no such file/);
  });

  test('a CSV without a text column says which columns it has', async () => {
    const { err } = await run('scan', file('odd.csv', 'foo,bar\n1,2\n'));
    expect(err.join('\n')).toMatch(/no column holds the ad text \(columns: foo, bar\)/);
  });

  test('a broken rule folder is reported and scanning stops with status 1', async () => {
    const rules = mkdtempSync(join(tmpdir(), 'waspada-rules-'));
    writeFileSync(join(rules, 'broken.yaml'), 'id: [unclosed');
    const { status, err } = await run('scan', '--rules', rules, file('x.txt', RISKY));
    expect(status).toBe(1);
    expect(err.join('\n')).toMatch(/broken\.yaml/);
  });
});

test('the installed `waspada` binary reads standard input', () => {
  const bin = resolve(import.meta.dirname, '../../src/cli/bin.js');
  const out = execFileSync(process.execPath, [bin, 'scan'], { input: RISKY, encoding: 'utf8' });
  expect(JSON.parse(out.trim()).band).toBe('high');
  const usage = spawnSync(process.execPath, [bin, 'scan', '--nope'], { encoding: 'utf8' });
  expect(usage.status).toBe(2);
}, 60_000);
