import { indeedExtractor } from '../../extractors/indeed';
import { jsonLdJobBoardExtractor } from '../../extractors/job-boards';
import { jobstreetExtractor } from '../../extractors/jobstreet';
import type { SiteFamily } from '../page-screener';

/** JobStreet / JobsDB / SEEK, Indeed (its country sites live under indeed.com), Glints and Kalibrr. */
export const JOB_BOARD_MATCHES = [
  '*://*.jobstreet.com/*',
  '*://*.jobstreet.co.id/*',
  '*://*.jobstreet.com.my/*',
  '*://*.jobstreet.com.ph/*',
  '*://*.jobstreet.com.sg/*',
  '*://*.jobstreet.vn/*',
  '*://*.jobsdb.com/*',
  '*://*.seek.com.au/*',
  '*://*.seek.co.nz/*',
  '*://*.indeed.com/*',
  '*://*.glints.com/*',
  '*://*.kalibrr.com/*',
  '*://*.kalibrr.id/*',
];

const BOARDS = [jobstreetExtractor, indeedExtractor, jsonLdJobBoardExtractor];

/**
 * Boards show one job and a short result list (about 20–30 cards), so the whole page is read each
 * batch; cards are still scored only near the viewport.
 */
export const jobBoardsFamily: SiteFamily = {
  family: 'job-boards',
  itemTables: [],
  containers: ['main'],
  extractPage: (root, url) => BOARDS.filter((board) => board.matches(url)).flatMap((board) => board.extract(root, url)),
  extractItem: () => [],
};
