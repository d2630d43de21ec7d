// The background's message handlers, one module per job; entrypoints/background.ts only wires them.
import type { Handlers } from '../messaging/handle';
import { handleFeedback } from './feedback';
import { handleReportOpen } from './report-open';
import { handleScreen } from './screen-posts';
import { handleStats } from './tab-stats';
import { handleTriageAdd } from './triage-add';

export const handlers: Handlers = {
  screen: handleScreen,
  'report/open': handleReportOpen,
  'feedback/not-a-scam': handleFeedback,
  'triage/add': handleTriageAdd,
  'stats/get': handleStats,
};
