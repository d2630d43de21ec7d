import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/model/verdict';
import { buildClusters, type ClusterInput } from '../../src/triage/cluster/build-clusters';
import { describeLink, linkKeys, linkKeysOf } from '../../src/triage/cluster/link-keys';
import { minhashSignature, nearDuplicatePairs, similarity, templateWords } from '../../src/triage/cluster/minhash';
import { UnionFind } from '../../src/triage/cluster/union-find';
import { recluster } from '../../src/triage/rescore';
import { csv, freshDb, importText } from './helpers';

const entity = (type: Entity['type'], value: string, detail?: string): Entity => ({
  type,
  value,
  evidence: { field: 'text', start: 0, end: 1, quote: value.slice(0, 1) },
  ...(detail ? { detail } : {}),
});

describe('link keys', () => {
  it('puts phone and WhatsApp numbers in one space, so the same number links whichever app it was written for', () => {
    expect(linkKeysOf(entity('phone', '+6281234567890', 'ID'))).toEqual(['phone:+6281234567890']);
    expect(linkKeysOf(entity('whatsapp', '+6281234567890'))).toEqual(['phone:+6281234567890']);
    expect(linkKeysOf(entity('whatsapp', 'chat.whatsapp.com/AbCdEf123'))).toEqual(['whatsapp:chat.whatsapp.com/AbCdEf123']);
  });

  it('lower-cases handles but keeps invite codes as written', () => {
    expect(linkKeysOf(entity('telegram', 'Example_HR'))).toEqual(['telegram:example_hr']);
    expect(linkKeysOf(entity('telegram', '+AbC123xyz'))).toEqual(['telegram:+AbC123xyz']);
    expect(linkKeysOf(entity('line', 'lin.ee/AbC12'))).toEqual(['line:lin.ee/AbC12']);
    expect(describeLink('telegram:example_hr')).toEqual({ type: 'telegram', value: '@example_hr' });
    expect(describeLink('line:@official')).toEqual({ type: 'line', value: '@official' });
  });

  it('links by a web-mail address but not by the web-mail domain; a company address also links its domain', () => {
    expect(linkKeysOf(entity('email', 'Recruit.Asia@Gmail.com'))).toEqual(['email:recruit.asia@gmail.com']);
    expect(linkKeysOf(entity('email', 'hr@quickcash-asia.com'))).toEqual(['email:hr@quickcash-asia.com', 'domain:quickcash-asia.com']);
  });

  it('ignores the hosts ads are posted on and shorteners as domains, but links a shared short link', () => {
    expect(linkKeysOf(entity('domain', 'facebook.com'))).toEqual([]);
    expect(linkKeysOf(entity('domain', 'm.facebook.com'))).toEqual([]);
    expect(linkKeysOf(entity('domain', 'bit.ly'))).toEqual([]);
    expect(linkKeysOf(entity('domain', 'recruit-asia.com'))).toEqual(['domain:recruit-asia.com']);
    expect(linkKeysOf(entity('url', 'https://bit.ly/3xYzAb'))).toEqual(['url:bit.ly/3xYzAb']);
    expect(linkKeysOf(entity('url', 'https://recruit-asia.com/apply'))).toEqual([]);
  });

  it('links accounts by their digits and never by money', () => {
    expect(linkKeysOf(entity('bank-account', '1234 5678 90', 'BCA'))).toEqual(['bank-account:1234567890']);
    expect(linkKeysOf(entity('ewallet', '0812-3456-7890', 'DANA'))).toEqual(['ewallet:081234567890']);
    expect(linkKeysOf(entity('money', '1500'))).toEqual([]);
    expect(linkKeys([entity('telegram', 'b_hr'), entity('telegram', 'B_HR'), entity('phone', '+62811')])).toEqual(['phone:+62811', 'telegram:b_hr']);
  });
});

