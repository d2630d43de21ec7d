import { defineContentScript } from 'wxt/utils/define-content-script';
import { TELEGRAM_MATCHES, telegramFamily } from '@/src/platform/families/telegram';
import { startSiteScreening } from '@/src/platform/site-screening';
import { bundledRuleTexts } from '@/src/ui/overlay/bundled-rule-texts';

// Thin wiring: Telegram Web K and A chats and channels.
export default defineContentScript({
  matches: TELEGRAM_MATCHES,
  runAt: 'document_idle',
  main: (ctx) => startSiteScreening(ctx, telegramFamily, bundledRuleTexts()),
});
