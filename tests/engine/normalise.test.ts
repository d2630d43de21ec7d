import { describe, expect, test } from 'vitest';
import { normalise } from '../../src/engine/normalise/normalise';
import { toOriginalSpan } from '../../src/engine/normalise/text-view';

const full = (s: string) => normalise(s).full.text;

/** The original text behind the first occurrence of `needle` in the full view. */
function originalOf(s: string, needle: string): string {
  const view = normalise(s).full;
  const at = view.text.indexOf(needle);
  expect(at, `"${needle}" in "${view.text}"`).toBeGreaterThanOrEqual(0);
  const span = toOriginalSpan(view, at, at + needle.length);
  return s.slice(span.start, span.end);
}

describe('evasion is undone', () => {
  test.each([
    ['K4mboja', 'kamboja'],
    ['T3legram', 'telegram'],
    ['C@mbodia', 'cambodia'],
    ['4DM1N 0NL1N3', 'admin online'],
    ['fr33 t1k3t', 'free tiket'],
    ['T e l e g r a m', 'telegram'],
    ['T.e.l.e.g.r.a.m', 'telegram'],
    ['W.A 0812', 'wa 0812'],
    ['Te\u200blegram', 'telegram'],
    ['Tele\u200d\u2060gram', 'telegram'],
    ['\u202eTelegram', 'telegram'],
    ['Теlеgrаm', 'telegram'], // Cyrillic е and а
    ['ＣＡＭＢＯＤＩＡ', 'cambodia'],
    ['１５００ USD', '1500 usd'],
    ['𝐓𝐞𝐥𝐞𝐠𝐫𝐚𝐦', 'telegram'],
    ['lương cao việc nhẹ', 'luong cao viec nhe'],
    ['lu\u031bo\u031b\u0300ng', 'luong'], // decomposed Vietnamese
  ])('%s → %s', (input, expected) => {
    expect(full(input)).toBe(expected);
  });

  test('flag emoji become country names', () => {
    expect(full('Kerja 🇰🇭 gaji besar')).toBe('kerja cambodia gaji besar');
    expect(full('🇲🇲🇱🇦🇹🇭🇵🇭')).toBe('myanmar laos thailand philippines');
  });

  test('word-like emoji become words', () => {
    expect(full('✈️ gratis 🏠 🍱')).toBe('flight gratis accommodation meals');
  });
});

describe('ordinary text is left alone', () => {
  test.each([
    ['Rp15jt per bulan', 'rp15jt per bulan'],
    ['USD1k monthly', 'usd1k monthly'],
    ['RM5,000 sebulan', 'rm5,000 sebulan'],
    ['2x interviews, 24/7 support', '2x interviews, 24/7 support'],
    ['I am a nurse', 'i am a nurse'],
    ['e-mail me', 'e-mail me'],
    ['DM @hr_jobs88 or pay $1500', 'dm @hr_jobs88 or pay $1500'],
    ['call 0812345678, 1st round, 4g', 'call 0812345678, 1st round, 4g'],
  ])('%s', (input, expected) => {
    expect(full(input)).toBe(expected);
  });

  test('whitespace collapses, line breaks survive as clause ends', () => {
    expect(full('  gaji   besar \r\n\r\n  hubungi  ')).toBe('gaji besar\nhubungi');
  });

  test('Thai and Chinese keep their characters', () => {
    expect(full('วีซ่าท่องเที่ยว')).toBe('วีซ่าท่องเที่ยว');
    expect(full('柬埔寨招聘客服')).toBe('柬埔寨招聘客服');
  });
});

describe('evidence points into the original text', () => {
  test.each([
    ['Hubungi kami di T e l e g r a m sekarang', 'telegram', 'T e l e g r a m'],
    ['via T3legram @hr', 'telegram', 'T3legram'],
    ['Kerja di\u200b K4mboja!', 'kamboja', 'K4mboja'],
    ['Berangkat ke 🇰🇭 minggu depan', 'cambodia', '🇰🇭'],
    ['ＣＡＭＢＯＤＩＡ jobs', 'cambodia', 'ＣＡＭＢＯＤＩＡ'],
    ['Te\u200blegram', 'telegram', 'Te\u200blegram'],
  ])('%s', (input, needle, expected) => {
    expect(originalOf(input, needle)).toBe(expected);
  });

  test('spans stay inside the original for every unit of a mixed text', () => {
    const s = 'ＡＢ 🇰🇭 Теst\u200b ✈️ lương K4m';
    const v = normalise(s).full;
    for (let i = 0; i < v.text.length; i++) {
      expect(v.start[i]).toBeGreaterThanOrEqual(0);
      expect(v.end[i]).toBeLessThanOrEqual(s.length);
      expect(v.start[i]).toBeLessThan(v.end[i]!);
    }
  });
});
