import { defineContentScript } from 'wxt/utils/define-content-script';
import { JOB_BOARD_MATCHES, jobBoardsFamily } from '@/src/platform/families/job-boards';
import { startSiteScreening } from '@/src/platform/site-screening';
import { bundledRuleTexts } from '@/src/ui/overlay/bundled-rule-texts';

// Thin wiring: JobStreet/JobsDB/SEEK, Indeed, Glints and Kalibrr (hooks, then schema.org JSON-LD).
export default defineContentScript({
  matches: JOB_BOARD_MATCHES,
  runAt: 'document_idle',
  main: (ctx) => startSiteScreening(ctx, jobBoardsFamily, bundledRuleTexts()),
});
