import { describe, expect, it } from 'vitest';
import { identityView, type TextView } from '../../../src/engine/normalise/text-view';
import { countryForLanguage, extractEntities, MAX_ENTITIES } from '../../../src/engine/entities/extract-entities';

function lowerView(original: string): TextView {
  return { ...identityView(original), text: original.toLowerCase() };
}

/** A view that drops zero-width spaces from the original, as the normaliser does. */
function withoutZeroWidth(original: string): TextView {
  const keep: number[] = [];
  for (let i = 0; i < original.length; i++) if (original[i] !== '\u200b') keep.push(i);
  const start = Int32Array.from(keep);
  const end = Int32Array.from(keep, (i) => i + 1);
  return { original, text: keep.map((i) => original[i]).join('').toLowerCase(), start, end };
}

const AD = `LOWONGAN CS KAMBOJA. Gaji Rp 15jt. Hubungi WA: 0812-3456-7890 atau Telegram @HR_Asia_Jobs,
email hr.asia@gmail.com, https://asia-jobs.example.com/apply. Transfer DP ke BCA 1234567890 a.n. PT X.
Line ID: asia_hr88 | WeChat: asiahr_01 | wa.me/6281311112222`;

describe('extractEntities', () => {
  it('finds every kind of contact in an ad, in reading order, quoting the original', () => {
    const view = lowerView(AD);
    const found = extractEntities(view, 'text', { defaultCountry: 'ID' });
    expect(found.map((e) => [e.type, e.value])).toEqual([
      ['whatsapp', '+6281234567890'],
      ['telegram', 'hr_asia_jobs'],
      ['email', 'hr.asia@gmail.com'],
      ['url', 'https://asia-jobs.example.com/apply'],
      ['domain', 'asia-jobs.example.com'],
      ['bank-account', '1234567890'],
      ['line', 'asia_hr88'],
      ['wechat', 'asiahr_01'],
      ['whatsapp', '+6281311112222'],
    ]);
    for (const e of found) {
      expect(e.evidence.field).toBe('text');
      expect(e.evidence.quote).toBe(AD.slice(e.evidence.start, e.evidence.end));
    }
    expect(found.find((e) => e.type === 'telegram')?.evidence.quote).toBe('@HR_Asia_Jobs');
  });

  it('reports the field it was given', () => {
    const [e] = extractEntities(lowerView('WA 0812-3456-7890'), 'postedBy', { defaultCountry: 'ID' });
    expect(e?.evidence.field).toBe('postedBy');
  });

  it('maps evidence back through the normalised view', () => {
    const original = 'WA: 0812\u200b-3456-7890 now';
    const [e] = extractEntities(withoutZeroWidth(original), 'text', { defaultCountry: 'ID' });
    expect(e).toEqual({
      type: 'whatsapp',
      value: '+6281234567890',
      detail: 'ID',
      evidence: { field: 'text', start: 4, end: 19, quote: '0812\u200b-3456-7890' },
    });
  });

  it('drops repeats of the same (type, value) but keeps the same number under another type', () => {
    const found = extractEntities(
      lowerView('WA 0812-3456-7890. WA 0812-3456-7890. Call 0812-3456-7890. Email A@b.co, a@B.co'),
      'text',
      { defaultCountry: 'ID' },
    );
    expect(found.map((e) => [e.type, e.value])).toEqual([
      ['whatsapp', '+6281234567890'],
      ['phone', '+6281234567890'],
      ['email', 'a@b.co'],
    ]);
  });

  it('does not report the digits of a link or an account again as a phone', () => {
    const found = extractEntities(lowerView('wa.me/6281234567890, DANA 0812-9876-5432'), 'text', { defaultCountry: 'ID' });
    expect(found.map((e) => e.type)).toEqual(['whatsapp', 'ewallet']);
  });

  it('caps the number of entities', () => {
    const text = Array.from({ length: 300 }, (_, i) => `user${i}@example.com`).join(' ');
    const found = extractEntities(lowerView(text), 'text');
    expect(found).toHaveLength(MAX_ENTITIES);
  });

  it('returns nothing for text without contacts', () => {
    expect(extractEntities(lowerView('Kerja 12 jam per hari, 24/7, umur 18-35 tahun, tahun 2024.'), 'text', { defaultCountry: 'ID' })).toEqual([]);
    expect(extractEntities(lowerView(''), 'text')).toEqual([]);
  });
});

describe('countryForLanguage', () => {
  it.each([
    ['id', 'ID'],
    ['tl', 'PH'],
    ['fil', 'PH'],
    ['vi', 'VN'],
    ['th', 'TH'],
    ['ms', 'MY'],
    ['km', 'KH'],
    ['my', 'MM'],
    ['zh', 'CN'],
    ['zh-TW', 'TW'],
    ['en-PH', 'PH'],
    ['en', undefined],
    ['xx', undefined],
    [undefined, undefined],
  ])('%s → %s', (lang, country) => {
    expect(countryForLanguage(lang)).toBe(country);
  });
});
