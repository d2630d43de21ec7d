import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildReport } from '../../src/report/build-report';
import type { Report } from '../../src/report/report-schema';
import { LOCAL_KEYS } from '../../src/storage/layout';
import {
  deleteAllReports,
  deleteReport,
  getReport,
  historyExportJson,
  listReports,
  parseHistory,
  saveReport,
  watchReports,
  withReport,
} from '../../src/storage/report-history';
import { resetMigrationState } from '../../src/storage/store';
import { makeOrganisation, makePost, makeVerdict, SEEN_AT } from '../report/fixtures';

function report(overrides: { note?: string; text?: string } = {}): Report {
  const post = makePost(overrides.text ? { text: overrides.text } : {});
  return buildReport({
    post,
    verdict: makeVerdict(makePost()),
    hotline: { country: 'id', organisation: makeOrganisation() },
    country: 'id',
    seenAt: SEEN_AT,
    lang: 'en',
    ...(overrides.note ? { note: overrides.note } : {}),
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  resetMigrationState();
});

describe('withReport (pure)', () => {
  it('adds newest first and replaces the same report, remembering every channel used', () => {
    const a = report();
    const b = report({ text: 'Another ad entirely, kerja di Myanmar' });
    let raw: unknown[] = withReport([], a, 'copy', '2026-11-27T10:00:00Z');
    raw = withReport(raw, b, 'email', '2026-11-27T11:00:00Z');
    raw = withReport(raw, { ...a, note: 'edited' }, 'whatsapp', '2026-11-27T12:00:00Z');
    const { entries } = parseHistory(raw);
    expect(entries.map((e) => e.id)).toEqual([a.reference, b.reference]);
    expect(entries[0]!.channels).toEqual(['copy', 'whatsapp']);
    expect(entries[0]!.report.note).toBe('edited');
    expect(entries[0]!.savedAt).toBe('2026-11-27T12:00:00Z');
  });

  it('caps the list, dropping the oldest', () => {
    let raw: unknown[] = [];
    for (let i = 0; i < 5; i++) raw = withReport(raw, report({ text: `ad number ${i}` }), 'copy', `2026-11-2${i}T00:00:00Z`, 3);
    expect(parseHistory(raw).entries.map((e) => e.report.postText)).toEqual(['ad number 4', 'ad number 3', 'ad number 2']);
  });

  it('carries unreadable stored items along instead of deleting them', () => {
    const raw = withReport([{ id: 'from-the-future', weird: true }, 'junk'], report(), 'json', SEEN_AT);
    expect(raw).toHaveLength(3);
    expect(parseHistory(raw)).toMatchObject({ unreadable: 2 });
    expect(parseHistory(raw).entries).toHaveLength(1);
  });

  it('reads nothing from junk', () => {
    for (const raw of [undefined, null, 'x', {}, 5]) expect(parseHistory(raw)).toEqual({ entries: [], unreadable: 0 });
  });
});

describe('report history in storage', () => {
  it('saves, lists, opens, deletes one and deletes all', async () => {
    const a = report();
    const b = report({ text: 'Lowongan admin di Laos' });
    await saveReport(a, 'email', '2026-11-27T10:00:00Z');
    await saveReport(b, 'copy', '2026-11-27T11:00:00Z');
    expect((await listReports()).entries.map((e) => e.id)).toEqual([b.reference, a.reference]);
    expect((await getReport(a.reference))?.report).toEqual(a);
    await deleteReport(b.reference);
    expect((await listReports()).entries.map((e) => e.id)).toEqual([a.reference]);
    await deleteAllReports();
    expect((await listReports()).entries).toEqual([]);
    expect((await fakeBrowser.storage.local.get(LOCAL_KEYS.reportHistory))[LOCAL_KEYS.reportHistory]).toEqual([]);
  });

  it('exports the readable entries as JSON', async () => {
    await saveReport(report({ note: 'saw it in a group' }), 'json', SEEN_AT);
    const doc = JSON.parse(historyExportJson(await listReports(), '2026-11-28T00:00:00Z'));
    expect(doc.format).toBe('waspada-report-history/1');
    expect(doc.reports[0].report.note).toBe('saw it in a group');
  });

  it('notifies watchers', async () => {
    const counts: number[] = [];
    const stop = watchReports((h) => counts.push(h.entries.length));
    await saveReport(report(), 'copy', SEEN_AT);
    await deleteAllReports();
    stop();
    expect(counts).toEqual([1, 0]);
  });
});
