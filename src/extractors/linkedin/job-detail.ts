import { makePost } from '../make-post';
import { readField, take } from '../read-field';
import { queryFirst } from '../selector-table';
import { stableId } from '../stable-id';
import type { ExtractedItem } from '../types';
import {
  jobCompany, jobDescription, jobDetail, jobLocation, jobSalary, jobTitle, LINKEDIN_TEXT_SKIP,
} from './selectors';
import {
  ABOUT_THE_JOB_MATCH, LARGEST_BLOCK_MATCH, MAIN_H1_MATCH, largestTextBlock, mainHeading, textAfterAboutTheJob,
} from './text-fallback';
import { findJobId, getLinkedInJobId, isLinkedInJobView, linkedInJobUrl } from './urls';

const isJobPage = (url: URL): boolean => isLinkedInJobView(url) || getLinkedInJobId(url) !== undefined;

/** A fit-insight button is the salary only if it has a number and a currency or a pay period. */
const LOOKS_LIKE_SALARY =
  /\d(?=[\s\S]*(?:[$€£¥₱฿₫]|\b(?:USD|IDR|Rp|RM|MYR|SGD|THB|PHP|VND|KHR|MMK|yr|mo|hr|year|month|hour|bulan|tahun)\b))|[$€£¥₱฿₫]\s?\d/i;

/** "Phnom Penh, Cambodia · 2 days ago · 100 applicants" → "Phnom Penh, Cambodia". */
const firstSegment = (text: string | undefined): string | undefined => text?.split('·')[0]?.trim();

/** The job id from the URL, else from the apply or title link, else from an id attribute in the pane. */
function jobIdFrom(url: URL, scope: ParentNode): string | undefined {
  const fromUrl = getLinkedInJobId(url);
  if (fromUrl) return fromUrl;
  for (const link of Array.from(scope.querySelectorAll('a[href*="/jobs/view/"]'))) {
    const id = findJobId(link.getAttribute('href'));
    if (id) return id;
  }
  const tagged = scope.querySelector('[data-job-id], [data-entity-urn*="jobPosting"]');
  return findJobId(tagged?.getAttribute('data-job-id')) ?? findJobId(tagged?.getAttribute('data-entity-urn'));
}

function jobItem(
  fields: { title?: string; company?: string; location?: string; salary?: string; text: string },
  url: URL,
  scope: ParentNode,
  element: Element,
  matched: string[],
): ExtractedItem[] {
  const jobId = jobIdFrom(url, scope);
  const post = makePost({
    ...fields,
    id: jobId ? `linkedin:job:${jobId}` : `linkedin:job-text:${stableId([fields.company, fields.title, fields.text.slice(0, 200)])}`,
    platform: 'linkedin',
    kind: 'job-posting',
    url: jobId ? linkedInJobUrl(jobId) : url.href,
  });
  return post ? [{ post, element, placement: 'detail', matched }] : [];
}

/** The job in a detail pane or on a /jobs/view page, read through the selector tables. */
function extractFromSelectors(root: ParentNode, url: URL): ExtractedItem[] | undefined {
  const detail = queryFirst(root, jobDetail);
  if (!detail) return undefined;
  const scope = detail.element;
  const matched = [detail.name];
  const skip = LINKEDIN_TEXT_SKIP;
  const title = take(readField(scope, jobTitle, { skip }), matched);
  const company = take(readField(scope, jobCompany, { skip }), matched);
  const location = firstSegment(take(readField(scope, jobLocation, { skip }), matched));
  const salary = take(readField(scope, jobSalary, { skip, accept: (text) => LOOKS_LIKE_SALARY.test(text) }), matched);
  let text = take(readField(scope, jobDescription, { skip, multiline: true }), matched);
  if (!text) {
    const about = textAfterAboutTheJob(scope);
    if (about) matched.push(ABOUT_THE_JOB_MATCH);
    text = about?.text;
  }
  if (!text && isJobPage(url)) {
    const block = largestTextBlock(scope);
    if (block) matched.push(LARGEST_BLOCK_MATCH);
    text = block?.text;
  }
  // A pane whose description has not loaded yet is not a job to score yet.
  if (!text) return [];
  return jobItem({ title, company, location, salary, text }, url, scope, scope, matched);
}

/** Selectors missed on a page that is certainly a job: read the h1 and the largest text block. */
function extractFromText(root: ParentNode, url: URL): ExtractedItem[] {
  const main = root.querySelector('main') ?? root.querySelector('body');
  if (!main) return [];
  const matched: string[] = [];
  const heading = mainHeading(main);
  if (heading) matched.push(MAIN_H1_MATCH);
  const about = textAfterAboutTheJob(main);
  const block = about ? undefined : largestTextBlock(main);
  matched.push(about ? ABOUT_THE_JOB_MATCH : LARGEST_BLOCK_MATCH);
  const text = about?.text ?? block?.text;
  if (!text) return [];
  return jobItem({ title: heading?.text, text }, url, main, main, matched);
}

/** The job shown in the detail pane or on the job page: zero or one item. */
export function extractLinkedInJobDetail(root: ParentNode, url: URL): ExtractedItem[] {
  const fromSelectors = extractFromSelectors(root, url);
  if (fromSelectors) return fromSelectors;
  return isJobPage(url) ? extractFromText(root, url) : [];
}
