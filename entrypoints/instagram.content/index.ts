import { defineContentScript } from 'wxt/utils/define-content-script';
import { INSTAGRAM_MATCHES, instagramFamily } from '@/src/platform/families/instagram';
import { startSiteScreening } from '@/src/platform/site-screening';
import { bundledRuleTexts } from '@/src/ui/overlay/bundled-rule-texts';

// Thin wiring: Instagram feed and post pages.
export default defineContentScript({
  matches: INSTAGRAM_MATCHES,
  runAt: 'document_idle',
  main: (ctx) => startSiteScreening(ctx, instagramFamily, bundledRuleTexts()),
});
