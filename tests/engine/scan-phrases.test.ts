import { expect, test } from 'vitest';
import { scanPhrases } from '../../src/engine/match/scan-phrases';
import { tokenize } from '../../src/engine/match/tokenize';
import { normalise } from '../../src/engine/normalise/normalise';
import { PhraseIndexBuilder } from '../../src/rules/phrase-index';

function found(phrases: string[], text: string): string[] {
  const b = new PhraseIndexBuilder();
  const slot = b.addList(phrases);
  const full = normalise(text).full.text;
  const hits = scanPhrases(b.build(), full, tokenize(full));
  return (hits.get(slot) ?? []).map((h) => full.slice(h.start, h.end));
}

test('whole words only', () => {
  expect(found(['cs'], 'Hiring CS agents')).toEqual(['cs']);
  expect(found(['cs'], 'physics class')).toEqual([]);
});

test('multi-word phrases across spaces, dashes and slashes, not across punctuation', () => {
  expect(found(['free visa'], 'FREE VISA, free-visa and free/visa')).toEqual(['free visa', 'free-visa', 'free/visa']);
  expect(found(['visa turis'], 'visa, turis')).toEqual([]);
});

test('hashtags match longer phrases written as one word', () => {
  expect(found(['kerja di kamboja'], '#kerjadikamboja #loker')).toEqual(['kerjadikamboja']);
});

test('a trailing * completes the word', () => {
  expect(found(['recruit*'], 'Recruiter and recruitment, not a rec')).toEqual(['recruiter', 'recruitment']);
  expect(found(['free tick*'], 'free tickets!')).toEqual(['free tickets']);
});

test('obfuscated text matches plain phrases', () => {
  expect(found(['telegram'], 'DM on T3legram or T e l e g r a m')).toEqual(['telegram', 'telegram']);
});

test('phrases in unspaced scripts are found inside words', () => {
  expect(found(['包吃住'], '高薪招聘，包吃住，无需经验')).toEqual(['包吃住']);
  expect(found(['วีซ่าท่องเที่ยว'], 'เดินทางด้วยวีซ่าท่องเที่ยวก่อน')).toEqual(['วีซ่าท่องเที่ยว']);
});

test('a wildcard needs three letters, an empty phrase is refused', () => {
  expect(() => new PhraseIndexBuilder().addList(['cs*'])).toThrow(/3 letters/);
  expect(() => new PhraseIndexBuilder().addList(['\u200b'])).toThrow(/empty/);
});
