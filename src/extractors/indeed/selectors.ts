import type { SelectorTable } from '../selector-table';

/*
 * Indeed (notes §2.8). data-testid and ids first; the jobsearch-* classes are Indeed's own stable
 * BEM names, not hashes. Fixtures: tests/fixtures/indeed/.
 */

export const jobTitle = [
  { name: 'indeed.jobTitle#testid-2026', selector: 'h1[data-testid="jobsearch-JobInfoHeader-title"]' }, // /viewjob, zaphodsdad/jobhunter3000
  { name: 'indeed.jobTitle#class-2026', selector: '.jobsearch-JobInfoHeader-title' }, // search pane, zaphodsdad/jobhunter3000
] as const satisfies SelectorTable;

export const jobCompany = [
  { name: 'indeed.jobCompany#inline-header-2026', selector: '[data-testid="inlineHeader-companyName"]' }, // /viewjob, jobhunter3000
  { name: 'indeed.jobCompany#company-name-attr-2026', selector: '[data-company-name="true"]' }, // search pane, jobhunter3000
] as const satisfies SelectorTable;

export const jobLocation = [
  { name: 'indeed.jobLocation#inline-header-2026', selector: '[data-testid="inlineHeader-companyLocation"]' }, // /viewjob, jobhunter3000
  { name: 'indeed.jobLocation#job-location-2026', selector: '[data-testid="job-location"]' }, // search pane, switzere/Job-Application-Plugin
] as const satisfies SelectorTable;

export const jobSalary = [
  { name: 'indeed.jobSalary#salary-info-2026', selector: '#salaryInfoAndJobType' }, // jobhunter3000
] as const satisfies SelectorTable;

export const jobDescription = [
  { name: 'indeed.jobDescription#job-description-text-2026', selector: '#jobDescriptionText' }, // jobhunter3000, switzere
  { name: 'indeed.jobDescription#testid-2026', selector: '[data-testid="jobDetailDescription"]' }, // switzere/Job-Application-Plugin
] as const satisfies SelectorTable;

export const jobCard = [
  { name: 'indeed.jobCard#seen-beacon-2026', selector: '.job_seen_beacon' }, // result card, many public scrapers, undated
] as const satisfies SelectorTable;

export const cardTitle = [
  { name: 'indeed.cardTitle#h2-job-title-2026', selector: 'h2.jobTitle' }, // many public scrapers, undated
] as const satisfies SelectorTable;

export const cardCompany = [
  { name: 'indeed.cardCompany#testid-2026', selector: '[data-testid="company-name"]' }, // Hide-n-Seek ≥ 2024-09
] as const satisfies SelectorTable;

export const cardLocation = [
  { name: 'indeed.cardLocation#testid-2026', selector: '[data-testid="text-location"]' }, // from memory; checked only against our fixture (2026-11)
] as const satisfies SelectorTable;

export const indeedSelectors = {
  jobTitle, jobCompany, jobLocation, jobSalary, jobDescription, jobCard, cardTitle, cardCompany, cardLocation,
};
