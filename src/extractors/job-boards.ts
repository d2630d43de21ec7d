import { defineExtractor } from './define-extractor';
import { extractJobBoardDetail } from './job-board-detail';
import type { SiteExtractor } from './types';

/*
 * Boards with no stable DOM hooks (Glints, Kalibrr; notes §2.8): their JSON-LD JobPosting is the
 * reading. Empty tables mean "no hooks", so extractJobBoardDetail goes straight to JSON-LD.
 */

const BOARDS: [RegExp, string][] = [
  [/(^|\.)glints\.com$/i, 'glints'],
  [/(^|\.)kalibrr\.(com|id)$/i, 'kalibrr'],
];

const boardOf = (url: URL): string | undefined => BOARDS.find(([host]) => host.test(url.hostname))?.[1];

export const jsonLdJobBoardExtractor: SiteExtractor = defineExtractor({
  site: 'json-ld',
  matches: (url) => boardOf(url) !== undefined,
  extract: (root, url) =>
    extractJobBoardDetail(root, url, {
      platform: boardOf(url) ?? url.hostname,
      tables: { title: [], company: [], location: [], salary: [], description: [] },
    }),
});
