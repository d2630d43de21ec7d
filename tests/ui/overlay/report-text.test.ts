import { expect, test } from 'vitest';
import { plainReport } from '../../../src/ui/overlay/report-text';
import { POST, TEXTS, verdict } from './samples';

const NOW = new Date('2026-11-27T10:00:00Z');

test('the copied report: what was seen, where, why, and the post text', () => {
  const text = plainReport(POST, verdict(), 'en', TEXTS, NOW);
  expect(text.split('\n')[0]).toBe('Waspada report: a job post with warning signs');
  expect(text).toContain('High risk: this looks like recruitment into a scam compound');
  expect(text).toContain('Link: https://www.linkedin.com/jobs/view/4012345678/');
  expect(text).toContain('company: Golden Bay Services Co., Ltd');
  expect(text).toContain('- The job would start on a tourist or visit visa. "tourist visa"');
  expect(text).toContain(POST.text);
  expect(text).toContain('Checked with Waspada on 2026-11-27 (rules test1234).');
  // Only warning signs, not the cue in its favour.
  expect(text).not.toContain('names its office');
});

test('in Bahasa Indonesia', () => {
  const text = plainReport(POST, verdict(), 'id', TEXTS, NOW);
  expect(text).toContain('Laporan Waspada');
  expect(text).toContain('Tautan: https://www.linkedin.com/jobs/view/4012345678/');
  expect(text).toContain('Pekerjaan ini dimulai dengan visa turis atau kunjungan.');
  expect(text).toContain('Diperiksa dengan Waspada pada 2026-11-27');
});

test('a very long post is cut', () => {
  const text = plainReport({ ...POST, text: 'x'.repeat(10_000) }, verdict(), 'en', TEXTS, NOW);
  expect(text.length).toBeLessThan(6000);
});
