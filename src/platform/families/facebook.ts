import { facebookExtractor } from '../../extractors/facebook';
import { post } from '../../extractors/facebook/selectors';
import type { SiteFamily } from '../page-screener';

export const FACEBOOK_MATCHES = ['*://*.facebook.com/*'];

/** Group and home feeds; a post opened from a notification is in a dialog outside [role=main], so the body is observed. */
export const facebookFamily: SiteFamily = {
  family: 'facebook',
  itemTables: [post],
  containers: [],
  extractPage: () => [],
  extractItem: facebookExtractor.extract,
};
