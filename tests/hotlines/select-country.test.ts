import { describe, expect, it } from 'vitest';
import { countryFromLocale, selectCountry } from '../../src/hotlines/select-country';

const AVAILABLE = ['id', 'ph', 'vn', 'th', 'my', 'kh', 'mm', 'la', 'in', 'lk', 'cn', 'hk', 'ke', 'ug', 'et', 'br', 'us', 'gb'];

describe('countryFromLocale', () => {
  it.each([
    ['id-ID', 'id'],
    ['id', 'id'],
    ['in-ID', 'id'],
    ['in', 'id'],
    ['fil-PH', 'ph'],
    ['fil', 'ph'],
    ['tl', 'ph'],
    ['en-PH', 'ph'],
    ['vi', 'vn'],
    ['vi-VN', 'vn'],
    ['th-TH', 'th'],
    ['th', 'th'],
    ['ms-MY', 'my'],
    ['ms', 'my'],
    ['km-KH', 'kh'],
    ['my-MM', 'mm'],
    ['my', 'mm'],
    ['en-US', 'us'],
    ['en-GB', 'gb'],
    ['en-UK', 'gb'],
    ['pt-BR', 'br'],
    ['zh-Hant-HK', 'hk'],
    ['zh-HK', 'hk'],
    ['zh-CN', 'cn'],
    ['ta-LK', 'lk'],
    ['si', 'lk'],
    ['hi-IN', 'in'],
    ['en-IN', 'in'],
    ['sw-KE', 'ke'],
    ['en_US.UTF-8', 'us'],
    ['id_ID', 'id'],
    ['EN-us', 'us'],
    ['en-u-ca-gregory', null],
    ['en', null],
    ['pt', null],
    ['zh', null],
    ['es-419', null],
    ['', null],
  ])('%s → %s', (locale, country) => {
    expect(countryFromLocale(locale)).toBe(country);
  });
});

describe('selectCountry', () => {
  it('uses the first locale that names a country', () => {
    expect(selectCountry({ locales: ['en', 'id-ID'], available: AVAILABLE })).toMatchObject({ country: 'id', source: 'locale' });
    expect(selectCountry({ locales: ['fil-PH', 'en-US'], available: AVAILABLE })).toMatchObject({ country: 'ph', detected: 'ph' });
  });

  it('lets a stored setting override the locale', () => {
    expect(selectCountry({ locales: ['en-US'], stored: 'ID', available: AVAILABLE })).toMatchObject({ country: 'id', source: 'setting', detected: 'us' });
  });

  it('ignores a stored setting without an entry', () => {
    expect(selectCountry({ locales: ['vi'], stored: 'zz', available: AVAILABLE })).toMatchObject({ country: 'vn', source: 'locale' });
    expect(selectCountry({ locales: ['vi'], stored: 'not a code', available: AVAILABLE })).toMatchObject({ country: 'vn' });
  });

  it('does not guess a country for someone whose country has no entry, and suggests a list', () => {
    const choice = selectCountry({ locales: ['ne-NP', 'en-US'], available: AVAILABLE });
    expect(choice).toMatchObject({ country: null, source: 'none', detected: 'np' });
    // Other locale countries with an entry first, then the default order.
    expect(choice.suggestions.slice(0, 3)).toEqual(['us', 'id', 'ph']);
    expect(new Set(choice.suggestions)).toEqual(new Set(AVAILABLE));
  });

  it('falls back to the default list with no usable locale', () => {
    const choice = selectCountry({ locales: ['en'], available: AVAILABLE });
    expect(choice).toMatchObject({ country: null, detected: null });
    expect(choice.suggestions[0]).toBe('id');
  });

  it('only suggests countries that have entries and never the chosen one', () => {
    const choice = selectCountry({ locales: ['th-TH'], available: ['th', 'id', 'zz'] });
    expect(choice.country).toBe('th');
    expect(choice.suggestions).toEqual(['id', 'zz']);
  });
});
