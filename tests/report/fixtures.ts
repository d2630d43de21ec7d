// Hand-built Post/Verdict pairs for report tests; evidence offsets are computed, so quotes always match the text.
import type { Post, PostField } from '../../src/model/post';
import type { Entity, EntityType, Evidence, Flag, Verdict } from '../../src/model/verdict';
import type { Organisation } from '../../src/hotlines/hotline-schema';

export const AD_TEXT = [
  'LOWONGAN KERJA LUAR NEGERI — Customer Service di Kamboja 🇰🇭',
  'Gaji Rp 15.000.000/bulan, tiket & visa ditanggung ✈️, tanpa pengalaman, tanpa interview.',
  'Berangkat pakai visa turis. Paspor disimpan perusahaan selama kontrak.',
  'Hubungi WA 0812-3456-7890 atau Telegram @hrd_cambo. Transfer biaya admin ke BCA 1234567890 a.n. Sari.',
  'Info: https://kerja-kamboja.example/daftar?ref=fb',
].join('\n');

export function evidence(post: Post, field: PostField, quote: string): Evidence {
  const source = post[field] ?? '';
  const start = source.indexOf(quote);
  if (start < 0) throw new Error(`fixture quote not in ${field}: ${quote}`);
  return { field, start, end: start + quote.length, quote };
}

export function makePost(overrides: Partial<Post> = {}): Post {
  return {
    id: 'internal-123',
    platform: 'facebook',
    url: 'https://www.facebook.com/groups/123/posts/456/?fbclid=IwAR0secret&__cft__[0]=AZtrack&__tn__=R',
    kind: 'social-post',
    title: 'Customer Service di Kamboja',
    postedBy: 'HRD Sari Global',
    company: 'PT Sukses Jaya',
    location: 'Phnom Penh, Kamboja',
    salary: 'Rp 15.000.000/bulan',
    text: AD_TEXT,
    capturedAt: '2026-11-27T09:59:00Z',
    ...overrides,
  };
}

function entity(post: Post, type: EntityType, value: string, quote: string, detail?: string): Entity {
  return { type, value, evidence: evidence(post, 'text', quote), ...(detail ? { detail } : {}) };
}

export function makeVerdict(post: Post, extra: Partial<Verdict> = {}): Verdict {
  const flags: Flag[] = [
    {
      ruleId: 'visa.tourist-visa',
      title: 'Travel on a tourist visa for work',
      kind: 'red-flag',
      family: 'trafficking',
      category: 'visa',
      strength: 'strong',
      weight: 20,
      evidence: [evidence(post, 'text', 'visa turis')],
    },
    {
      ruleId: 'legit.company-named',
      title: 'Company name given',
      kind: 'legitimacy',
      family: 'any',
      category: 'employer',
      strength: 'weak',
      weight: -3,
      evidence: [evidence(post, 'company', 'PT Sukses Jaya')],
    },
    {
      ruleId: 'docs.passport-held',
      title: 'Employer keeps the passport',
      kind: 'red-flag',
      family: 'trafficking',
      category: 'documents',
      strength: 'hard',
      weight: 35,
      evidence: [evidence(post, 'text', 'Paspor disimpan perusahaan')],
    },
    {
      ruleId: 'destination.cambodia',
      title: 'Job in Cambodia',
      kind: 'red-flag',
      family: 'trafficking',
      category: 'destination',
      strength: 'medium',
      weight: 10,
      evidence: [evidence(post, 'title', 'Kamboja'), evidence(post, 'location', 'Kamboja'), evidence(post, 'title', 'Kamboja')],
    },
  ];
  const entities: Entity[] = [
    entity(post, 'whatsapp', '+6281234567890', '0812-3456-7890'),
    entity(post, 'telegram', 'hrd_cambo', '@hrd_cambo'),
    entity(post, 'bank-account', '1234567890', 'BCA 1234567890', 'BCA'),
    entity(post, 'url', 'https://kerja-kamboja.example/daftar?ref=fb', 'https://kerja-kamboja.example/daftar?ref=fb'),
    entity(post, 'whatsapp', '+6281234567890', '0812-3456-7890'),
    { ...entity(post, 'money', '15000000', 'Rp 15.000.000/bulan'), money: { currency: 'IDR', min: 15e6, max: 15e6, period: 'month' } },
  ];
  return {
    score: 82,
    band: 'high',
    isJobOffer: true,
    isAwareness: false,
    lang: 'id',
    flags,
    entities,
    notes: [],
    rulePackVersion: '2026.11.0',
    ...extra,
  };
}

/** A directory-shaped organisation for tests that should not depend on rules/ data. */
export function makeOrganisation(overrides: Partial<Organisation> = {}): Organisation {
  return {
    id: 'test-hotline',
    name: 'Test Hotline',
    operator: 'government',
    scope: ['trafficking', 'migrant-workers'],
    channels: [
      { type: 'phone', value: '0-800-1000', hours: '24 h', reach: 'in-country' },
      { type: 'whatsapp', value: '0811-8080-141', confidence: 'medium' },
      { type: 'email', value: 'help@hotline.example' },
      { type: 'web-form', value: 'report.hotline.example/form' },
    ],
    source_url: 'https://hotline.example/about',
    source_seen: '2025-04-10',
    confidence: 'high',
    verified: false,
    ...overrides,
  };
}

export const SEEN_AT = '2026-11-27T10:00:00Z';
