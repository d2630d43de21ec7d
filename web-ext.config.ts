import { defineWebExtConfig } from 'wxt';

// No browser runner: `npm start` launches Chromium itself (scripts/start.js), headless machines have none.
export default defineWebExtConfig({ disabled: true });
