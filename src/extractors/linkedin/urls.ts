/**
 * LinkedIn page detection, one predicate per page kind (github-url-detection style). URL tables
 * live in tests/extractors/linkedin/urls.test.ts.
 */

const LINKEDIN_HOST = /(^|\.)linkedin\.com$/i;
/** /jobs/view/<id>/ and the guest form /jobs/view/<slug>-<id>/ (also …/apply/). */
const JOB_VIEW_PATH = /^\/jobs\/view\/(?:[^/]*-)?(\d{5,})(?:\/|$)/;
const JOB_LIST_PATH = /^\/jobs\/(?:search|search-results|collections)(?:\/|$)/;
const DIGITS = /^\d{5,}$/;
const ACTIVITY_URN = /urn:li:(activity|ugcPost|share|aggregatedShare):(\d+)/;

export const isLinkedIn = (url: URL): boolean => LINKEDIN_HOST.test(url.hostname);

export const isLinkedInJobView = (url: URL): boolean => isLinkedIn(url) && JOB_VIEW_PATH.test(url.pathname);

/** Search results and collections (recommended, saved …): a card list with a detail pane. */
export const isLinkedInJobSearch = (url: URL): boolean => isLinkedIn(url) && JOB_LIST_PATH.test(url.pathname);

export const isLinkedInFeed = (url: URL): boolean =>
  isLinkedIn(url) && (url.pathname === '/' || /^\/feed(?:\/|$)/.test(url.pathname));

/** The job shown on the page: /jobs/view/<id> first, then ?currentJobId=<id> (spinlud's order). */
export function getLinkedInJobId(url: URL): string | undefined {
  const fromPath = JOB_VIEW_PATH.exec(url.pathname)?.[1];
  if (fromPath) return fromPath;
  const current = url.searchParams.get('currentJobId');
  return current && DIGITS.test(current) ? current : undefined;
}

/** A job id from any href or attribute value: /jobs/view/<id>, currentJobId=<id> or urn:li:(fsd_)jobPosting:<id>. */
export function findJobId(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  return (
    /\/jobs\/view\/(?:[^/?#]*-)?(\d{5,})/.exec(value)?.[1] ??
    /[?&]currentJobId=(\d{5,})/.exec(value)?.[1] ??
    /[:_]jobPosting:(\d+)/.exec(value)?.[1] ??
    (DIGITS.test(value) ? value : undefined)
  );
}

export const linkedInJobUrl = (id: string): string => `https://www.linkedin.com/jobs/view/${id}/`;

/** The activity URN family in data-urn, data-id, componentkey or a /feed/update/ link. */
export function findActivityUrn(value: string | null | undefined): { type: string; id: string } | undefined {
  const match = value ? ACTIVITY_URN.exec(value) : null;
  return match?.[1] && match[2] ? { type: match[1], id: match[2] } : undefined;
}

export const linkedInPostUrl = (urn: { type: string; id: string }): string =>
  `https://www.linkedin.com/feed/update/urn:li:${urn.type}:${urn.id}/`;
