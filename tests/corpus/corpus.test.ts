// The corpus is data the evaluation depends on: check its shape so a broken line cannot skew figures.
import { expect, test } from 'vitest';
import { POST_KINDS } from '../../src/model/post';
import { corpusFiles, LABELS, loadCorpus } from '../eval/corpus';

const dev = loadCorpus('dev');
const frozen = loadCorpus('test');

test('both parts exist and together hold at least 250 ads', () => {
  expect(corpusFiles('test')).toHaveLength(1);
  expect(dev.length + frozen.length).toBeGreaterThanOrEqual(250);
});

test('ids are unique across all parts', () => {
  const ids = [...dev, ...frozen].map((a) => a.id);
  expect(new Set(ids).size).toBe(ids.length);
});

test('every ad has a known label, a language and text', () => {
  for (const ad of [...dev, ...frozen]) {
    expect(LABELS).toContain(ad.label);
    expect(ad.lang).toMatch(/^[a-z]{2}$/);
    expect(ad.post.text.trim()).not.toBe('');
  }
});

test('every ad has a kind the engine knows (a job-board ad is a job-posting, an SMS a chat-message)', () => {
  for (const ad of [...dev, ...frozen]) expect(POST_KINDS, ad.id).toContain(ad.post.kind);
});

test('each part covers every label in English and Indonesian', () => {
  for (const part of [dev, frozen]) {
    for (const label of LABELS) for (const lang of ['en', 'id']) expect(part.some((a) => a.label === label && a.lang === lang), `${label}/${lang}`).toBe(true);
  }
});

test('the frozen part has hard negatives and awareness posts', () => {
  expect(frozen.filter((a) => a.group.startsWith('hard-negative')).length).toBeGreaterThanOrEqual(20);
  expect(frozen.filter((a) => /^(awareness|news)/.test(a.group)).length).toBeGreaterThanOrEqual(10);
});
