// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { facebookSelectors } from '../../src/extractors/facebook/selectors';
import { indeedSelectors } from '../../src/extractors/indeed/selectors';
import { instagramSelectors } from '../../src/extractors/instagram/selectors';
import { jobstreetSelectors } from '../../src/extractors/jobstreet/selectors';
import { JSON_LD_MATCH } from '../../src/extractors/json-ld';
import { linkedinSelectors } from '../../src/extractors/linkedin/selectors';
import { LINKEDIN_FALLBACKS } from '../../src/extractors/linkedin/text-fallback';
import { extractPage } from '../../src/extractors/registry';
import { alternativeNames } from '../../src/extractors/selector-table';
import { telegramSelectors } from '../../src/extractors/telegram/selectors';
import { xSelectors } from '../../src/extractors/x/selectors';
import { PostSchema } from '../../src/model/post';
import { loadFixture } from './fixture-page';
import { FIXTURES } from './fixtures';

/*
 * Which selector alternative matched on which fixture (Refined GitHub's `foo_` expectations, turned
 * around): if LinkedIn renames a class, the fixture re-captured that month shows the alternative that
 * stopped matching, and an alternative no fixture proves is reported below.
 */
const EXPECTED_MATCHES: Record<string, string[]> = {
  'demo/linkedin-like--2026-11.html': [
    'linkedin.jobDetail#classic-search-pane-2026', 'linkedin.jobTitle#classic-2026', 'linkedin.jobCompany#classic-2026',
    'linkedin.jobLocation#classic-tertiary-2026', 'linkedin.jobSalary#classic-fit-preferences-2026',
    'linkedin.jobDescription#classic-job-details-2026', 'linkedin.jobCard#classic-container-2026',
    'linkedin.cardTitle#classic-lockup-2026', 'linkedin.cardCompany#classic-lockup-2026', 'linkedin.cardLocation#classic-lockup-2026',
  ],
  'linkedin/job-view-classic--2026-11.html': [
    'linkedin.jobDetail#classic-view-2026', 'linkedin.jobTitle#classic-2026', 'linkedin.jobCompany#classic-2026',
    'linkedin.jobLocation#classic-tertiary-2026', 'linkedin.jobSalary#classic-fit-preferences-2026',
    'linkedin.jobDescription#classic-job-details-2026', 'linkedin.jobCard#classic-container-2026',
    'linkedin.cardTitle#classic-lockup-2026', 'linkedin.cardCompany#classic-lockup-2026', 'linkedin.cardLocation#classic-lockup-2026',
  ],
  'linkedin/job-search-classic--2026-11.html': [
    'linkedin.jobDetail#classic-search-pane-2026', 'linkedin.jobTitle#classic-2026', 'linkedin.jobCompany#classic-2026',
    'linkedin.jobLocation#classic-primary-2025', 'linkedin.jobDescription#classic-jobs-description-2026',
    'linkedin.jobCard#classic-container-2026', 'linkedin.jobCard#classic-data-job-id-2026', 'linkedin.cardTitle#classic-lockup-2026',
    'linkedin.cardCompany#classic-lockup-2026', 'linkedin.cardCompany#classic-primary-description-2024', 'linkedin.cardLocation#classic-lockup-2026',
  ],
  'linkedin/job-view-sdui--2026-11.html': [
    'linkedin.jobDetail#sdui-page-2026', 'linkedin.jobTitle#sdui-h1-2026', 'linkedin.jobCompany#sdui-company-link-2026',
    'linkedin.jobDescription#sdui-job-details-2026', 'linkedin.jobCard#sdui-job-card-2026', 'linkedin.cardTitle#sdui-card-title-2026',
  ],
  'linkedin/job-search-sdui--2026-11.html': [
    'linkedin.jobDetail#sdui-componentkey-2026', 'linkedin.jobTitle#sdui-h1-2026', 'linkedin.jobCompany#sdui-company-link-2026',
    'linkedin.jobDescription#about-the-job-heading', 'linkedin.jobCard#sdui-search-card-2026',
    'linkedin.cardTitle#sdui-card-title-2026', 'linkedin.cardTitle#sdui-job-link-2026',
  ],
  'linkedin/job-view-guest--2026-11.html': [
    'linkedin.jobDetail#guest-2026', 'linkedin.jobTitle#guest-2026', 'linkedin.jobCompany#guest-2026', 'linkedin.jobLocation#guest-2026',
    'linkedin.jobDescription#guest-2026', 'linkedin.jobCard#guest-2026', 'linkedin.cardTitle#guest-2026',
    'linkedin.cardCompany#guest-2026', 'linkedin.cardLocation#guest-2026',
  ],
  'linkedin/job-view-unknown--2026-11.html': [
    'linkedin.fallback#main-h1', 'linkedin.fallback#largest-text-block', 'linkedin.jobCard#sdui-job-card-2026',
    'linkedin.cardTitle#sdui-card-title-2026',
  ],
  'linkedin/job-view-hostile--2026-11.html': [
    'linkedin.jobDetail#classic-view-2026', 'linkedin.jobTitle#classic-2026', 'linkedin.jobCompany#classic-2026',
    'linkedin.jobLocation#classic-tertiary-2026', 'linkedin.jobDescription#classic-job-details-2026',
    'linkedin.jobCard#classic-container-2026', 'linkedin.cardTitle#classic-lockup-2026', 'linkedin.cardCompany#classic-lockup-2026',
    'linkedin.cardLocation#classic-lockup-2026',
  ],
  'linkedin/feed-classic--2026-11.html': [
    'linkedin.feedPost#classic-update-v2-2026', 'linkedin.feedPost#classic-activity-urn-2026',
    'linkedin.feedText#classic-update-components-2026', 'linkedin.feedText#classic-description-2025',
    'linkedin.feedAuthor#classic-actor-name-2026',
  ],
  'linkedin/feed-sdui--2026-11.html': [
    'linkedin.feedPost#sdui-full-update-2026', 'linkedin.feedPost#sdui-lazy-mount-2026', 'linkedin.feedText#sdui-commentary-2026',
    'linkedin.feedText#sdui-expandable-text-2026', 'linkedin.feedAuthor#sdui-profile-link-2026', 'linkedin.feedAuthor#sdui-company-link-2026',
  ],
  'jobstreet/job-detail--2026-11.html': [
    'jobstreet.jobDetail#details-page-2026', 'jobstreet.jobTitle#automation-2026', 'jobstreet.jobCompany#advertiser-name-2026',
    'jobstreet.jobLocation#automation-2026', 'jobstreet.jobDescription#job-ad-details-2026', JSON_LD_MATCH,
    'jobstreet.jobCard#normal-job-2026', 'jobstreet.cardTitle#automation-2026', 'jobstreet.cardCompany#automation-2026',
    'jobstreet.cardLocation#automation-2026', 'jobstreet.cardSalary#automation-2026',
  ],
  'jobstreet/job-search--2026-11.html': [
    'jobstreet.jobDetail#split-view-2026', 'jobstreet.jobTitle#automation-2026', 'jobstreet.jobCompany#advertiser-name-2026',
    'jobstreet.jobLocation#automation-2026', 'jobstreet.jobSalary#automation-2026', 'jobstreet.jobDescription#job-ad-details-2026',
    'jobstreet.jobCard#normal-job-2026', 'jobstreet.cardTitle#automation-2026', 'jobstreet.cardCompany#automation-2026',
    'jobstreet.cardLocation#automation-2026', 'jobstreet.cardSalary#automation-2026',
  ],
  'jobstreet/job-detail-broken-json-ld--2026-11.html': [
    JSON_LD_MATCH, 'jobstreet.jobCard#normal-job-2026', 'jobstreet.cardTitle#automation-2026', 'jobstreet.cardCompany#automation-2026',
    'jobstreet.cardLocation#automation-2026', 'jobstreet.cardSalary#automation-2026',
  ],
  'indeed/job-view--2026-11.html': [
    'indeed.jobTitle#testid-2026', 'indeed.jobCompany#inline-header-2026', 'indeed.jobLocation#inline-header-2026',
    'indeed.jobSalary#salary-info-2026', 'indeed.jobDescription#job-description-text-2026', 'indeed.jobCard#seen-beacon-2026',
    'indeed.cardTitle#h2-job-title-2026', 'indeed.cardCompany#testid-2026', 'indeed.cardLocation#testid-2026',
  ],
  'indeed/job-search--2026-11.html': [
    'indeed.jobTitle#class-2026', 'indeed.jobCompany#company-name-attr-2026', 'indeed.jobLocation#job-location-2026',
    'indeed.jobSalary#salary-info-2026', 'indeed.jobDescription#testid-2026', 'indeed.jobCard#seen-beacon-2026',
    'indeed.cardTitle#h2-job-title-2026', 'indeed.cardCompany#testid-2026', 'indeed.cardLocation#testid-2026',
  ],
  'facebook/group-feed--2026-11.html': [
    'facebook.post#feed-child-2026', 'facebook.post#article-2025', 'facebook.postText#story-message-2026',
    'facebook.postText#ad-preview-message-2025', 'facebook.postText#comet-preview-message-2025', 'facebook.postText#dir-auto-2025',
    'facebook.postAuthor#profile-name-2026', 'facebook.postAuthor#h3-strong-2025',
  ],
  'x/timeline--2026-11.html': [
    'x.tweet#testid-2026', 'x.tweet#cell-article-2026', 'x.tweetText#testid-2026', 'x.tweetText#lang-div-2026',
    'x.tweetAuthor#user-name-2026',
  ],
  'telegram/webk-group--2026-11.html': [
    'telegram.message#webk-bubble-2026', 'telegram.messageText#webk-translatable-2026', 'telegram.messageText#webk-message-2026',
    'telegram.messageSender#webk-peer-title-2026',
  ],
  'telegram/webk-channel--2026-11.html': [
    'telegram.message#webk-bubble-2026', 'telegram.messageText#webk-translatable-2026', 'telegram.messageText#webk-message-2026',
    'telegram.chatTitle#webk-chat-info-2026',
  ],
  'telegram/weba-group--2026-11.html': [
    'telegram.message#weba-message-2026', 'telegram.messageText#text-content-2026', 'telegram.messageSender#weba-sender-title-2026',
  ],
  'telegram/weba-channel--2026-11.html': [
    'telegram.message#weba-message-2026', 'telegram.messageText#text-content-2026', 'telegram.chatTitle#weba-chat-info-2026',
  ],
  'instagram/home-feed--2026-11.html': [
    'instagram.post#article-2025', 'instagram.author#header-link-2025', 'instagram.caption#h1-dir-auto-2025',
    'instagram.caption#first-row-span-2025',
  ],
};

