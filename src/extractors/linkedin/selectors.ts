import type { SelectorTable } from '../selector-table';

/*
 * LinkedIn selector tables. LinkedIn serves two generations at once (research notes §2.1–2.3): the
 * classic BEM markup and the server-driven UI (SDUI) with hashed classes, where only data-view-name,
 * componentkey and data-testid are stable. Hashed classes are never used. Every alternative is
 * proven by a fixture in tests/fixtures/linkedin/ (see tests/extractors/selector-coverage.test.ts).
 */

/** The job detail: a /jobs/view page or the right-hand pane of a search. Field tables below are read inside it. */
export const jobDetail = [
  { name: 'linkedin.jobDetail#classic-search-pane-2026', selector: '.jobs-search__job-details--container' }, // classic two-pane search, seen 2026-08 (spinlud scraper)
  { name: 'linkedin.jobDetail#classic-view-2026', selector: '.jobs-details__main-content' }, // classic /jobs/view page, cedge-portal extractor (undated)
  { name: 'linkedin.jobDetail#sdui-page-2026', selector: '[data-view-name="job-detail-page"]' }, // SDUI /jobs/view page, excerpts, undated (repo not named)
  { name: 'linkedin.jobDetail#sdui-componentkey-2026', selector: '[componentkey^="JobDetails"]' }, // SDUI search pane, excerpts, undated (repo not named)
  { name: 'linkedin.jobDetail#guest-2026', selector: '.core-rail' }, // logged-out /jobs/view page; from memory, checked only against our fixture (2026-11)
] as const satisfies SelectorTable;

export const jobTitle = [
  { name: 'linkedin.jobTitle#classic-2026', selector: '.job-details-jobs-unified-top-card__job-title' }, // classic unified top card, seen 2026-08 (spinlud)
  { name: 'linkedin.jobTitle#guest-2026', selector: '.top-card-layout__title' }, // logged-out page, martinyis/job-tracker (undated)
  { name: 'linkedin.jobTitle#sdui-h1-2026', selector: 'h1' }, // SDUI detail has hashed classes only; its one h1, constructed 2026-11
] as const satisfies SelectorTable;

export const jobCompany = [
  { name: 'linkedin.jobCompany#classic-2026', selector: '.job-details-jobs-unified-top-card__company-name' }, // classic top card, seen 2026-08 (spinlud)
  { name: 'linkedin.jobCompany#guest-2026', selector: '.topcard__org-name-link' }, // logged-out page, martinyis/job-tracker (undated)
  { name: 'linkedin.jobCompany#sdui-company-link-2026', selector: 'a[href*="/company/"]' }, // SDUI: first company link with text, constructed 2026-11
] as const satisfies SelectorTable;

/** "Phnom Penh, Cambodia · 2 days ago · 100 applicants": the location is the first segment. */
export const jobLocation = [
  { name: 'linkedin.jobLocation#classic-tertiary-2026', selector: '.job-details-jobs-unified-top-card__tertiary-description-container' }, // classic, seen 2026-08 (spinlud)
  { name: 'linkedin.jobLocation#classic-primary-2025', selector: '.job-details-jobs-unified-top-card__primary-description-container' }, // classic 2024+ layout (notes §2.1)
  { name: 'linkedin.jobLocation#guest-2026', selector: '.topcard__flavor--bullet' }, // logged-out page, martinyis/job-tracker (undated)
] as const satisfies SelectorTable;

/** Salary is one of the "fit" insight buttons; the extractor keeps only the one that looks like money. */
export const jobSalary = [
  { name: 'linkedin.jobSalary#classic-fit-preferences-2026', selector: '.job-details-fit-level-preferences button' }, // classic, seen 2026-08 (spinlud)
] as const satisfies SelectorTable;

export const jobDescription = [
  { name: 'linkedin.jobDescription#classic-job-details-2026', selector: '#job-details' }, // classic, cedge-portal / dmnorc extractors (undated)
  { name: 'linkedin.jobDescription#classic-jobs-description-2026', selector: '.jobs-description' }, // classic wrapper, seen 2026-08 (spinlud)
  { name: 'linkedin.jobDescription#guest-2026', selector: '.show-more-less-html__markup' }, // logged-out page, martinyis/job-tracker (undated)
  { name: 'linkedin.jobDescription#sdui-job-details-2026', selector: '[data-view-name="job-details"]' }, // SDUI, excerpts, undated (repo not named)
] as const satisfies SelectorTable;

