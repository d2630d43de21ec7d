import { defineContentScript } from 'wxt/utils/define-content-script';
import { FACEBOOK_MATCHES, facebookFamily } from '@/src/platform/families/facebook';
import { startSiteScreening } from '@/src/platform/site-screening';
import { bundledRuleTexts } from '@/src/ui/overlay/bundled-rule-texts';

// Thin wiring: Facebook group and home feeds.
export default defineContentScript({
  matches: FACEBOOK_MATCHES,
  runAt: 'document_idle',
  main: (ctx) => startSiteScreening(ctx, facebookFamily, bundledRuleTexts()),
});
