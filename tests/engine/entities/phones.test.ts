import { describe, expect, it } from 'vitest';
import type { CountryCode } from 'libphonenumber-js/min';
import { identityView, type TextView } from '../../../src/engine/normalise/text-view';
import { extractEntities } from '../../../src/engine/entities/extract-entities';

function lowerView(original: string): TextView {
  return { ...identityView(original), text: original.toLowerCase() };
}

function entities(original: string, defaultCountry?: CountryCode) {
  return extractEntities(lowerView(original), 'text', defaultCountry === undefined ? {} : { defaultCountry });
}

function pick(original: string, defaultCountry?: CountryCode) {
  return entities(original, defaultCountry).map((e) => [e.type, e.value, e.detail, e.evidence.quote]);
}

describe('phones', () => {
  it.each([
    ['Hubungi 0812-3456-7890 segera', 'ID', '+6281234567890', 'ID', '0812-3456-7890'],
    ['Call 0917 123 4567 now', 'PH', '+639171234567', 'PH', '0917 123 4567'],
    ['Gọi 0912 345 678', 'VN', '+84912345678', 'VN', '0912 345 678'],
    ['Tel 012-3456789', 'MY', '+60123456789', 'MY', '012-3456789'],
    ['ring (+63) 917 123 4567', undefined, '+639171234567', 'PH', '(+63) 917 123 4567'],
    ['hotline +855 12 813 282', undefined, '+85512813282', 'KH', '+855 12 813 282'],
    ['phone 6281234567890', undefined, '+6281234567890', 'ID', '6281234567890'],
  ] as const)('%s → %s', (input, country, e164, detail, quote) => {
    expect(pick(input, country)).toEqual([['phone', e164, detail, quote]]);
  });

  it('needs a default country for national formats', () => {
    expect(entities('Hubungi 0812-3456-7890')).toEqual([]);
    expect(pick('Hubungi 0812-3456-7890', 'ID')[0]?.[1]).toBe('+6281234567890');
  });

  it('splits two numbers written one after the other', () => {
    expect(pick('0812-3456-7890 0813-1111-2222', 'ID').map((p) => p[1])).toEqual(['+6281234567890', '+6281311112222']);
  });

  it.each([
    'Gaji Rp 15.000.000',
    'VND 15.000.000',
    'Tanggal 2024-01-15',
    'Tanggal 01-02-2024',
    'Jam 08.00-17.00',
    'Tahun 2024, umur 18-35',
    'NIK 3201234567890001',
    'Invoice 1234567890',
    'ref12345678',
  ])('%s has no phone', (input) => {
    expect(entities(input, 'ID').filter((e) => e.type === 'phone' || e.type === 'whatsapp')).toEqual([]);
  });
});

describe('whatsapp numbers', () => {
  it.each([
    ['WA: 0812-3456-7890', '0812-3456-7890'],
    ['W/A 0812 3456 7890', '0812 3456 7890'],
    ['whatsapp +62 812-3456-7890', '+62 812-3456-7890'],
    ['wasap 081234567890', '081234567890'],
    ['whatapps 6281234567890', '6281234567890'],
    ['📱 0812-3456-7890', '0812-3456-7890'],
    ['Hubungi WA admin kami: 0812-3456-7890', '0812-3456-7890'],
    ['WA/Telegram: 0812-3456-7890', '0812-3456-7890'],
  ])('%s', (input, quote) => {
    expect(pick(input, 'ID')).toEqual([['whatsapp', '+6281234567890', 'ID', quote]]);
  });

  it('shares the cue with a second number right after the first', () => {
    expect(pick('WA: 0812-3456-7890 / 0813-1111-2222', 'ID').map((p) => [p[0], p[1]])).toEqual([
      ['whatsapp', '+6281234567890'],
      ['whatsapp', '+6281311112222'],
    ]);
  });

  it('does not take a cue that other words separate from the number', () => {
    expect(pick('WA me or call 0812-3456-7890', 'ID')[0]?.[0]).toBe('phone');
    expect(pick('wajib hadir, telp 0812-3456-7890', 'ID')[0]?.[0]).toBe('phone'); // "wajib" is not "wa"
  });
});