const EVERY_ALTERNATIVE = [
  ...[linkedinSelectors, jobstreetSelectors, indeedSelectors, facebookSelectors, xSelectors, telegramSelectors, instagramSelectors]
    .flatMap((tables) => alternativeNames(tables)),
  ...LINKEDIN_FALLBACKS,
  JSON_LD_MATCH,
];

const FIXTURE_FILES = Object.keys(import.meta.glob('../fixtures/**/*.html')).map((path) => path.replace('../fixtures/', ''));

function extractFixture(name: string) {
  const page = loadFixture(FIXTURES[name]!);
  return { page, items: extractPage(document, page.url) };
}

describe('fixtures', () => {
  test('every fixture file is listed, and has expectations', () => {
    expect(Object.keys(FIXTURES).sort()).toEqual(FIXTURE_FILES.sort());
    expect(Object.keys(EXPECTED_MATCHES).sort()).toEqual(FIXTURE_FILES.sort());
  });

  test('fixture names follow <site>/<page-kind>--<yyyy-mm>.html', () => {
    for (const file of FIXTURE_FILES) expect(file).toMatch(/^[a-z]+\/[a-z0-9-]+--\d{4}-(0[1-9]|1[0-2])\.html$/);
  });

  test('alternative names are unique and well formed', () => {
    expect(new Set(EVERY_ALTERNATIVE).size).toBe(EVERY_ALTERNATIVE.length);
    for (const name of EVERY_ALTERNATIVE) expect(name).toMatch(/^[a-z]+\.[A-Za-z]+#[a-z0-9-]+$/);
  });

  test('every selector alternative and fallback is proven by at least one fixture', () => {
    const proven = new Set(Object.values(EXPECTED_MATCHES).flat());
    expect(EVERY_ALTERNATIVE.filter((name) => !proven.has(name))).toEqual([]);
  });
});

describe.each(Object.keys(EXPECTED_MATCHES))('%s', (name) => {
  test('matches exactly the expected alternatives', () => {
    const { items } = extractFixture(name);
    const matched = [...new Set(items.flatMap((item) => item.matched))].sort();
    expect(matched).toEqual([...EXPECTED_MATCHES[name]!].sort());
  });

  test('yields its risky and benign posts, each a valid Post with a unique id', () => {
    const { page, items } = extractFixture(name);
    const ids = items.map((item) => item.post.id);
    expect(page.risky.length).toBeGreaterThan(0);
    expect(page.benign.length).toBeGreaterThan(0);
    expect(ids).toEqual(expect.arrayContaining([...page.risky, ...page.benign]));
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of items) {
      expect(PostSchema.safeParse(item.post).success).toBe(true);
      expect(item.element.isConnected).toBe(true);
    }
  });

  test('does not modify the page', async () => {
    const page = loadFixture(FIXTURES[name]!);
    const before = document.documentElement.outerHTML;
    const observer = new MutationObserver(() => undefined);
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    extractPage(document, page.url);
    await Promise.resolve();
    expect(observer.takeRecords()).toEqual([]);
    observer.disconnect();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
