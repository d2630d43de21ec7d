// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { EXTRACTORS } from '../../src/extractors/registry';

const URLS = [
  'https://www.linkedin.com/jobs/view/4012345678/',
  'https://www.linkedin.com/feed/',
  'https://www.facebook.com/groups/1/',
  'https://x.com/home',
  'https://web.telegram.org/k/#@c',
  'https://www.instagram.com/p/abc/',
  'https://id.jobstreet.com/id/job/1',
  'https://id.indeed.com/viewjob?jk=1a2b3c4d5e6f7a8b',
  'https://glints.com/id/opportunities/jobs/x/1',
];

const ODD_MARKUP = [
  '',
  '<main></main>',
  '<main><h1></h1></main>',
  // Hooks with nothing, or nonsense, inside.
  '<div class="jobs-search__job-details--container"></div><div data-job-id></div><div class="job-card-container"></div>',
  '<div data-view-name="job-detail-page"><h1> </h1><div data-view-name="job-details"></div></div>',
  '<div data-urn="urn:li:activity:"><div class="update-components-text"></div></div>',
  '<div role="feed"><div><div role="article"><div role="article"></div></div></div></div>',
  '<article data-testid="tweet"><div data-testid="tweetText"></div><a href="/status/">x</a></article>',
  '<div class="bubble" data-mid="abc"><div class="message">hi</div></div><div class="Message" data-message-id=""></div>',
  '<article><header></header><h1 dir="auto"></h1></article>',
  '<script type="application/ld+json">{"@type":"JobPosting","description":{"nested":true},"title":[1,2]}</script>',
  '<script type="application/ld+json">{"@graph":[null,{"@type":"JobPosting","description":"x","jobLocation":[null,5,{"address":null}],"baseSalary":{"value":{"minValue":{}}}}]}</script>',
  '<article data-automation="normalJob"></article><div class="job_seen_beacon"><a data-jk></a></div>',
];

describe('odd markup', () => {
  test.each(URLS)('every extractor on %s returns an array and never throws', (href) => {
    const url = new URL(href);
    for (const markup of ODD_MARKUP) {
      document.body.innerHTML = markup;
      for (const extractor of EXTRACTORS) {
        expect(Array.isArray(extractor.extract(document, url))).toBe(true);
        expect(Array.isArray(extractor.extract(document.body, url))).toBe(true);
      }
    }
  });

  test('a root that throws on every query gives [] instead of an exception', () => {
    const hostileRoot = {
      querySelector: () => {
        throw new Error('boom');
      },
      querySelectorAll: () => {
        throw new Error('boom');
      },
    } as unknown as ParentNode;
    for (const extractor of EXTRACTORS) {
      expect(extractor.extract(hostileRoot, new URL(URLS[0]!))).toEqual([]);
    }
  });

  test('a detached fragment can be read too', () => {
    const fragment = document.createDocumentFragment();
    const card = document.createElement('div');
    card.className = 'job-card-container';
    card.setAttribute('data-job-id', '4012340001');
    card.textContent = 'Customer Service';
    fragment.append(card);
    const linkedin = EXTRACTORS.find((extractor) => extractor.site === 'linkedin')!;
    expect(linkedin.extract(fragment, new URL('https://www.linkedin.com/jobs/')).map((item) => item.post.id)).toEqual([
      'linkedin:job-card:4012340001',
    ]);
  });

  test('a long feed: every post once, ids unique', () => {
    const posts = Array.from(
      { length: 300 },
      (_, i) =>
        `<div class="feed-shared-update-v2" data-urn="urn:li:activity:739000000000010${String(i).padStart(4, '0')}"><div class="update-components-text">Post ${i}</div></div>`,
    );
    document.body.innerHTML = `<main>${posts.join('')}</main>`;
    const linkedin = EXTRACTORS.find((extractor) => extractor.site === 'linkedin')!;
    const ids = linkedin.extract(document, new URL('https://www.linkedin.com/feed/')).map((item) => item.post.id);
    expect(ids).toHaveLength(300);
    expect(new Set(ids).size).toBe(300);
  });
});
