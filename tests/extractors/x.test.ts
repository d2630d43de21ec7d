// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { xExtractor } from '../../src/extractors/x';
import timeline from '../fixtures/x/timeline--2026-11.html?raw';
import { loadFixture } from './fixture-page';

function tweetsOf(html: string) {
  const page = loadFixture(html);
  return xExtractor.extract(document, page.url);
}

describe('X', () => {
  test('one item per tweet with its status id, author and language hint', () => {
    expect(tweetsOf(timeline).map((item) => [item.post.id, item.post.postedBy, item.post.lang])).toEqual([
      ['x:status:1850000000000000001', 'Loker Luar Negeri 🌏 (@lokerln_example)', 'in'],
      ['x:status:1850000000000000002', 'Safe Migration Desk (@safemig_example)', 'en'],
      ['x:status:1850000000000000003', '@kopinus_example', 'en'],
    ]);
  });

  test('the tweet text, links included; a quoted tweet does not replace it', () => {
    const [first, second] = tweetsOf(timeline);
    expect(first!.post.text).toBe(
      'LOKER KAMBOJA 🇰🇭 CS online, gaji 1500 USD/bulan, visa + tiket + mess GRATIS. Tanpa pengalaman, umur 18-35. Berangkat minggu depan. DM Telegram @cs_kamboja_ex #lokerluarnegeri',
    );
    expect(first!.post.url).toBe('https://x.com/lokerln_example/status/1850000000000000001');
    expect(second!.post.text).toMatch(/^Posts like this one/);
    expect(second!.post.text).not.toContain('Kerja di Myanmar');
  });

  test.each(['https://x.com/home', 'https://twitter.com/search?q=loker', 'https://mobile.x.com/'])('matches %s', (href) => {
    expect(xExtractor.matches(new URL(href))).toBe(true);
  });
});
