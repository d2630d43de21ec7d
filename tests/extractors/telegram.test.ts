// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { telegramExtractor } from '../../src/extractors/telegram';
import webaChannel from '../fixtures/telegram/weba-channel--2026-11.html?raw';
import webaGroup from '../fixtures/telegram/weba-group--2026-11.html?raw';
import webkChannel from '../fixtures/telegram/webk-channel--2026-11.html?raw';
import webkGroup from '../fixtures/telegram/webk-group--2026-11.html?raw';
import { loadFixture } from './fixture-page';

function messagesOf(html: string) {
  const page = loadFixture(html);
  return telegramExtractor.extract(document, page.url);
}

const summary = (html: string) => messagesOf(html).map((item) => [item.post.id, item.post.postedBy]);

describe('Telegram WebK', () => {
  test('group: senders carried across a bubble group; own messages and service messages skipped', () => {
    expect(summary(webkGroup)).toEqual([
      ['telegram:-1001000000001:5101', 'Rekruter Asia (contoh)'],
      ['telegram:-1001000000001:5102', 'Rekruter Asia (contoh)'],
      ['telegram:-1001000000001:5103', 'Admin Grup'],
    ]);
  });

  test('text keeps line breaks and emoji; time, views and reactions are left out', () => {
    const [first, second, third] = messagesOf(webkGroup);
    expect(first!.post.text).toBe(
      'Lowongan CS ke Kamboja 🇰🇭\nGaji 1500 USD/bulan, visa + tiket + mess gratis.\nTanpa pengalaman, yang penting bisa ngetik.',
    );
    expect(second!.post.text).not.toContain('👍');
    expect(third!.post.text).not.toMatch(/10:08/);
    expect(first!.post).toMatchObject({ platform: 'telegram', kind: 'chat-message' });
  });

  test('channel: the channel posts, with t.me links', () => {
    const items = messagesOf(webkChannel);
    expect(items.map((item) => [item.post.id, item.post.postedBy, item.post.url])).toEqual([
      ['telegram:@lokerasia_example:881', 'Loker Asia Terbaru (contoh)', 'https://t.me/lokerasia_example/881'],
      ['telegram:@lokerasia_example:882', 'Loker Asia Terbaru (contoh)', 'https://t.me/lokerasia_example/882'],
    ]);
    expect(items[0]!.post.text).not.toContain('3.1K');
  });
});

describe('Telegram WebA', () => {
  test('group: sender title carried to the next message in its group; own message skipped', () => {
    expect(summary(webaGroup)).toEqual([
      ['telegram:-1001000000002:7701', 'Bu Wati Agen (contoh)'],
      ['telegram:-1001000000002:7702', 'Bu Wati Agen (contoh)'],
      ['telegram:-1001000000002:7703', 'Pak Joko (pengurus)'],
    ]);
    expect(messagesOf(webaGroup)[2]!.post.text).not.toContain('🙏');
  });

  test('channel: the header title posts', () => {
    const items = messagesOf(webaChannel);
    expect(items.map((item) => item.post.postedBy)).toEqual(['Info Kerja Cepat (contoh)', 'Info Kerja Cepat (contoh)']);
    expect(items[0]!.post.text).toMatch(/depart this week\.$/);
  });
});

test.each([
  ['https://web.telegram.org/k/#@channel', true],
  ['https://web.telegram.org/a/#-100123', true],
  ['https://webk.telegram.org/', true],
  ['https://webz.telegram.org/', true],
  ['https://telegram.org/', false],
  ['https://t.me/channel/1', false],
])('matches %s → %s', (href, expected) => {
  expect(telegramExtractor.matches(new URL(href))).toBe(expected);
});
