// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { extractLinkedInJobCards } from '../../../src/extractors/linkedin/job-cards';
import searchClassic from '../../fixtures/linkedin/job-search-classic--2026-11.html?raw';
import searchSdui from '../../fixtures/linkedin/job-search-sdui--2026-11.html?raw';
import viewGuest from '../../fixtures/linkedin/job-view-guest--2026-11.html?raw';
import viewSdui from '../../fixtures/linkedin/job-view-sdui--2026-11.html?raw';
import { loadFixture } from '../fixture-page';

function cardsOf(html: string) {
  const page = loadFixture(html);
  return extractLinkedInJobCards(document, page.url);
}

describe('LinkedIn job cards', () => {
  test('classic list: one item per card; the occluded empty shell and the detail pane are skipped', () => {
    const cards = cardsOf(searchClassic);
    expect(cards.map((card) => card.post.id)).toEqual([
      'linkedin:job-card:4012350001',
      'linkedin:job-card:4012350003',
      'linkedin:job-card:4012350004',
    ]);
    expect(cards.every((card) => card.placement === 'card' && card.post.kind === 'job-card')).toBe(true);
    expect(cards[0]!.post).toMatchObject({
      title: 'Admin & Customer Service – Overseas (Free Visa + Ticket)',
      company: 'Mekong Star Recruitment',
      location: 'Phnom Penh, Cambodia (On-site)',
      url: 'https://www.linkedin.com/jobs/view/4012350001/',
    });
    // The card text carries what the card shows, including the salary line.
    expect(cards[0]!.post.text).toContain('$1,800/month');
    expect(cards[0]!.post.text.match(/Admin & Customer Service/g)).toHaveLength(1);
  });

  test('a card without the container class keeps its data-job-id', () => {
    const card = cardsOf(searchClassic)[2]!;
    expect(card.element.className).toBe('job-card-job-posting-card-wrapper');
    expect(card.post).toMatchObject({ title: 'Call Center Agent (Night Shift)', company: 'PT Mitra Kontak Solusi' });
  });

  test('SDUI cards: ids from the card link, titles from the hook or the link, dismiss button left out', () => {
    const cards = cardsOf(searchSdui);
    expect(cards.map((card) => [card.post.id, card.post.title])).toEqual([
      ['linkedin:job-card:4012370001', 'Admin Input Data – Kamboja (Gaji USD, Visa & Tiket Gratis)'],
      ['linkedin:job-card:4012370002', 'Admin Gudang'],
    ]);
    expect(cards[0]!.post.text).not.toContain('Dismiss');
  });

  test('SDUI "more jobs" cards next to a job page', () => {
    expect(cardsOf(viewSdui).map((card) => card.post.title)).toEqual(['Barista', 'Digital Marketing Intern']);
  });

  test('guest cards: id from data-entity-urn, screen-reader link text left out', () => {
    const [card] = cardsOf(viewGuest);
    expect(card!.post).toMatchObject({
      id: 'linkedin:job-card:4012380101',
      title: 'Staff Admin Gudang',
      company: 'PT Sinar Logistik Nusantara',
      location: 'Bekasi, West Java, Indonesia',
    });
    expect(card!.post.text.match(/Staff Admin Gudang/g)).toHaveLength(1);
  });

  test('a card without any id gets a stable text id', () => {
    document.body.innerHTML =
      '<div class="job-card-container"><div class="artdeco-entity-lockup__title">Admin</div><div class="artdeco-entity-lockup__subtitle">PT X</div></div>';
    const [first] = extractLinkedInJobCards(document, new URL('https://www.linkedin.com/jobs/'));
    const [again] = extractLinkedInJobCards(document, new URL('https://www.linkedin.com/jobs/'));
    expect(first!.post.id).toMatch(/^linkedin:job-card-text:[0-9a-f]{8}$/);
    expect(again!.post.id).toBe(first!.post.id);
    expect(first!.post.url).toBeUndefined();
  });
});