describe('MinHash near-duplicates', () => {
  const template = (salary: string, phone: string, handle: string) =>
    `Lowongan marketing online di Bangkok, Thailand. Gaji ${salary} juta, tiket gratis, tanpa interview, langsung berangkat minggu ini. Hubungi ${phone} atau Telegram @rekrut${handle}`;

  it('masks numbers, so the same template with other numbers has the same signature', () => {
    expect(templateWords('Gaji 15.000.000, WA +62 812-1111 asia12')).toEqual(['gaji', '0', 'wa', '0', 'asia0']);
    const a = minhashSignature(template('15', '0813-1111-2222', '1'))!;
    const b = minhashSignature(template('18', '0857-9999-8888', '22'))!;
    expect(similarity(a, b)).toBe(1);
  });

  it('tells different ads apart and gives no signature to a few words', () => {
    const a = minhashSignature(template('15', '0813', '1'))!;
    const c = minhashSignature('Kopi Nusantara in Bandung is hiring a barista. Apply in person at our cafe with your CV.')!;
    expect(similarity(a, c)).toBeLessThan(0.2);
    expect(minhashSignature('DM for details')).toBeUndefined();
  });

  it('finds pairs through LSH buckets, an edited template included', () => {
    const texts = [
      template('15', '0813', '1'),
      'Kopi Nusantara in Bandung is hiring a barista. Apply in person at our cafe with your CV.',
      template('18', '0857', '2'),
      `${template('20', '0899', '3')} Kuota terbatas!`,
    ];
    const pairs = nearDuplicatePairs(texts.map((t) => ({ signature: minhashSignature(t) })));
    const uf = new UnionFind(texts.length);
    for (const [a, b] of pairs) uf.union(a, b);
    expect(uf.find(0)).toBe(uf.find(2));
    expect(uf.find(0)).toBe(uf.find(3));
    expect(uf.find(1)).not.toBe(uf.find(0));
  });
});

describe('buildClusters', () => {
  const row = (id: string, score: number, links: string[], text?: string): ClusterInput => ({
    id,
    score,
    band: score >= 60 ? 'high' : score >= 30 ? 'medium' : 'low',
    links,
    ...(text ? { signature: minhashSignature(text) } : {}),
  });

  it('joins ads through a chain of shared contacts (union-find) and lists what they share', () => {
    const rows = [row('a', 80, ['telegram:x_hr']), row('b', 40, ['telegram:x_hr', 'phone:+62811']), row('c', 10, ['phone:+62811']), row('d', 90, ['phone:+1555'])];
    const [cluster, ...rest] = buildClusters(rows);
    expect(rest).toEqual([]);
    expect(cluster).toEqual({
      id: 'c-a',
      kind: 'contact',
      adIds: ['a', 'b', 'c'],
      shared: [
        { key: 'phone:+62811', type: 'phone', value: '+62811', count: 2 },
        { key: 'telegram:x_hr', type: 'telegram', value: '@x_hr', count: 2 },
      ],
      maxBand: 'high',
      maxScore: 80,
    });
  });

  it('groups near-identical texts in text clusters, apart from contact clusters', () => {
    const t = (n: number) => `Urgent hiring typist in Poipet, salary ${n} USD, free visa and ticket, no experience, contact us today for the next departure`;
    const rows = [row('t1', 70, ['telegram:a1'], t(800)), row('t2', 65, ['telegram:b2'], t(900)), row('t3', 20, ['telegram:a1'], 'Completely different text about a cafe job in Bandung with interviews')];
    const clusters = buildClusters(rows);
    expect(clusters.map((c) => [c.id, c.kind, c.adIds])).toEqual([
      ['c-t1', 'contact', ['t1', 't3']],
      ['t-t1', 'text', ['t1', 't2']],
    ]);
  });

  it('is the same whatever the order of the rows', () => {
    const rows = Array.from({ length: 30 }, (_, i) => row(`ad${i}`, i * 3, [`phone:+62${i % 7}`]));
    const shuffled = [...rows].sort((a, b) => (a.id.length * 7 + a.score) % 11 - ((b.id.length * 7 + b.score) % 11));
    expect(buildClusters(shuffled)).toEqual(buildClusters(rows));
  });

  it('clusters an imported file: shared handle and WhatsApp number in one cluster, the template in another', async () => {
    const { db } = await freshDb();
    await importText(
      db,
      csv(
        'id,text',
        '1,"Dicari admin untuk perusahaan online di Kamboja, gaji 20 juta. Hubungi Telegram @rekrut_asia_hr"',
        '2,"Admin job in Cambodia, free visa. Telegram @Rekrut_Asia_HR or WA +62 812-3456-7890"',
        '3,"Typing job in Myawaddy, free meals. WhatsApp +62 812-3456-7890"',
        '4,"Lowongan marketing online di Bangkok, gaji 15 juta, tiket gratis, tanpa interview, langsung berangkat minggu ini, hubungi 0813-1111-2222"',
        '5,"Lowongan marketing online di Bangkok, gaji 18 juta, tiket gratis, tanpa interview, langsung berangkat minggu ini, hubungi 0857-9999-8888"',
      ),
    );
    const clusters = await recluster(db);
    const contact = clusters.find((c) => c.kind === 'contact')!;
    expect(contact.adIds).toHaveLength(3);
    expect(contact.shared.map((s) => `${s.type} ${s.value} ${s.count}`).sort()).toEqual(['phone +6281234567890 2', 'telegram @rekrut_asia_hr 2']);
    const text = clusters.find((c) => c.kind === 'text')!;
    expect(text.adIds).toHaveLength(2);
    expect(clusters).toHaveLength(2);
  });
});
