import { describe, expect, it } from 'vitest';
import { allAdRecords, allRows } from '../../src/triage/repo/ads';
import { csv, freshDb, importText } from './helpers';

const MIXED = csv(
  'id,platform,title,text',
  '1,facebook,Customer service Cambodia,"Dicari CS untuk Kamboja, gaji 15 juta, tiket dan visa ditanggung. Hubungi Telegram @rekrut_hr"',
  '2,telegram,,"Typing job in Myawaddy, free flight, no experience, passport kept by company for safety. Telegram @rekrut_hr"',
  '3,facebook,Admin,',
  '4,x,Barista,"Cafe in Bandung needs a barista, apply at our shop on Jl. Braga."',
  '5,x,Bad,"this quote never closes',
);

describe('ingest', () => {
  it('keeps good rows, lists bad rows with their row and reason, and scores what it keeps', async () => {
    const { db } = await freshDb();
    const result = await importText(db, MIXED, { fileName: 'ads.csv' });
    expect(result.format).toBe('csv');
    expect(result.added).toBe(3);
    expect(result.errorList.map((e) => `${e.ref}: ${e.reason}`)).toEqual(['row 4: empty text', 'row 6: unclosed quote on line 6']);
    const records = await allAdRecords(db);
    expect(records).toHaveLength(3);
    for (const r of records) {
      expect(r.review.status).toBe('new');
      expect(r.verdict.verdict.rulePackVersion).toMatch(/./);
    }
    const cambodia = records.find((r) => r.ad.post.id === '1')!;
    expect(cambodia.ad.ref).toBe('row 2');
    expect(cambodia.ad.post.platform).toBe('facebook');
    expect(cambodia.verdict.verdict.band).not.toBe('low');
    const rows = await allRows(db);
    expect(rows.find((r) => r.id === cambodia.ad.id)!.links).toContain('telegram:rekrut_hr');
  });

  it('skips duplicates within a file and against stored ads, and says so', async () => {
    const { db } = await freshDb();
    const first = await importText(db, MIXED, { fileName: 'ads.csv' });
    expect(first.duplicates).toBe(0);
    const again = await importText(db, MIXED, { fileName: 'ads.csv' });
    expect(again.added).toBe(0);
    expect(again.duplicates).toBe(3);
    expect(again.duplicateList[0]).toEqual({ ref: 'row 2', firstRef: 'stored' });
    // same ad with other spacing and case, and a different id: still a duplicate
    const respaced = await importText(db, csv('id,title,text', '99,customer SERVICE cambodia,"Dicari  CS untuk Kamboja, gaji 15 juta, tiket dan visa ditanggung.   Hubungi Telegram @rekrut_hr"', '100,x,new ad about a new job', '101,X,New ad about a new job'));
    expect(respaced).toMatchObject({ added: 1, duplicates: 2 });
    expect(respaced.duplicateList[1]).toEqual({ ref: 'row 4', firstRef: 'row 3' });
    expect(await allAdRecords(db)).toHaveLength(4);
  });

  it('asks for a mapping when no column holds the text, with a sample, then imports with it', async () => {
    const { db } = await freshDb();
    const input = csv('nomor,isi iklan,sumber', '1,Lowongan kerja ke Kamboja gaji besar,facebook', '2,Kerja di Myawaddy tanpa pengalaman,telegram');
    const asked = await importText(db, input, { fileName: 'laporan.csv' });
    expect(asked.needsMapping).toBe(true);
    expect(asked.columns).toEqual(['nomor', 'isi iklan', 'sumber']);
    expect(asked.sample?.[0]).toEqual({ nomor: '1', 'isi iklan': 'Lowongan kerja ke Kamboja gaji besar', sumber: 'facebook' });
    expect(asked.added).toBe(0);
    const mapped = await importText(db, input, { fileName: 'laporan.csv', mapping: { text: 'isi iklan', platform: 'sumber', id: 'nomor' } });
    expect(mapped.added).toBe(2);
    expect((await allAdRecords(db)).map((r) => r.ad.post.platform).sort()).toEqual(['facebook', 'telegram']);
  });

  it('imports JSONL, JSON and pasted text, reporting wrong types and a 5 MB cell', async () => {
    const { db } = await freshDb();
    const jsonl = [JSON.stringify({ text: 'Kerja di Kamboja, visa turis dulu' }), JSON.stringify({ text: 42 }), '{broken', JSON.stringify({ text: 'x'.repeat(5_000_001) })].join('\n');
    const r1 = await importText(db, jsonl, { fileName: 'ads.jsonl' });
    expect(r1.added).toBe(1);
    expect(r1.errorList.map((e) => e.ref)).toEqual(['line 2', 'line 3', 'line 4']);
    expect(r1.errorList[2]!.reason).toMatch(/5 MB/);
    const r2 = await importText(db, JSON.stringify([{ text: 'Lowongan operator di Myanmar' }, { title: 'no text' }]));
    expect(r2).toMatchObject({ format: 'json', added: 1, errors: 1 });
    const r3 = await importText(db, 'First pasted ad about Cambodia jobs\n\n---\n\nSecond pasted ad, typing job abroad');
    expect(r3).toMatchObject({ format: 'text', added: 2 });
    const platforms = (await allAdRecords(db)).map((r) => r.ad.post.platform);
    expect(platforms.filter((p) => p === 'paste')).toHaveLength(3);
  });

  it('splits work between shards without losing or doubling an ad', async () => {
    const { db } = await freshDb();
    const lines = ['id,text'];
    for (let i = 0; i < 50; i++) lines.push(`${i},ad number ${i % 40} about a job`);
    const text = csv(...lines);
    const results = await Promise.all([0, 1, 2].map((index) => importText(db, text, { shard: { index, count: 3 }, batchSize: 7, importId: 'imp-shared' })));
    expect(results.reduce((n, r) => n + r.added, 0)).toBe(40);
    expect(results.reduce((n, r) => n + r.duplicates, 0)).toBe(10);
    expect(results.reduce((n, r) => n + r.done, 0)).toBe(50);
    const refs = (await allAdRecords(db)).map((r) => r.ad.ref);
    expect(new Set(refs).size).toBe(40);
    expect(refs).not.toContain('row 42'); // row 42 repeats row 2: the first copy wins in every shard
  });

  it('stops after the current batch when cancelled and keeps what it stored', async () => {
    const { db } = await freshDb();
    const lines = ['id,text'];
    for (let i = 0; i < 30; i++) lines.push(`${i},job ad ${i}`);
    let batches = 0;
    const result = await importText(db, csv(...lines), { batchSize: 10, isCancelled: () => batches >= 1, onProgress: () => batches++ });
    expect(result).toMatchObject({ cancelled: true, added: 10, done: 10, total: 30 });
    const rest = await importText(db, csv(...lines), { batchSize: 10 });
    expect(rest).toMatchObject({ added: 20, duplicates: 10 });
  });
});
