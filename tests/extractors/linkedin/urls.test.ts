import { describe, expect, test } from 'vitest';
import {
  findActivityUrn, findJobId, getLinkedInJobId, isLinkedInFeed, isLinkedInJobSearch, isLinkedInJobView, linkedInJobUrl,
} from '../../../src/extractors/linkedin/urls';

const u = (href: string): URL => new URL(href);

describe('isLinkedInJobView', () => {
  test.each([
    'https://www.linkedin.com/jobs/view/4012345678/',
    'https://www.linkedin.com/jobs/view/4012345678',
    'https://id.linkedin.com/jobs/view/customer-service-at-harbor-city-staffing-4012380001',
    'https://www.linkedin.com/jobs/view/4012360001/apply/?openSDUIApplyFlow=true',
  ])('%s', (href) => expect(isLinkedInJobView(u(href))).toBe(true));

  test.each([
    'https://www.linkedin.com/jobs/search/?currentJobId=4012345678',
    'https://www.linkedin.com/jobs/view/',
    'https://www.linkedin.com/feed/',
    'https://www.notlinkedin.com/jobs/view/4012345678/',
    'https://linkedin.com.example.org/jobs/view/4012345678/',
  ])('not %s', (href) => expect(isLinkedInJobView(u(href))).toBe(false));
});

describe('isLinkedInJobSearch', () => {
  test.each([
    'https://www.linkedin.com/jobs/search/?keywords=admin',
    'https://www.linkedin.com/jobs/search-results/?currentJobId=4012370002',
    'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4012345678',
  ])('%s', (href) => expect(isLinkedInJobSearch(u(href))).toBe(true));

  test.each(['https://www.linkedin.com/jobs/', 'https://www.linkedin.com/jobs/view/4012345678/'])('not %s', (href) =>
    expect(isLinkedInJobSearch(u(href))).toBe(false),
  );
});

describe('isLinkedInFeed', () => {
  test.each(['https://www.linkedin.com/feed/', 'https://www.linkedin.com/', 'https://www.linkedin.com/feed/update/urn:li:activity:1/'])(
    '%s',
    (href) => expect(isLinkedInFeed(u(href))).toBe(true),
  );
  test.each(['https://www.linkedin.com/jobs/', 'https://www.facebook.com/feed/'])('not %s', (href) =>
    expect(isLinkedInFeed(u(href))).toBe(false),
  );
});

describe('getLinkedInJobId', () => {
  test.each([
    ['https://www.linkedin.com/jobs/view/4012345678/', '4012345678'],
    ['https://www.linkedin.com/jobs/view/customer-service-at-acme-4012380001?trk=x', '4012380001'],
    ['https://www.linkedin.com/jobs/search/?currentJobId=4012350003&keywords=cs', '4012350003'],
    ['https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4012345678', '4012345678'],
    // The path wins over the query, as in spinlud's get_job_id.
    ['https://www.linkedin.com/jobs/view/4012345678/?currentJobId=9999999999', '4012345678'],
    ['https://www.linkedin.com/jobs/search/?currentJobId=abc', undefined],
    ['https://www.linkedin.com/jobs/search/', undefined],
  ])('%s → %s', (href, id) => expect(getLinkedInJobId(u(href))).toBe(id));
});

describe('findJobId', () => {
  test.each([
    ['/jobs/view/4012340001/?trk=similar', '4012340001'],
    ['https://www.linkedin.com/jobs/view/staff-admin-gudang-at-x-4012380101?trk=y', '4012380101'],
    ['/jobs/search/?currentJobId=4012350003', '4012350003'],
    ['urn:li:fsd_jobPosting:4012380101', '4012380101'],
    ['urn:li:jobPosting:4012380101', '4012380101'],
    ['4012340001', '4012340001'],
    ['/company/acme/', undefined],
    [null, undefined],
  ])('%s → %s', (value, id) => expect(findJobId(value)).toBe(id));
});

describe('findActivityUrn', () => {
  test.each([
    ['urn:li:activity:7390000000000000001', { type: 'activity', id: '7390000000000000001' }],
    ['urn:li:ugcPost:7390000000000000002', { type: 'ugcPost', id: '7390000000000000002' }],
    ['urn:li:activity:7390000000000000101FeedType_MAIN_FEED', { type: 'activity', id: '7390000000000000101' }],
    ['https://www.linkedin.com/feed/update/urn:li:share:7390000000000000003/', { type: 'share', id: '7390000000000000003' }],
    ['container-update-list_mainFeed-lazy-container', undefined],
  ])('%s', (value, urn) => expect(findActivityUrn(value)).toEqual(urn));
});

test('linkedInJobUrl is the canonical job view', () => {
  expect(linkedInJobUrl('4012345678')).toBe('https://www.linkedin.com/jobs/view/4012345678/');
});
