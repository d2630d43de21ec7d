import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createTriageAdd } from '../../src/background/triage-add';
import { exportCaseFile } from '../../src/triage/case-file/export';
import { isCaseFile } from '../../src/triage/case-file/format';
import { DbHandle, type TriageDatabase } from '../../src/triage/db/open';
import { deleteAllTriageData } from '../../src/triage/delete-all';
import { exportAllTriageData } from '../../src/triage/export-all';
import { allAdRecords } from '../../src/triage/repo/ads';
import { allClusters } from '../../src/triage/repo/clusters';
import { allImportLogs, addImportLog } from '../../src/triage/repo/imports';
import { updateReviews } from '../../src/triage/repo/reviews';
import { recluster } from '../../src/triage/rescore';
import { openTriageDb } from '../../src/triage/db/open';
import { rulePack } from '../helpers/rule-pack';
import { csv, freshDb, importText, START } from './helpers';

const HOSTILE = [
  '=HYPERLINK("http://evil.example","click")',
  "'already quoted",
  '-5 bullet, "quoted" and a\r\nWindows line break',
  '@SUM(1+1)',
  '\ttab first',
].join('\n');

/** A bench with every kind of thing a case file must carry. */
async function populate(name: string, db: TriageDatabase): Promise<void> {
  const imported = await importText(
    db,
    csv(
      'id,platform,title,text,captured_at,label,__proto__',
      '1,facebook,Customer Service - Cambodia,"Hiring CS in Sihanoukville, Cambodia, USD 1500, free visa. Telegram @rekrut_asia_hr",2026-11-20,scam,x',
      '2,telegram,,"Dicari admin di Kamboja, gaji 20 juta, visa turis dulu. Telegram @rekrut_asia_hr atau WA +62 812-3456-7890",,scam,',
      `3,x,Formula,"${HOSTILE.replace(/"/g, '""')}",2026-11-21,legit,`,
      '4,linkedin,Barista,"Cafe in Bandung needs a barista, apply at the shop on Jl. Braga.",2026-11-22,legit,',
    ),
    { fileName: 'ads.csv' },
  );
  await addImportLog(db, {
    id: 'imp-log-1',
    at: START,
    source: 'ads.csv',
    format: 'csv',
    total: imported.total,
    added: imported.added,
    duplicates: imported.duplicates,
    errorCount: imported.errors,
    errors: imported.errorList,
    cancelled: false,
    ms: 1234,
  });
  const add = createTriageAdd({ db: new DbHandle({ name }), pack: () => rulePack().pack, now: () => new Date('2026-11-27T11:00:00Z'), isPrivateTab: async () => false });
  await add({ type: 'triage/add', post: { platform: 'linkedin', url: 'https://www.linkedin.com/jobs/view/9', title: '', text: 'Operator job in Laos, free ticket. Telegram @laos_jobs' }, verdict: {} as never }, {});
  const records = await allAdRecords(db);
  const byPostId = (id: string) => records.find((r) => r.ad.post.id === id)!.ad.id;
  await updateReviews(db, [byPostId('1')], { status: 'confirmed', note: 'Called the number: "agency" in Poipet.\nSecond line; with ; semicolons', addTags: ['kh', 'poipet ring'] }, '2026-11-27T12:00:00.000Z');
  await updateReviews(db, [byPostId('4')], { status: 'false-positive', note: '=1+1 looks like a formula' }, '2026-11-27T12:01:00.000Z');
  await updateReviews(db, [byPostId('3')], { status: 'reviewing', tags: ['=evil', '@mention', "'q"] }, '2026-11-27T12:02:00.000Z');
  await recluster(db);
}

async function snapshot(db: TriageDatabase) {
  return { records: await allAdRecords(db), clusters: await allClusters(db) };
}

