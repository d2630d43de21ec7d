import { xExtractor } from '../../extractors/x';
import { tweet } from '../../extractors/x/selectors';
import type { SiteFamily } from '../page-screener';

export const X_MATCHES = ['*://*.x.com/*', '*://*.twitter.com/*'];

export const xFamily: SiteFamily = {
  family: 'x',
  itemTables: [tweet],
  containers: ['[data-testid="primaryColumn"]', 'main'],
  extractPage: () => [],
  extractItem: xExtractor.extract,
};
