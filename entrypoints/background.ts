import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onContextMenuClick, setUpContextMenu } from '@/src/background/context-menu';
import { handlers } from '@/src/background/handlers';
import { rulePackLoadMs } from '@/src/background/screen-posts';
import { setUpTabStats } from '@/src/background/tab-stats';
import { handleMessage } from '@/src/messaging/handle';

// Thin wiring: messages go to src/background/handlers.ts; no logic lives here.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, { tabId: sender.tab?.id }, handlers));
  setUpTabStats();
  setUpContextMenu();
  // The end-to-end tests cannot click a browser menu; they call the same handler from the worker
  // (and the page benchmark times the engine through the message handlers). Only in their build
  // (`wxt build --mode testing`): Vite replaces MODE at build time, so a release has no such global.
  if (import.meta.env.MODE === 'testing') {
    Object.assign(globalThis, {
      waspadaTest: {
        onContextMenuClick,
        handlers,
        get coldStartMs() {
          return rulePackLoadMs();
        },
      },
    });
  }
});
