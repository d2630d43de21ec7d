import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { readYamlDir } from '../../src/data/read-yaml-dir';
import { loadHotlineDirectory } from '../../src/hotlines/load-hotlines';
import { pickHotlines, verificationLinksFor } from '../../src/hotlines/pick-hotlines';
import type { HotlineDirectory, Organisation } from '../../src/hotlines/hotline-schema';

const RULES = resolve(__dirname, '../../rules');
const { directory } = loadHotlineDirectory(readYamlDir(RULES));
const ids = (picks: ReturnType<typeof pickHotlines>) => picks.map((p) => `${p.country}/${p.organisation.id}`);

function o(id: string, extra: Partial<Organisation>): Organisation {
  return {
    id,
    name: id,
    scope: ['trafficking'],
    channels: [{ type: 'phone', value: '123' }],
    source_url: 'https://example.org',
    source_seen: 'undated',
    confidence: 'medium',
    verified: false,
    ...extra,
  };
}

const synthetic: HotlineDirectory = {
  countries: {
    aa: {
      country: 'aa',
      names: { en: 'A', id: 'A' },
      file: 'hotlines/aa.yaml',
      verificationLinks: [],
      referrals: [],
      organisations: [
        o('low-trafficking', { confidence: 'low' }),
        o('high-trafficking', { confidence: 'high' }),
        o('high-verified', { confidence: 'high', verified: true }),
        o('labour', { scope: ['labour'], confidence: 'high' }),
        o('consular', { scope: ['consular-help-abroad'] }),
        o('embassy-bb', { scope: ['consular-help-abroad'], operator: 'embassy', located_in: 'bb' }),
        o('embassy-cc', { scope: ['consular-help-abroad'], operator: 'embassy', located_in: 'cc', also_covers: ['bb'] }),
        o('embassy-dd', { scope: ['consular-help-abroad'], operator: 'embassy', located_in: 'dd' }),
        o('info-page', { scope: ['trafficking'], confidence: 'high', verified: true, channels: [{ type: 'website', value: 'https://a.example' }] }),
      ],
    },
  },
};

describe('pickHotlines (ordering rules)', () => {
  it('orders a recruitment-ad report by scope fit, then confidence, then verified', () => {
    expect(ids(pickHotlines(synthetic, { country: 'aa', purpose: 'report-ad' }))).toEqual([
      'aa/high-verified',
      'aa/high-trafficking',
      'aa/low-trafficking',
      'aa/labour',
      'aa/info-page',
    ]);
  });

  it('puts the embassy in the destination (or covering it) first for someone abroad, and drops other embassies', () => {
    const picks = ids(pickHotlines(synthetic, { country: 'aa', purpose: 'help-abroad', destination: 'bb' }));
    expect(picks.slice(0, 3)).toEqual(['aa/embassy-bb', 'aa/embassy-cc', 'aa/consular']);
    expect(picks).not.toContain('aa/embassy-dd');
    expect(picks).not.toContain('aa/labour');
  });

  it('filters by minimum confidence', () => {
    const picks = ids(pickHotlines(synthetic, { country: 'aa', purpose: 'report-ad', minConfidence: 'high' }));
    expect(picks).not.toContain('aa/low-trafficking');
  });

  it('returns nothing for an unknown country', () => {
    expect(pickHotlines(synthetic, { country: 'zz', purpose: 'report-ad' })).toEqual([]);
  });
});

describe('pickHotlines (shipped directory)', () => {
  it('Indonesia, reporting an ad: migrant-worker and trafficking lines, no embassies', () => {
    const picks = pickHotlines(directory, { country: 'id', purpose: 'report-ad' });
    expect(picks[0]?.organisation.id).toBe('kp2mi-call-centre');
    expect(picks.every((p) => p.organisation.operator !== 'embassy')).toBe(true);
    // In-country numbers first when reporting from home.
    expect(picks[0]?.channels[0]?.value).toBe('0-800-1000');
  });

  it('Indonesian in Cambodia: KBRI Phnom Penh first, then Kemlu; Cambodian police only as secondary', () => {
    const picks = pickHotlines(directory, { country: 'id', purpose: 'help-abroad', destination: 'kh' });
    expect(ids(picks).slice(0, 2)).toEqual(['id/kbri-phnom-penh', 'id/kemlu-pelindungan-wni']);
    const police = picks.find((p) => p.organisation.id === 'kh-police-117');
    expect(police?.via).toBe('destination');
    expect(picks.indexOf(police!)).toBeGreaterThan(picks.findIndex((p) => p.via === 'home'));
    // From abroad, the from-abroad number comes before the domestic toll-free one.
    const kp2mi = picks.find((p) => p.organisation.id === 'kp2mi-call-centre')!;
    expect(kp2mi.channels[0]?.value).toBe('+622129244800');
  });

  it('Filipino in Myanmar: Yangon and Bangkok embassy lines (Bangkok covers the border)', () => {
    const picks = ids(pickHotlines(directory, { country: 'ph', purpose: 'help-abroad', destination: 'mm' }));
    expect(picks.slice(0, 2)).toEqual(['ph/ph-embassy-yangon', 'ph/ph-embassy-bangkok']);
  });

  it('Myanmar has no national line: the referral to the Myanmar-language helpline in Thailand', () => {
    const picks = pickHotlines(directory, { country: 'mm', purpose: 'report-ad' });
    expect(picks).toHaveLength(1);
    expect(picks[0]).toMatchObject({ country: 'th', via: 'referral' });
    expect(picks[0]?.organisation.id).toBe('issara-helpline');
  });

  it('Philippines, checking a recruiter: 1343 and DMW AIRTIP, plus the DMW registers', () => {
    expect(ids(pickHotlines(directory, { country: 'ph', purpose: 'check-recruiter' })).slice(0, 2)).toEqual([
      'ph/iacat-1343',
      'ph/dmw-mwpb-airtip',
    ]);
    expect(verificationLinksFor(directory, 'ph').map((l) => l.id)).toEqual(['dmw-licensed-agencies', 'dmw-approved-job-orders']);
  });

  it('Brazil abroad: direct lines before the information page', () => {
    const picks = ids(pickHotlines(directory, { country: 'br', purpose: 'help-abroad' }));
    expect(picks.at(-1)).toBe('br/itamaraty-sea-alert');
  });
});
