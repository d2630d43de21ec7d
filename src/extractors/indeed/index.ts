import { collectEach, defineExtractor } from '../define-extractor';
import { extractJobBoardCards } from '../job-board-cards';
import { extractJobBoardDetail } from '../job-board-detail';
import type { SiteExtractor } from '../types';
import {
  cardCompany, cardLocation, cardTitle, jobCard, jobCompany, jobDescription, jobLocation, jobSalary, jobTitle,
} from './selectors';
import { getIndeedJobId, indeedJobUrl, isIndeed } from './urls';

/** Indeed: the job on /viewjob or in the search pane (hooks, then JSON-LD), and the result cards. */
export const indeedExtractor: SiteExtractor = defineExtractor({
  site: 'indeed',
  matches: isIndeed,
  extract(root, url) {
    const jobUrl = (id: string): string => indeedJobUrl(url, id);
    return collectEach([
      () =>
        extractJobBoardDetail(root, url, {
          platform: 'indeed',
          jobId: getIndeedJobId(url),
          jobUrl,
          tables: { title: jobTitle, company: jobCompany, location: jobLocation, salary: jobSalary, description: jobDescription },
        }),
      () =>
        extractJobBoardCards(root, {
          platform: 'indeed',
          jobUrl,
          cardJobId: (card) =>
            (card.closest('[data-jk]') ?? card.querySelector('[data-jk]'))?.getAttribute('data-jk') ?? undefined,
          tables: { card: jobCard, title: cardTitle, company: cardCompany, location: cardLocation },
        }),
    ]);
  },
});
