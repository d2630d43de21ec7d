// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { extractorsFor, isWaspadaDemoPage, selectionToPost } from '../../src/extractors/registry';
import { MAX_TEXT_LENGTH } from '../../src/extractors/text';
import { PostSchema } from '../../src/model/post';

const sitesFor = (href: string) => extractorsFor(new URL(href)).map((extractor) => extractor.site);

describe('extractorsFor', () => {
  test.each([
    ['https://www.linkedin.com/jobs/view/1/', ['linkedin']],
    ['https://id.linkedin.com/jobs/view/x-4012380001', ['linkedin']],
    ['https://www.facebook.com/groups/1/', ['facebook']],
    ['https://web.facebook.com/', ['facebook']],
    ['https://x.com/home', ['x']],
    ['https://twitter.com/home', ['x']],
    ['https://web.telegram.org/k/', ['telegram']],
    ['https://www.instagram.com/', ['instagram']],
    ['https://id.jobstreet.com/id/job/1', ['jobstreet']],
    ['https://hk.jobsdb.com/job/1', ['jobstreet']],
    ['https://www.seek.com.au/job/1', ['jobstreet']],
    ['https://id.indeed.com/viewjob?jk=1', ['indeed']],
    ['https://glints.com/id/opportunities/jobs/x/1', ['json-ld']],
    ['https://www.kalibrr.com/c/x/jobs/1', ['json-ld']],
    ['https://example.org/', []],
    ['https://linkedin.com.evil.example/jobs/view/1/', []],
  ])('%s → %j', (href, sites) => {
    expect(sitesFor(href)).toEqual(sites);
  });

  test('the demo page is read as LinkedIn, locally only', () => {
    expect(sitesFor('http://localhost:5173/demo/linkedin-like--2026-11.html')).toEqual(['linkedin']);
    expect(sitesFor('file:///home/me/waspada/tests/fixtures/demo/linkedin-like--2026-11.html')).toEqual(['linkedin']);
    expect(isWaspadaDemoPage(new URL('https://evil.example/linkedin-like--2026-11.html'))).toBe(false);
  });
});

describe('selectionToPost', () => {
  test('a pasted Post with the site family of the page', () => {
    const post = selectionToPost('Kerja di Kamboja, gaji 1500 USD', 'https://www.facebook.com/groups/1/');
    expect(post).toMatchObject({
      kind: 'pasted',
      platform: 'facebook',
      url: 'https://www.facebook.com/groups/1/',
      text: 'Kerja di Kamboja, gaji 1500 USD',
    });
    expect(post!.id).toMatch(/^pasted:[0-9a-f]{8}$/);
    expect(PostSchema.safeParse(post).success).toBe(true);
  });

  test('same text on the same page gives the same id', () => {
    expect(selectionToPost('abc', 'https://x.com/')!.id).toBe(selectionToPost('abc', new URL('https://x.com/'))!.id);
  });

  test('no page or an unknown site is "paste"; a bad URL is dropped', () => {
    expect(selectionToPost('abc')).toMatchObject({ platform: 'paste' });
    expect(selectionToPost('abc', 'https://example.org/')).toMatchObject({ platform: 'paste', url: 'https://example.org/' });
    expect(selectionToPost('abc', 'not a url')!.url).toBeUndefined();
  });

  test('blank text is no Post; long text is capped', () => {
    expect(selectionToPost('   \n ')).toBeUndefined();
    expect(selectionToPost('x'.repeat(MAX_TEXT_LENGTH + 10))!.text).toHaveLength(MAX_TEXT_LENGTH);
  });
});
