// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { extractLinkedInFeedPosts } from '../../../src/extractors/linkedin/feed-posts';
import feedClassic from '../../fixtures/linkedin/feed-classic--2026-11.html?raw';
import feedSdui from '../../fixtures/linkedin/feed-sdui--2026-11.html?raw';
import { loadFixture } from '../fixture-page';

function postsOf(html: string) {
  const page = loadFixture(html);
  return extractLinkedInFeedPosts(document, page.url);
}

describe('LinkedIn classic feed', () => {
  test('one item per post with text; the image-only post is skipped', () => {
    expect(postsOf(feedClassic).map((item) => item.post.id)).toEqual([
      'linkedin:activity:7390000000000000001',
      'linkedin:activity:7390000000000000002',
      'linkedin:activity:7390000000000000003',
      'linkedin:activity:7390000000000000004',
    ]);
  });

  test('author without the screen-reader duplicate; text keeps its lines; "see more" left out', () => {
    const [item] = postsOf(feedClassic);
    expect(item!.placement).toBe('feed-item');
    expect(item!.element.matches('.feed-shared-update-v2')).toBe(true);
    expect(item!.post).toMatchObject({
      platform: 'linkedin',
      kind: 'social-post',
      postedBy: 'Rina Kusuma',
      url: 'https://www.linkedin.com/feed/update/urn:li:activity:7390000000000000001/',
    });
    expect(item!.post.text).toMatch(/^🔥 LOWONGAN KERJA LUAR NEGERI – KAMBOJA 🔥\n\nPosisi: Customer Service \/ Admin Chat\nGaji: 1500 USD/);
    expect(item!.post.text).not.toContain('see more');
    expect(item!.post.text).not.toContain('reactions');
  });
});

describe('LinkedIn SDUI feed', () => {
  test('posts from both SDUI roots, ids from componentkey or the timestamp link', () => {
    expect(postsOf(feedSdui).map((item) => [item.post.id, item.post.postedBy])).toEqual([
      ['linkedin:activity:7390000000000000101', 'Dewi Lestari'],
      ['linkedin:activity:7390000000000000102', 'Safe Migration Foundation (example)'],
      ['linkedin:activity:7390000000000000103', 'Hendra Wijaya'],
    ]);
  });

  test('the commentary only: comments and images are not post text', () => {
    const [item] = postsOf(feedSdui);
    expect(item!.post.text).toContain('Send your passport photo to Telegram @dewi_overseas_example');
    expect(item!.post.text).not.toContain('Is this legit');
  });

  test('a post without any URN gets a stable text id', () => {
    loadFixture(feedSdui);
    document.querySelector('a[href*="urn:li:activity:7390000000000000102"]')!.remove();
    const ids = extractLinkedInFeedPosts(document, new URL('https://www.linkedin.com/feed/')).map((item) => item.post.id);
    expect(ids[1]).toMatch(/^linkedin:post-text:[0-9a-f]{8}$/);
  });
});
