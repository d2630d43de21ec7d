/*
 * The fixture pages the overlay end-to-end tests open, and where the engine disagrees with what a
 * fixture declares (`waspada:fixture-risky` / `-benign`). The e2e tests take their expected bands
 * from the engine itself (run in Node on the same page), so they test the page loop, not the rules;
 * tests/platform/fixture-verdicts.test.ts checks the engine against the fixtures' declarations.
 */
export const OVERLAY_FIXTURES = [
  'linkedin/job-view-classic--2026-11.html',
  'linkedin/job-view-sdui--2026-11.html',
  'linkedin/job-view-guest--2026-11.html',
  'linkedin/job-view-hostile--2026-11.html',
  'linkedin/job-view-unknown--2026-11.html',
  'linkedin/job-search-classic--2026-11.html',
  'linkedin/job-search-sdui--2026-11.html',
  'linkedin/feed-classic--2026-11.html',
  'linkedin/feed-sdui--2026-11.html',
  'jobstreet/job-detail--2026-11.html',
  'jobstreet/job-detail-broken-json-ld--2026-11.html',
  'jobstreet/job-search--2026-11.html',
  'indeed/job-view--2026-11.html',
  'indeed/job-search--2026-11.html',
  'facebook/group-feed--2026-11.html',
  'x/timeline--2026-11.html',
  'instagram/home-feed--2026-11.html',
  'telegram/webk-group--2026-11.html',
  'telegram/webk-channel--2026-11.html',
  'telegram/weba-group--2026-11.html',
  'telegram/weba-channel--2026-11.html',
  'demo/linkedin-like--2026-11.html',
] as const;

/**
 * Engine disagreements with a fixture's declaration, reported to the rules owner (see README):
 * post id → the band the engine gives today.
 */
export const KNOWN_ENGINE_MISMATCHES: Readonly<Record<string, string>> = {};
