import { browser } from 'wxt/browser';
import { handlers } from '@/src/background/handlers';
import { forgetTab } from '@/src/background/tab-stats';
import { handleMessage } from '@/src/messaging/handle';

// Thin wiring: messages go to src/background/handlers.ts; no logic lives here.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, { tabId: sender.tab?.id }, handlers));
  browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
});
