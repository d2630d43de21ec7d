import type { SelectorTable } from '../selector-table';

/*
 * JobStreet, JobsDB and SEEK run on one platform (notes §2.8). Only data-automation hooks are
 * stable; every class is hashed. Fixtures: tests/fixtures/jobstreet/.
 */

export const jobDetail = [
  { name: 'jobstreet.jobDetail#details-page-2026', selector: '[data-automation="jobDetailsPage"]' }, // /job/<id> page, excerpts, undated (repos not named)
  { name: 'jobstreet.jobDetail#split-view-2026', selector: '[data-automation="splitViewDetails"]' }, // search split view, excerpts, undated
] as const satisfies SelectorTable;

export const jobTitle = [
  { name: 'jobstreet.jobTitle#automation-2026', selector: '[data-automation="job-detail-title"]' }, // excerpts, undated
] as const satisfies SelectorTable;

export const jobCompany = [
  { name: 'jobstreet.jobCompany#advertiser-name-2026', selector: '[data-automation="advertiser-name"]' }, // excerpts, undated
] as const satisfies SelectorTable;

export const jobLocation = [
  { name: 'jobstreet.jobLocation#automation-2026', selector: '[data-automation="job-detail-location"]' }, // excerpts, undated
] as const satisfies SelectorTable;

export const jobSalary = [
  { name: 'jobstreet.jobSalary#automation-2026', selector: '[data-automation="job-detail-salary"]' }, // excerpts, undated
] as const satisfies SelectorTable;

export const jobDescription = [
  { name: 'jobstreet.jobDescription#job-ad-details-2026', selector: '[data-automation="jobAdDetails"]' }, // excerpts, undated
] as const satisfies SelectorTable;

export const jobCard = [
  { name: 'jobstreet.jobCard#normal-job-2026', selector: 'article[data-automation="normalJob"]' }, // result card, several public scrapers, undated
] as const satisfies SelectorTable;

export const cardTitle = [
  { name: 'jobstreet.cardTitle#automation-2026', selector: '[data-automation="jobTitle"]' }, // several public scrapers, undated
] as const satisfies SelectorTable;

export const cardCompany = [
  { name: 'jobstreet.cardCompany#automation-2026', selector: '[data-automation="jobCompany"]' }, // several public scrapers, undated
] as const satisfies SelectorTable;

export const cardLocation = [
  { name: 'jobstreet.cardLocation#automation-2026', selector: '[data-automation="jobLocation"]' }, // several public scrapers, undated
] as const satisfies SelectorTable;

export const cardSalary = [
  { name: 'jobstreet.cardSalary#automation-2026', selector: '[data-automation="jobSalary"]' }, // several public scrapers, undated
] as const satisfies SelectorTable;

export const jobstreetSelectors = {
  jobDetail, jobTitle, jobCompany, jobLocation, jobSalary, jobDescription,
  jobCard, cardTitle, cardCompany, cardLocation, cardSalary,
};
