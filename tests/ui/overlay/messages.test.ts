import { expect, test } from 'vitest';
import { overlayMessages } from '../../../src/i18n/overlay-messages';
import { verdictPageMessages } from '../../../src/i18n/verdict-page-messages';

// The compiler checks that both tables have the same keys; these check the words themselves.
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

test('verdict page: Indonesian texts', () => {
  const en = verdictPageMessages('en');
  const id = verdictPageMessages('id');
  for (const key of ['pageTitle', 'intro', 'checkedText', 'pasteLabel', 'check', 'expired'] as const) expect(id(key), key).not.toBe(en(key));
});
