import { instagramExtractor } from '../../extractors/instagram';
import { post } from '../../extractors/instagram/selectors';
import type { SiteFamily } from '../page-screener';

export const INSTAGRAM_MATCHES = ['*://*.instagram.com/*'];

export const instagramFamily: SiteFamily = {
  family: 'instagram',
  itemTables: [post],
  containers: ['main'],
  extractPage: () => [],
  extractItem: instagramExtractor.extract,
};
