import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { bundledHotlines } from '../../src/hotlines/bundled-directory';
import { LANGUAGES } from '../../src/rules/rule-schema';
import { falsePositiveList, falsePositivesYaml } from '../../src/triage/fp-examples';
import { adRecord, allAdRecords } from '../../src/triage/repo/ads';
import { updateReviews } from '../../src/triage/repo/reviews';
import { adReport, reportBundle, reportHotlines } from '../../src/triage/reports';
import { rulePack } from '../helpers/rule-pack';
import { csv, freshDb, importText } from './helpers';

const ADS = csv(
  'id,platform,title,text',
  '1,facebook,Admin Kamboja,"Dicari admin di Kamboja, gaji 20 juta, tiket dan visa ditanggung, visa turis dulu. Telegram @rekrut_asia_hr"',
  '2,x,Logistics Laos,"Logistics coordinator for our licensed office in Vientiane, Laos. Free visa processing, interview at our Jakarta office."',
);

describe('false positives as rule examples', () => {
  it('lists each false-positive ad under every warning rule that fired on it, in the rule example format', async () => {
    const { db } = await freshDb();
    await importText(db, ADS);
    const records = await allAdRecords(db);
    const laos = records.find((r) => r.ad.post.id === '2')!;
    expect(laos.verdict.verdict.flags.some((f) => f.kind !== 'legitimacy')).toBe(true);
    await updateReviews(db, [laos.ad.id], { status: 'false-positive', note: 'licensed agency, checked' }, '2026-11-27T00:00:00Z');
    const list = falsePositiveList(await allAdRecords(db), rulePack().pack, '2026-11-28T00:00:00Z');
    const fired = laos.verdict.verdict.flags.filter((f) => f.kind !== 'legitimacy').map((f) => f.ruleId).sort();
    expect(list.rules.map((r) => r.ruleId).sort()).toEqual(fired);
    for (const rule of list.rules) {
      expect(rule.title).toBe(rulePack().pack.byId.get(rule.ruleId)!.rule.title);
      expect(rule.negative).toHaveLength(1);
      const example = rule.negative[0]!;
      expect(example).toMatchObject({ text: laos.ad.post.text, title: 'Logistics Laos', source: { adId: laos.ad.id, ref: 'row 3', platform: 'x' } });
      expect(LANGUAGES).toContain(example.lang);
      expect(example.note).toMatch(/licensed agency, checked/);
    }
    const yaml = falsePositivesYaml(list);
    expect(yaml.startsWith('# Waspada false positives')).toBe(true);
    expect(parse(yaml)).toEqual(JSON.parse(JSON.stringify(list)));
  });
});

describe('hotline reports from the bench', () => {
  it('builds one report per ad with the report builder, and a bundle for several', async () => {
    const { db } = await freshDb();
    await importText(db, ADS);
    const records = await allAdRecords(db);
    const { directory } = bundledHotlines();
    const [hotline] = reportHotlines(directory, 'id');
    expect(hotline).toBeDefined();
    const admin = records.find((r) => r.ad.post.id === '1')!;
    const report = adReport(admin, { hotline: hotline!, country: 'id', lang: 'id' }, rulePack().pack);
    expect(report.risk.score).toBe(admin.verdict.verdict.score);
    expect(report.contacts.map((c) => c.value)).toContain('rekrut_asia_hr');
    expect(report.flags.find((f) => f.kind !== 'legitimacy')!.explanation).toBe(rulePack().pack.byId.get(report.flags[0]!.ruleId)!.rule.explain.id);
    const bundle = reportBundle(records, { hotline: hotline!, country: 'id', lang: 'en', note: 'two ads' }, rulePack().pack, {
      heading: (n) => `Report on ${n} ads`,
      shared: ['2 ads share Telegram @rekrut_asia_hr'],
      adHeading: (n, of) => `Ad ${n} of ${of}`,
      skipped: (ref, reason) => `${ref}: ${reason}`,
    });
    expect(bundle.reports).toHaveLength(2);
    expect(bundle.text).toMatch(/^Report on 2 ads\n2 ads share Telegram @rekrut_asia_hr\n\n===== Ad 1 of 2 =====\nWASPADA/);
    expect(JSON.parse(bundle.json)).toMatchObject({ format: 'waspada-report-bundle/1', reports: [{ note: 'two ads' }, { note: 'two ads' }] });
  });

  it('leaves out an ad that quotes the hotline’s own number, and says why', async () => {
    const { db } = await freshDb();
    const { directory } = bundledHotlines();
    const [picked] = reportHotlines(directory, 'id');
    const channel = { ...picked!.organisation.channels[0]!, type: 'phone' as const, value: '+62 812-3456-7890' };
    const hotline = { ...picked!, organisation: { ...picked!.organisation, channels: [channel] }, channels: [channel] };
    await importText(db, csv('id,text', '1,"Kerja di Kamboja, gaji besar, visa turis. Hubungi WA +62 812-3456-7890 sekarang"'));
    const [record] = await allAdRecords(db);
    expect(await adRecord(db, record!.ad.id)).toBeDefined();
    const bundle = reportBundle([record!], { hotline, country: 'id', lang: 'en' }, rulePack().pack, {
      heading: (n) => `Report on ${n} ads`,
      adHeading: (n, of) => `Ad ${n} of ${of}`,
      skipped: (ref, reason) => `${ref}: ${reason}`,
    });
    expect(bundle.reports).toHaveLength(0);
    expect(bundle.skipped[0]!.reason).toMatch(/refusing/);
    expect(bundle.text).toMatch(/row 2: refusing/);
  });
});
