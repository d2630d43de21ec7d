// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { instagramExtractor } from '../../src/extractors/instagram';
import homeFeed from '../fixtures/instagram/home-feed--2026-11.html?raw';
import { loadFixture } from './fixture-page';

describe('Instagram', () => {
  test('captions of feed posts, not comments; the handle row is not the caption', () => {
    const page = loadFixture(homeFeed);
    const items = instagramExtractor.extract(document, page.url);
    expect(items.map((item) => [item.post.id, item.post.postedBy, item.post.url])).toEqual([
      ['instagram:post:DAbCdEfGh01', 'lokerasia.example', 'https://www.instagram.com/p/DAbCdEfGh01/'],
      ['instagram:post:DAbCdEfGh02', 'kopinusantara.example', 'https://www.instagram.com/p/DAbCdEfGh02/'],
    ]);
    expect(items[0]!.post.text).toMatch(/^💼 LOWONGAN KERJA THAILAND 🇹🇭/);
    expect(items[1]!.post.text).toMatch(/^Kami buka lowongan barista/);
    expect(items[1]!.post.text).not.toContain('Semoga sukses');
  });

  test('a permalink page names its one post from the URL', () => {
    document.body.innerHTML = '<main><article><header><a href="/someone/">someone</a></header><h1 dir="auto">Loker</h1></article></main>';
    const [item] = instagramExtractor.extract(document, new URL('https://www.instagram.com/reel/Cx12_ab-3/'));
    expect(item!.post.id).toBe('instagram:post:Cx12_ab-3');
    expect(item!.post.url).toBe('https://www.instagram.com/reel/Cx12_ab-3/');
  });
});
