import { collectEach, defineExtractor } from '../define-extractor';
import { extractJobBoardCards } from '../job-board-cards';
import { extractJobBoardDetail } from '../job-board-detail';
import type { SiteExtractor } from '../types';
import {
  cardCompany, cardLocation, cardSalary, cardTitle, jobCard, jobCompany, jobDescription, jobDetail, jobLocation,
  jobSalary, jobTitle,
} from './selectors';
import { getSeekJobId, seekJobUrl, seekPlatformOf } from './urls';

/** JobStreet, JobsDB and SEEK: the job detail (hooks, then JSON-LD) and the result cards. */
export const jobstreetExtractor: SiteExtractor = defineExtractor({
  site: 'jobstreet',
  matches: (url) => seekPlatformOf(url) !== undefined,
  extract(root, url) {
    const platform = seekPlatformOf(url) ?? 'jobstreet';
    const jobUrl = (id: string): string => seekJobUrl(url, id);
    return collectEach([
      () =>
        extractJobBoardDetail(root, url, {
          platform,
          jobId: getSeekJobId(url),
          jobUrl,
          tables: { detail: jobDetail, title: jobTitle, company: jobCompany, location: jobLocation, salary: jobSalary, description: jobDescription },
        }),
      () =>
        extractJobBoardCards(root, {
          platform,
          jobUrl,
          cardJobId: (card) =>
            card.getAttribute('data-job-id') ??
            /\/job\/(\d+)/.exec(card.querySelector('a[href*="/job/"]')?.getAttribute('href') ?? '')?.[1],
          tables: { card: jobCard, title: cardTitle, company: cardCompany, location: cardLocation, salary: cardSalary },
        }),
    ]);
  },
});
