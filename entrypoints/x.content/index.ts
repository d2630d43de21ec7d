import { defineContentScript } from 'wxt/utils/define-content-script';
import { X_MATCHES, xFamily } from '@/src/platform/families/x';
import { startSiteScreening } from '@/src/platform/site-screening';
import { bundledRuleTexts } from '@/src/ui/overlay/bundled-rule-texts';

// Thin wiring: X (Twitter) timelines, search and status pages.
export default defineContentScript({
  matches: X_MATCHES,
  runAt: 'document_idle',
  main: (ctx) => startSiteScreening(ctx, xFamily, bundledRuleTexts()),
});
