import demoLinkedInLike from '../fixtures/demo/linkedin-like--2026-11.html?raw';
import facebookGroupFeed from '../fixtures/facebook/group-feed--2026-11.html?raw';
import indeedJobSearch from '../fixtures/indeed/job-search--2026-11.html?raw';
import indeedJobView from '../fixtures/indeed/job-view--2026-11.html?raw';
import instagramHomeFeed from '../fixtures/instagram/home-feed--2026-11.html?raw';
import jobstreetJobDetail from '../fixtures/jobstreet/job-detail--2026-11.html?raw';
import jobstreetBrokenJsonLd from '../fixtures/jobstreet/job-detail-broken-json-ld--2026-11.html?raw';
import jobstreetJobSearch from '../fixtures/jobstreet/job-search--2026-11.html?raw';
import linkedinFeedClassic from '../fixtures/linkedin/feed-classic--2026-11.html?raw';
import linkedinFeedSdui from '../fixtures/linkedin/feed-sdui--2026-11.html?raw';
import linkedinJobSearchClassic from '../fixtures/linkedin/job-search-classic--2026-11.html?raw';
import linkedinJobSearchSdui from '../fixtures/linkedin/job-search-sdui--2026-11.html?raw';
import linkedinJobViewClassic from '../fixtures/linkedin/job-view-classic--2026-11.html?raw';
import linkedinJobViewGuest from '../fixtures/linkedin/job-view-guest--2026-11.html?raw';
import linkedinJobViewHostile from '../fixtures/linkedin/job-view-hostile--2026-11.html?raw';
import linkedinJobViewSdui from '../fixtures/linkedin/job-view-sdui--2026-11.html?raw';
import linkedinJobViewUnknown from '../fixtures/linkedin/job-view-unknown--2026-11.html?raw';
import telegramWebaChannel from '../fixtures/telegram/weba-channel--2026-11.html?raw';
import telegramWebaGroup from '../fixtures/telegram/weba-group--2026-11.html?raw';
import telegramWebkChannel from '../fixtures/telegram/webk-channel--2026-11.html?raw';
import telegramWebkGroup from '../fixtures/telegram/webk-group--2026-11.html?raw';
import xTimeline from '../fixtures/x/timeline--2026-11.html?raw';

/** Every fixture page, by its path under tests/fixtures/. */
export const FIXTURES: Record<string, string> = {
  'demo/linkedin-like--2026-11.html': demoLinkedInLike,
  'facebook/group-feed--2026-11.html': facebookGroupFeed,
  'indeed/job-search--2026-11.html': indeedJobSearch,
  'indeed/job-view--2026-11.html': indeedJobView,
  'instagram/home-feed--2026-11.html': instagramHomeFeed,
  'jobstreet/job-detail--2026-11.html': jobstreetJobDetail,
  'jobstreet/job-detail-broken-json-ld--2026-11.html': jobstreetBrokenJsonLd,
  'jobstreet/job-search--2026-11.html': jobstreetJobSearch,
  'linkedin/feed-classic--2026-11.html': linkedinFeedClassic,
  'linkedin/feed-sdui--2026-11.html': linkedinFeedSdui,
  'linkedin/job-search-classic--2026-11.html': linkedinJobSearchClassic,
  'linkedin/job-search-sdui--2026-11.html': linkedinJobSearchSdui,
  'linkedin/job-view-classic--2026-11.html': linkedinJobViewClassic,
  'linkedin/job-view-guest--2026-11.html': linkedinJobViewGuest,
  'linkedin/job-view-hostile--2026-11.html': linkedinJobViewHostile,
  'linkedin/job-view-sdui--2026-11.html': linkedinJobViewSdui,
  'linkedin/job-view-unknown--2026-11.html': linkedinJobViewUnknown,
  'telegram/weba-channel--2026-11.html': telegramWebaChannel,
  'telegram/weba-group--2026-11.html': telegramWebaGroup,
  'telegram/webk-channel--2026-11.html': telegramWebkChannel,
  'telegram/webk-group--2026-11.html': telegramWebkGroup,
  'x/timeline--2026-11.html': xTimeline,
};
