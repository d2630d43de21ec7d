import { defineConfig } from 'wxt';
import { waspadaData } from './src/data/vite-plugin';
import { waspadaRuleTexts } from './src/ui/components/rule-texts-plugin';

// Thin build configuration: entrypoints/ stays at the top (default srcDir), src/ is imported explicitly.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [waspadaData('rules'), waspadaRuleTexts('rules')] }),
  manifest: ({ browser }) => ({
    name: 'Waspada',
    description:
      'Screens job ads for scam and trafficking recruitment red flags where you read them. Runs on your device.',
    default_locale: undefined,
    /*
     * No host permissions: the content scripts' `matches` (entrypoints/*.content) name the sites.
     * - storage: settings, "not a scam" feedback, the verdict handed to the verdict page (session).
     * - activeTab + contextMenus: "Check with Waspada" on selected text on any site, without access to it.
     * - scripting: read that selection with its line breaks (the menu's selectionText loses them);
     *   only runs in the tab the user right-clicked, through the activeTab grant.
     * Firefox for Android has no context menus: it ignores contextMenus, the code feature-detects.
     * - unlimitedStorage: the triage bench's IndexedDB (an NGO's case file) is exempt from quota and
     *   from eviction under storage pressure; no install warning in Chrome.
     */
    permissions: ['storage', 'activeTab', 'contextMenus', 'scripting', 'unlimitedStorage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'waspada@waspada.example.org',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Declares Firefox for Android support (AMO lists the add-on for Android only with this key).
            gecko_android: { strict_min_version: '120.0' },
          },
        }
      : {}),
  }),
});
