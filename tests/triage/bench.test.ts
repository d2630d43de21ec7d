import { describe, expect, it } from 'vitest';
import type { RulePack } from '../../src/rules/compiled-rule';
import { TriageBench, type BenchState } from '../../src/triage/bench';
import { DbHandle } from '../../src/triage/db/open';
import { allRows } from '../../src/triage/repo/ads';
import { mergeImportResults, poolSize, TriageWorkers } from '../../src/triage/worker/pool';
import { rulePack } from '../helpers/rule-pack';
import { csv, freshDb } from './helpers';
import { inProcessWorker } from './in-process-worker';

const ADS = csv(
  'id,platform,text',
  '1,facebook,"Dicari admin di Kamboja, gaji 20 juta, visa turis dulu. Telegram @rekrut_asia_hr"',
  '2,x,"Typing job in Myawaddy, free visa, no experience. Telegram @rekrut_asia_hr"',
  '3,x,',
  '4,linkedin,"Cafe in Bandung needs a barista, apply at the shop."',
);

async function makeBench(name: string, pack: () => RulePack = () => rulePack().pack, workers = 2) {
  const pool = new TriageWorkers(() => inProcessWorker({ dbName: name, pack }), workers);
  const bench = new TriageBench({ db: new DbHandle({ name }), workers: pool, pack: pack(), dbName: name, listen: () => () => {} });
  const jobs: BenchState['job'][] = [];
  bench.subscribe((s) => jobs.push(s.job));
  return { bench, jobs };
}

