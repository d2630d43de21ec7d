// The shipped directory under rules/hotlines: every file parses, every entry carries its source and trust level.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { readYamlDir } from '../../src/data/read-yaml-dir';
import { formatDataError } from '../../src/data/data-source';
import { loadHotlineDirectory } from '../../src/hotlines/load-hotlines';
import { channelTrust, HotlineFileSchema } from '../../src/hotlines/hotline-schema';

const RULES = resolve(__dirname, '../../rules');
const sources = readYamlDir(resolve(RULES, 'hotlines'), RULES);
const { directory, errors } = loadHotlineDirectory(sources);
const countries = Object.values(directory.countries);
const organisations = countries.flatMap((c) => c.organisations.map((o) => ({ country: c.country, o })));

const REQUIRED = ['id', 'ph', 'vn', 'th', 'my', 'kh', 'mm', 'in', 'lk', 'cn', 'hk', 'ke', 'ug', 'br', 'us', 'gb'];

describe('rules/hotlines data', () => {
  it('loads every file without errors', () => {
    expect(errors.map(formatDataError)).toEqual([]);
    expect(sources.length).toBe(countries.length);
  });

  it('parses every file with the documented whole-file schema too', () => {
    for (const s of sources) {
      const r = HotlineFileSchema.safeParse(s.data);
      expect(r.success, `${s.file}: ${JSON.stringify(r.error?.issues)}`).toBe(true);
    }
  });

  it('covers the required countries', () => {
    for (const code of REQUIRED) expect(directory.countries[code], code).toBeDefined();
  });

  it('names every country in English and Indonesian', () => {
    for (const c of countries) {
      expect(c.names.en.length).toBeGreaterThan(1);
      expect(c.names.id.length).toBeGreaterThan(1);
    }
  });

  it('gives every organisation and verification link a source URL, date and confidence', () => {
    for (const { country, o } of organisations) {
      expect(o.source_url, `${country}/${o.id}`).toMatch(/^https?:\/\//);
      expect(['high', 'medium', 'low']).toContain(o.confidence);
      expect(o.source_seen).toMatch(/^(\d{4}(-\d{2}){0,2}|undated)$/);
      expect(o.channels.length).toBeGreaterThan(0);
    }
    for (const c of countries) {
      for (const l of c.verificationLinks) {
        expect(l.source_url, `${c.country}/${l.id}`).toMatch(/^https?:\/\//);
        expect(l.what_it_checks.en && l.what_it_checks.id).toBeTruthy();
      }
    }
  });

  it('states a gap for every country without a direct national line', () => {
    for (const c of countries) {
      if (c.organisations.length === 0) expect(c.gaps, c.country).toBeTruthy();
    }
    expect(directory.countries.mm?.organisations).toEqual([]);
    expect(directory.countries.mm?.gaps).toMatch(/embassy/);
  });

  it('never marks a channel verified when its organisation was not seen on the operator site', () => {
    for (const { country, o } of organisations) {
      if (o.verified) continue;
      for (const ch of o.channels) expect(channelTrust(o, ch).verified, `${country}/${o.id} ${ch.value}`).toBe(false);
    }
  });

  it('flags the unverified entries the research marks as secondary or tertiary', () => {
    const byId = (cc: string, id: string) => directory.countries[cc]?.organisations.find((o) => o.id === id);
    expect(byId('id', 'kp2mi-call-centre')?.verified).toBe(false);
    expect(byId('in', 'india-embassy-yangon')).toMatchObject({ verified: false, confidence: 'low' });
    expect(byId('ph', 'iacat-1343')?.verified).toBe(true);
    const kp2mi = byId('id', 'kp2mi-call-centre')!;
    const email = kp2mi.channels.find((c) => c.type === 'email')!;
    expect(channelTrust(kp2mi, email).confidence).toBe('low');
    const unverified = organisations.filter(({ o }) => !o.verified).length;
    expect(unverified).toBeGreaterThan(organisations.length / 2);
  });

  it('keeps numbers the research said not to ship out of every channel', () => {
    const all = organisations.flatMap(({ o }) => o.channels.map((c) => c.value.replace(/\D/g, '')));
    for (const banned of ['85592686969', '8461844844', '85512810005', '622134415044', '7266']) {
      expect(all.some((d) => d.endsWith(banned)), banned).toBe(false);
    }
  });

  it('has the official registers with what they check', () => {
    const links = (cc: string) => directory.countries[cc]?.verificationLinks.map((l) => l.url) ?? [];
    expect(links('id')).toEqual(expect.arrayContaining(['https://siskop2mi.bp2mi.go.id', 'cekrekening.id']));
    expect(links('ph')).toEqual(['https://dmw.gov.ph/licensed-recruitment-agencies', 'https://dmw.gov.ph/approved-job-orders']);
    expect(links('in')).toEqual(['https://emigrate.gov.in']);
    expect(links('lk')).toEqual(['https://www.slbfe.lk']);
    expect(links('th')).toEqual(['doe.go.th/ipd']);
  });

  it('keeps ids unique across a file and embassy lines pointed at a real country', () => {
    for (const { country, o } of organisations) {
      if (o.located_in) expect(o.located_in, `${country}/${o.id}`).not.toBe(country);
      if (o.operator === 'embassy') expect(o.located_in, `${country}/${o.id}`).toBeDefined();
    }
  });
});
