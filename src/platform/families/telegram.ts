import { telegramExtractor } from '../../extractors/telegram';
import { message } from '../../extractors/telegram/selectors';
import type { SiteFamily } from '../page-screener';

/** Telegram Web K (/k, webk.) and A (/a, weba., webz.). */
export const TELEGRAM_MATCHES = ['*://web.telegram.org/*', '*://webk.telegram.org/*', '*://webz.telegram.org/*', '*://weba.telegram.org/*'];

export const telegramFamily: SiteFamily = {
  family: 'telegram',
  itemTables: [message],
  // The open chat: WebK's centre column, WebA's middle column.
  containers: ['#column-center', '#MiddleColumn'],
  extractPage: () => [],
  extractItem: telegramExtractor.extract,
};
