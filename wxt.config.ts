import { defineConfig } from 'wxt';
import { waspadaData } from './src/data/vite-plugin';

// Thin build configuration: entrypoints/ stays at the top (default srcDir), src/ is imported explicitly.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [waspadaData('rules')] }),
  manifest: ({ browser }) => ({
    name: 'Waspada',
    description:
      'Screens job ads for scam and trafficking recruitment red flags where you read them. Runs on your device.',
    default_locale: undefined,
    permissions: ['storage', 'activeTab', ...(browser === 'firefox' ? [] : [])],
    browser_specific_settings: {
      gecko: {
        id: 'waspada@waspada.example.org',
        strict_min_version: '115.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '120.0' },
    },
  }),
});
