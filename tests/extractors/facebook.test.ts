// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { facebookExtractor } from '../../src/extractors/facebook';
import groupFeed from '../fixtures/facebook/group-feed--2026-11.html?raw';
import { loadFixture } from './fixture-page';

function postsOf(html: string) {
  const page = loadFixture(html);
  return facebookExtractor.extract(document, page.url);
}

describe('Facebook', () => {
  test('feed posts and the opened post; comments and the loading placeholder are not posts', () => {
    expect(postsOf(groupFeed).map((item) => [item.post.id, item.post.postedBy])).toEqual([
      ['facebook:post:200000000000001', 'Agen Karier Internasional'],
      ['facebook:post:200000000000002', 'Admin Grup (contoh)'],
      ['facebook:post:200000000000003', 'Toko Roti Malang Sentosa'],
      ['facebook:post:200000000000004', 'Rekrutmen Kerja Luar Negeri'],
    ]);
  });

  test('story message text keeps its lines; "See more" is left out; permalink without tracking', () => {
    const [item] = postsOf(groupFeed);
    expect(item!.post.text).toMatch(/^📢 DIBUTUHKAN SEGERA 50 ORANG KERJA DI KAMBOJA 🇰🇭\nPosisi CS/);
    expect(item!.post.text).not.toContain('Lihat selengkapnya');
    expect(item!.post.text).not.toContain('Saya minat');
    expect(item!.post.url).toBe('https://www.facebook.com/groups/100000000000001/posts/200000000000001/');
    expect(item!.placement).toBe('feed-item');
  });

  test('the dir="auto" fallback reads the post, not its author or its comment', () => {
    const item = postsOf(groupFeed)[3]!;
    expect(item.element.getAttribute('role')).toBe('article');
    expect(item.post.text).toMatch(/^Kerja di Myawaddy \(Myanmar\)/);
    expect(item.post.text).not.toContain('Ini penipuan');
  });

  test('story_fbid permalinks', () => {
    expect(postsOf(groupFeed)[2]!.post.url).toBe('https://www.facebook.com/permalink.php?story_fbid=200000000000003');
  });

  test('a post without a permalink gets a stable text id', () => {
    document.body.innerHTML =
      '<div role="feed"><div><div data-ad-rendering-role="story_message"><div dir="auto">Dicari admin</div></div></div></div>';
    const [item] = facebookExtractor.extract(document, new URL('https://www.facebook.com/'));
    expect(item!.post.id).toMatch(/^facebook:post-text:[0-9a-f]{8}$/);
  });
});