describe('the bench model (page side, workers in-process)', () => {
  it('imports through two workers with progress, then lists rows, reviews and clusters', async () => {
    const { name } = await freshDb();
    const { bench, jobs } = await makeBench(name);
    await bench.load();
    expect(bench.state).toMatchObject({ loading: false, rows: [] });
    const outcome = await bench.importInput({ text: ADS });
    expect(outcome!.result).toMatchObject({ format: 'csv', added: 3, errors: 1, duplicates: 0 });
    expect(outcome!.result.errorList.map((e) => e.ref)).toEqual(['row 4']);
    expect(jobs.some((j) => j?.kind === 'import' && j.total === 4)).toBe(true);
    expect(jobs.some((j) => j?.kind === 'recluster')).toBe(true);
    expect(bench.state.job).toBeUndefined();
    expect(bench.state.rows).toHaveLength(3);
    expect(bench.state.reviews.size).toBe(0); // no review stored yet: every ad is new
    expect(bench.state.rows.every((r) => r.rulePackVersion === rulePack().pack.version)).toBe(true);
    expect(bench.state.clusters.map((c) => c.adIds.length)).toEqual([2]);
    expect(bench.state.imports.map((l) => [l.source, l.added, l.errorCount])).toEqual([['paste', 3, 1]]);

    const again = await bench.importInput({ text: ADS });
    expect(again!.result).toMatchObject({ added: 0, duplicates: 3 });
    bench.dispose();
  });

  it('asks for a mapping, then imports with the chosen columns', async () => {
    const { name } = await freshDb();
    const { bench } = await makeBench(name);
    await bench.load();
    const file = new Blob(['nomor;isi;sumber\n1;Kerja di Kamboja, visa turis;facebook\n']);
    expect(await bench.importInput({ file, name: 'laporan.csv' })).toBeUndefined();
    expect(bench.state.pendingMapping).toMatchObject({ columns: ['nomor', 'isi', 'sumber'], sample: [{ nomor: '1', isi: 'Kerja di Kamboja, visa turis', sumber: 'facebook' }] });
    const outcome = await bench.importInput(bench.state.pendingMapping!.input, { mapping: { text: 'isi', platform: 'sumber' } });
    expect(outcome!.result.added).toBe(1);
    expect(bench.state.pendingMapping).toBeUndefined();
    expect(bench.state.rows[0]!.platform).toBe('facebook');
    bench.dispose();
  });

  it('changes reviews of one ad or many at once', async () => {
    const { name } = await freshDb();
    const { bench } = await makeBench(name);
    await bench.load();
    await bench.importInput({ text: ADS });
    const ids = bench.state.rows.map((r) => r.id);
    await bench.review(ids, { status: 'confirmed', addTags: ['kh ring'] });
    await bench.review([ids[0]!], { note: 'called', removeTags: ['KH RING'] });
    expect(ids.map((id) => bench.state.reviews.get(id)!.status)).toEqual(['confirmed', 'confirmed', 'confirmed']);
    expect(bench.state.reviews.get(ids[0]!)).toMatchObject({ note: 'called', tags: [] });
    expect(bench.state.reviews.get(ids[1]!)!.tags).toEqual(['kh ring']);
    bench.dispose();
  });

  it('re-scores ads from an older rule pack on load, keeping reviews', async () => {
    const { name } = await freshDb();
    const old = { ...rulePack().pack, version: 'older-pack' };
    const first = await makeBench(name, () => old);
    await first.bench.load();
    await first.bench.importInput({ text: ADS });
    const id = first.bench.state.rows[0]!.id;
    await first.bench.review([id], { status: 'reported' });
    first.bench.dispose();
    expect(first.bench.state.rows.every((r) => r.rulePackVersion === 'older-pack')).toBe(true);

    const { bench, jobs } = await makeBench(name);
    // an import picked while the bench is still re-scoring waits its turn instead of being dropped
    const [, queued] = await Promise.all([bench.load(), bench.importInput({ text: 'A brand new ad about a typing job in Laos with free visa' })]);
    expect(queued!.result.added).toBe(1);
    expect(bench.state.rows).toHaveLength(4);
    expect(jobs.some((j) => j?.kind === 'rescore' && j.total === 3)).toBe(true);
    expect(bench.state.rows.every((r) => r.rulePackVersion === rulePack().pack.version)).toBe(true);
    expect(bench.state.reviews.get(id)!.status).toBe('reported');
    bench.dispose();
  });

  it('cancels an import after the batch in hand, keeping what was stored', async () => {
    const { db, name } = await freshDb();
    const { bench } = await makeBench(name, undefined, 1);
    await bench.load();
    const lines = ['id,text'];
    for (let i = 0; i < 1000; i++) lines.push(`${i},"Typing job ${i} in Laos, free visa, Telegram @t${i}"`);
    const running = bench.importInput({ text: csv(...lines) });
    await new Promise<void>((resolve) => {
      const stop = bench.subscribe((s) => {
        if ((s.job?.done ?? 0) > 0) {
          stop();
          resolve();
        }
      });
    });
    bench.cancelImport();
    const outcome = await running;
    expect(outcome!.result.cancelled).toBe(true);
    expect(outcome!.result.added).toBeLessThan(1000);
    expect((await allRows(db)).length).toBe(outcome!.result.added);
    bench.dispose();
  });

  it('exports, lists false positives and deletes everything', async () => {
    const { name } = await freshDb();
    const { bench } = await makeBench(name);
    await bench.load();
    await bench.importInput({ text: ADS });
    const json = await bench.exportCaseFile('json');
    expect(JSON.parse(json.text).ads).toHaveLength(3);
    await bench.review([bench.state.rows[0]!.id], { status: 'false-positive' });
    const fp = await bench.exportFalsePositives('yaml');
    expect(fp.fileName).toMatch(/^waspada-false-positives-\d{4}-\d\d-\d\d\.yaml$/);
    await bench.deleteAll();
    expect(bench.state).toMatchObject({ rows: [], clusters: [], imports: [] });
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
    bench.dispose();
  });
});

describe('worker pool', () => {
  it('uses one worker per core, at most four', () => {
    expect([undefined, 1, 2, 8].map(poolSize)).toEqual([2, 1, 2, 4]);
  });

  it('merges shard results: counts summed, errors in row order', () => {
    const base = { format: 'csv' as const, total: 10, done: 5, added: 3, duplicates: 1, errors: 1, cancelled: false, duplicateList: [], errorList: [{ ref: 'row 9', row: 9, reason: 'b' }] };
    const merged = mergeImportResults([base, { ...base, errorList: [{ ref: 'row 3', row: 3, reason: 'a' }], cancelled: true }]);
    expect(merged).toMatchObject({ done: 10, added: 6, duplicates: 2, errors: 2, cancelled: true, total: 10 });
    expect(merged.errorList.map((e) => e.ref)).toEqual(['row 3', 'row 9']);
  });
});