/** Job cards in search lists, collections and "similar jobs". Both generations can share a page. */
export const jobCard = [
  { name: 'linkedin.jobCard#classic-container-2026', selector: 'div.job-card-container' }, // classic, seen 2026-08 (spinlud) and LinkOff 2026-05
  { name: 'linkedin.jobCard#classic-data-job-id-2026', selector: 'div[data-job-id]' }, // classic, LinkOff JOB_SELECTORS 2026-05-27
  { name: 'linkedin.jobCard#sdui-job-card-2026', selector: '[data-view-name="job-card"]' }, // SDUI, LinkOff 2026-02-26, tomiwa-a/marrow
  { name: 'linkedin.jobCard#sdui-search-card-2026', selector: '[data-view-name="job-search-job-card"]' }, // SDUI search, excerpts, undated
  { name: 'linkedin.jobCard#guest-2026', selector: '.base-search-card' }, // logged-out search and "similar jobs", martinyis/job-tracker
] as const satisfies SelectorTable;

export const cardTitle = [
  { name: 'linkedin.cardTitle#classic-lockup-2026', selector: '.artdeco-entity-lockup__title' }, // classic, seen 2026-08 (spinlud)
  { name: 'linkedin.cardTitle#sdui-card-title-2026', selector: '[data-view-name="job-card-title"]' }, // SDUI, excerpts, undated
  { name: 'linkedin.cardTitle#guest-2026', selector: '.base-search-card__title' }, // logged-out, martinyis/job-tracker
  { name: 'linkedin.cardTitle#sdui-job-link-2026', selector: 'a[href*="/jobs/view/"]' }, // SDUI card link text, tomiwa-a/marrow
] as const satisfies SelectorTable;

export const cardCompany = [
  { name: 'linkedin.cardCompany#classic-lockup-2026', selector: '.artdeco-entity-lockup__subtitle' }, // classic, seen 2026-08 (spinlud)
  { name: 'linkedin.cardCompany#classic-primary-description-2024', selector: '.job-card-container__primary-description' }, // classic, Hide-n-Seek ≥ 2024-09
  { name: 'linkedin.cardCompany#guest-2026', selector: '.base-search-card__subtitle' }, // logged-out, martinyis/job-tracker
] as const satisfies SelectorTable;

export const cardLocation = [
  { name: 'linkedin.cardLocation#classic-lockup-2026', selector: '.artdeco-entity-lockup__caption' }, // classic, seen 2026-08 (spinlud)
  { name: 'linkedin.cardLocation#guest-2026', selector: '.job-search-card__location' }, // logged-out, martinyis/job-tracker
] as const satisfies SelectorTable;

/** Feed posts. The classic root is the inner card; its .occludable-update wrapper is the same post. */
export const feedPost = [
  { name: 'linkedin.feedPost#classic-update-v2-2026', selector: 'div.feed-shared-update-v2' }, // classic, LinkOff FEED_SELECTORS before 2026-02-24
  { name: 'linkedin.feedPost#classic-activity-urn-2026', selector: '[data-urn^="urn:li:activity:"]' }, // classic, personal-adblock-filterlist linkedin-cleanup.js
  { name: 'linkedin.feedPost#sdui-full-update-2026', selector: '[data-view-name="feed-full-update"]' }, // SDUI, excerpts, undated
  { name: 'linkedin.feedPost#sdui-lazy-mount-2026', selector: '[componentkey="container-update-list_mainFeed-lazy-container"] > div[data-lazy-mount-id] > div[data-display-contents="true"] > div' }, // SDUI, LinkOff 8ca7d83 2026-06-12
] as const satisfies SelectorTable;

export const feedText = [
  { name: 'linkedin.feedText#classic-update-components-2026', selector: '.update-components-text' }, // classic, LinkOff before 2026-02-24
  { name: 'linkedin.feedText#classic-description-2025', selector: '.feed-shared-update-v2__description' }, // older classic, LinkOff history
  { name: 'linkedin.feedText#sdui-commentary-2026', selector: '[data-view-name="feed-commentary"]' }, // SDUI, excerpts, undated
  { name: 'linkedin.feedText#sdui-expandable-text-2026', selector: '[data-testid="expandable-text-box"]' }, // SDUI, excerpts, undated
] as const satisfies SelectorTable;

export const feedAuthor = [
  { name: 'linkedin.feedAuthor#classic-actor-name-2026', selector: '.update-components-actor__name' }, // classic, LinkOff before 2026-02-24
  { name: 'linkedin.feedAuthor#sdui-profile-link-2026', selector: 'a[href*="/in/"]' }, // SDUI: first profile link with text, constructed 2026-11
  { name: 'linkedin.feedAuthor#sdui-company-link-2026', selector: 'a[href*="/company/"]' }, // SDUI company page posts, constructed 2026-11
] as const satisfies SelectorTable;

/** Screen-reader duplicates ("Name Name"), "see more" and dismiss buttons are not post text. */
export const LINKEDIN_TEXT_SKIP = '.visually-hidden, .sr-only, button, [data-view-name="dismiss-job"]';

export const linkedinSelectors = {
  jobDetail, jobTitle, jobCompany, jobLocation, jobSalary, jobDescription,
  jobCard, cardTitle, cardCompany, cardLocation,
  feedPost, feedText, feedAuthor,
};