describe('case file export and import', () => {
  it('recognises its own files and nothing else', () => {
    expect(isCaseFile('{"format":"waspada-triage/1","ads":[]}')).toBe('json');
    expect(isCaseFile('\uFEFFwaspada_case,id,status\r\n')).toBe('csv');
    expect(isCaseFile('id,text\n1,hello')).toBe(false);
    expect(isCaseFile('[{"text":"x"}]')).toBe(false);
  });

  for (const format of ['json', 'csv'] as const) {
    it(`restores a ${format.toUpperCase()} export exactly: ads, verdicts, statuses, notes, tags, clusters`, async () => {
      const { db, name } = await freshDb();
      await populate(name, db);
      const before = await snapshot(db);
      expect(before.records).toHaveLength(5);
      expect(before.clusters.length).toBeGreaterThan(0);
      const file = await exportCaseFile(db, format, { rulePackVersion: rulePack().pack.version, now: new Date('2026-11-28T00:00:00Z') });
      expect(file.fileName).toBe(`waspada-case-2026-11-28.${format}`);
      const logs = await allImportLogs(db);

      db.close();
      await deleteAllTriageData({ name });
      const fresh = await openTriageDb({ name });
      expect(await allAdRecords(fresh)).toEqual([]);
      const restored = await importText(fresh, file.text, { fileName: file.fileName });
      expect(restored).toMatchObject({ format: 'case-file', added: 5, duplicates: 0, errors: 0 });
      await recluster(fresh);
      expect(await snapshot(fresh)).toEqual(before);
      if (format === 'json') expect(await allImportLogs(fresh)).toEqual(logs);

      // importing it again changes nothing and says the ads are already there
      const again = await importText(fresh, file.text, { fileName: file.fileName });
      expect(again).toMatchObject({ added: 0, duplicates: 5 });
      expect(await snapshot(fresh)).toEqual(before);
      fresh.close();
    });
  }

  it('writes CSV that a spreadsheet cannot run as formulas', async () => {
    const { db, name } = await freshDb();
    await populate(name, db);
    const file = await exportCaseFile(db, 'csv', { rulePackVersion: 'v' });
    expect(file.text.startsWith('\uFEFFwaspada_case,')).toBe(true);
    const cells = Papa.parse<string[]>(file.text.slice(1)).data.flat();
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(cells).toContain("'=1+1 looks like a formula");
    expect(cells).toContain("'=evil; @mention; 'q");
  });

  it('scores again an ad whose text was edited in the spreadsheet, and lists broken rows', async () => {
    const { db, name } = await freshDb();
    await populate(name, db);
    const file = await exportCaseFile(db, 'csv', { rulePackVersion: 'v' });
    const rows = Papa.parse<string[]>(file.text.slice(1)).data;
    const header = rows[0]!;
    const text = header.indexOf('text');
    const status = header.indexOf('status');
    const barista = rows.findIndex((r) => r[text]?.includes('barista'));
    rows[barista]![text] = 'Cafe in Bandung needs a barista and a cook, apply at the shop on Jl. Braga.';
    const other = rows.findIndex((r, i) => i > 0 && i !== barista);
    rows[other]![status] = 'maybe';
    db.close();
    await deleteAllTriageData({ name });
    const fresh = await openTriageDb({ name });
    const result = await importText(fresh, Papa.unparse(rows), { fileName: 'edited.csv' });
    expect(result.errorList).toEqual([{ ref: `row ${other + 1}`, row: other + 1, reason: 'status must be one of new, reviewing, confirmed, false-positive, reported' }]);
    expect(result.added).toBe(4);
    const edited = (await allAdRecords(fresh)).find((r) => r.ad.post.text.includes('and a cook'))!;
    expect(edited.review.status).toBe('false-positive');
    expect(edited.verdict.verdict.flags.every((f) => f.evidence.every((e) => edited.ad.post[e.field]!.slice(e.start, e.end) === e.quote))).toBe(true);
    fresh.close();
  });

  it('keeps the newer review when a case file meets a bench that already has the ad', async () => {
    const { db, name } = await freshDb();
    await populate(name, db);
    const file = await exportCaseFile(db, 'json', { rulePackVersion: 'v' });
    const [first] = await allAdRecords(db);
    await updateReviews(db, [first!.ad.id], { status: 'reported' }, '2026-12-01T00:00:00.000Z');
    await importText(db, file.text);
    expect((await allAdRecords(db)).find((r) => r.ad.id === first!.ad.id)!.review.status).toBe('reported');
  });

  it('reports a damaged case file instead of importing half of it silently', async () => {
    const { db } = await freshDb();
    const result = await importText(db, JSON.stringify({ format: 'waspada-triage/1', exportedAt: START, schemaVersion: 2, rulePackVersion: 'v', ads: [{ id: 'x' }] }));
    expect(result.added).toBe(0);
    expect(result.errorList[0]).toMatchObject({ ref: 'ad 1' });
    const broken = await importText(db, '{"format": "waspada-triage/1", "ads": [');
    expect(broken.errorList[0]!.reason).toMatch(/not valid JSON/);
  });

  it('gives the options page the whole bench as one object', async () => {
    const { db, name } = await freshDb();
    await populate(name, db);
    const data = await exportAllTriageData({ name, now: new Date('2026-11-28T00:00:00Z') });
    expect(data.format).toBe('waspada-triage/1');
    expect(data.ads).toHaveLength(5);
    expect(data.clusters.length).toBeGreaterThan(0);
    const restoredDb = (await freshDb()).db;
    expect(await importText(restoredDb, JSON.stringify(data))).toMatchObject({ added: 5 });
  });
});
