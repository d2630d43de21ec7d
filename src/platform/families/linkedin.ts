import { extractLinkedInFeedPosts } from '../../extractors/linkedin/feed-posts';
import { extractLinkedInJobCards } from '../../extractors/linkedin/job-cards';
import { extractLinkedInJobDetail } from '../../extractors/linkedin/job-detail';
import { feedPost, jobCard } from '../../extractors/linkedin/selectors';
import type { SiteFamily } from '../page-screener';

/**
 * LinkedIn, and our demo page (LinkedIn's classic markup on localhost or a file, see
 * extractors/registry.ts isWaspadaDemoPage): the demo patterns only match that one file name.
 */
export const LINKEDIN_MATCHES = [
  '*://*.linkedin.com/*',
  'http://localhost/*linkedin-like--*',
  'http://127.0.0.1/*linkedin-like--*',
  'file:///*linkedin-like--*',
];

/** The job detail is read from the page; cards and feed posts one at a time, near the viewport. */
export const linkedinFamily: SiteFamily = {
  family: 'linkedin',
  itemTables: [jobCard, feedPost],
  // `main` holds the search list, the detail pane and the feed in both generations.
  containers: ['main', '.scaffold-layout'],
  extractPage: extractLinkedInJobDetail,
  extractItem: (scope, url) => [...extractLinkedInJobCards(scope, url), ...extractLinkedInFeedPosts(scope, url)],
};
