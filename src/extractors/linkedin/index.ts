import { collectEach, defineExtractor } from '../define-extractor';
import type { SiteExtractor } from '../types';
import { extractLinkedInFeedPosts } from './feed-posts';
import { extractLinkedInJobCards } from './job-cards';
import { extractLinkedInJobDetail } from './job-detail';
import { isLinkedIn } from './urls';

/** LinkedIn: the job detail, job cards and feed posts, whichever the page holds. */
export const linkedinExtractor: SiteExtractor = defineExtractor({
  site: 'linkedin',
  matches: isLinkedIn,
  extract: (root, url) =>
    collectEach([
      () => extractLinkedInJobDetail(root, url),
      () => extractLinkedInJobCards(root, url),
      () => extractLinkedInFeedPosts(root, url),
    ]),
});
