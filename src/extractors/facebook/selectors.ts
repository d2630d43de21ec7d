import type { SelectorTable } from '../selector-table';

/*
 * Facebook feed and group posts (notes §2.5). Classes are obfuscated; roles and data-ad-* hooks
 * are what survives. Comments are role="article" too, so nested articles are never posts.
 * Fixture: tests/fixtures/facebook/.
 */

export const post = [
  { name: 'facebook.post#feed-child-2026', selector: '[role="feed"] > div' }, // facebook-clean-my-feeds groups.ts @3fb7bc2
  { name: 'facebook.post#article-2025', selector: 'div[role="article"]' }, // permalink/dialog views, longphamdev/facebook-group-monitor
] as const satisfies SelectorTable;

export const postText = [
  { name: 'facebook.postText#story-message-2026', selector: '[data-ad-rendering-role="story_message"]' }, // excerpts, undated
  { name: 'facebook.postText#ad-preview-message-2025', selector: '[data-ad-preview="message"]' }, // excerpts, undated
  { name: 'facebook.postText#comet-preview-message-2025', selector: '[data-ad-comet-preview="message"]' }, // excerpts, undated
  { name: 'facebook.postText#dir-auto-2025', selector: 'div[dir="auto"]' }, // first text block that is not the author, longphamdev
] as const satisfies SelectorTable;

export const postAuthor = [
  { name: 'facebook.postAuthor#profile-name-2026', selector: '[data-ad-rendering-role="profile_name"]' }, // excerpts, undated
  { name: 'facebook.postAuthor#h3-strong-2025', selector: 'h3 a[role="link"] strong' }, // longphamdev/facebook-group-monitor
] as const satisfies SelectorTable;

/** "See more" and other controls inside the message are not post text. */
export const FACEBOOK_TEXT_SKIP = '[role="button"]';

export const facebookSelectors = { post, postText, postAuthor };
