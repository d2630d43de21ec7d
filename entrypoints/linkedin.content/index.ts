import { defineContentScript } from 'wxt/utils/define-content-script';
import { LINKEDIN_MATCHES, linkedinFamily } from '@/src/platform/families/linkedin';
import { startSiteScreening } from '@/src/platform/site-screening';
import { bundledRuleTexts } from '@/src/ui/overlay/bundled-rule-texts';

// Thin wiring: LinkedIn job pages, search cards and the feed (and the local demo page).
export default defineContentScript({
  matches: LINKEDIN_MATCHES,
  runAt: 'document_idle',
  main: (ctx) => startSiteScreening(ctx, linkedinFamily, bundledRuleTexts()),
});
