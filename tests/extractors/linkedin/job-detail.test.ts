// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { extractLinkedInJobDetail } from '../../../src/extractors/linkedin/job-detail';
import demo from '../../fixtures/demo/linkedin-like--2026-11.html?raw';
import searchClassic from '../../fixtures/linkedin/job-search-classic--2026-11.html?raw';
import searchSdui from '../../fixtures/linkedin/job-search-sdui--2026-11.html?raw';
import viewClassic from '../../fixtures/linkedin/job-view-classic--2026-11.html?raw';
import viewGuest from '../../fixtures/linkedin/job-view-guest--2026-11.html?raw';
import viewSdui from '../../fixtures/linkedin/job-view-sdui--2026-11.html?raw';
import viewUnknown from '../../fixtures/linkedin/job-view-unknown--2026-11.html?raw';
import feedClassic from '../../fixtures/linkedin/feed-classic--2026-11.html?raw';
import { loadFixture } from '../fixture-page';

function detailOf(html: string, url?: string) {
  const page = loadFixture(html);
  const items = extractLinkedInJobDetail(document, url ? new URL(url) : page.url);
  expect(items.length).toBeLessThanOrEqual(1);
  return items[0];
}

describe('LinkedIn job detail', () => {
  test('classic /jobs/view page: every field, canonical url, anchored to the detail', () => {
    const item = detailOf(viewClassic)!;
    expect(item.placement).toBe('detail');
    expect(item.element.matches('.jobs-details__main-content')).toBe(true);
    expect(item.post).toMatchObject({
      id: 'linkedin:job:4012345678',
      platform: 'linkedin',
      kind: 'job-posting',
      url: 'https://www.linkedin.com/jobs/view/4012345678/',
      title: 'Customer Service Representative (English / Bahasa) – Overseas',
      company: 'Golden Bay Services Co., Ltd',
      location: 'Sihanoukville, Cambodia',
      salary: '$1,500/month - $2,000/month',
    });
    expect(item.post.text).toContain('• FREE visa, FREE flight ticket, FREE food and dormitory');
    expect(item.post.text).toContain('Telegram @goldenbay_hr_example.\nPlaces are limited');
    // The "See more" button and the screen-reader duplicates are not text.
    expect(item.post.text).not.toContain('See more');
  });

  test('classic search pane: the selected job from ?currentJobId, no salary when no insight looks like money', () => {
    const item = detailOf(searchClassic)!;
    expect(item.post).toMatchObject({
      id: 'linkedin:job:4012350003',
      title: 'Customer Service Staff',
      company: 'PT Kopi Nusantara Jaya',
      location: 'Jakarta, Indonesia',
    });
    expect(item.post.salary).toBeUndefined();
    expect(item.post.text).toMatch(/^About the job\n\nPT Kopi Nusantara Jaya is looking for/);
  });

  test('SDUI /jobs/view page: attribute hooks only', () => {
    const item = detailOf(viewSdui)!;
    expect(item.element.getAttribute('data-view-name')).toBe('job-detail-page');
    expect(item.post).toMatchObject({
      id: 'linkedin:job:4012360001',
      title: 'Online Marketing Staff – Myanmar (Mandarin or English)',
      company: 'Sunrise Digital Ventures',
    });
    expect(item.post.text).toContain('tiket pesawat dan visa GRATIS');
  });

  test('SDUI search pane: the description after "About the job"', () => {
    const item = detailOf(searchSdui)!;
    expect(item.post).toMatchObject({ id: 'linkedin:job:4012370002', title: 'Admin Gudang', company: 'PT Sinar Logistik Nusantara' });
    expect(item.post.text).toMatch(/^PT Sinar Logistik Nusantara membuka lowongan/);
    expect(item.post.text).not.toContain('About the job');
  });

  test('guest page: id from the slug URL, "Show more" left out', () => {
    const item = detailOf(viewGuest)!;
    expect(item.post).toMatchObject({
      id: 'linkedin:job:4012380001',
      url: 'https://www.linkedin.com/jobs/view/4012380001/',
      title: 'Customer Service (Indonesian speaker) – Laos',
      company: 'Harbor City Staffing',
      location: 'Golden Triangle SEZ, Bokeo, Laos',
    });
    expect(item.post.text).toMatch(/^DICARI CS BERBAHASA INDONESIA – KERJA DI LAOS\n\nKerja kantoran/);
    expect(item.post.text).not.toContain('Show more');
  });

  test('unknown markup on a job URL: the h1 and the largest text block', () => {
    const item = detailOf(viewUnknown)!;
    expect(item.matched).toEqual(['linkedin.fallback#main-h1', 'linkedin.fallback#largest-text-block']);
    expect(item.post.title).toBe('Data Entry Operator – Work Abroad (Thailand border)');
    expect(item.post.text).toMatch(/^We are urgently recruiting 40 Data Entry Operators/);
    expect(item.post.text).toContain('Contact our recruiter on Telegram @asialink_jobs_example');
    // The sidebar card is not part of the description.
    expect(item.post.text).not.toContain('Data Entry Clerk');
  });

  test('unknown markup off a job URL: nothing, rather than a guess', () => {
    expect(detailOf(viewUnknown, 'https://www.linkedin.com/jobs/')).toBeUndefined();
  });

  test('no URL id: the id comes from the detail pane link (the demo page)', () => {
    const item = detailOf(demo)!;
    expect(item.post.id).toBe('linkedin:job:4019990001');
    expect(item.post.url).toBe('https://www.linkedin.com/jobs/view/4019990001/');
  });

  test('a pane whose description has not loaded yet is not a job yet', () => {
    loadFixture(searchClassic);
    document.querySelector('.jobs-description')!.remove();
    expect(extractLinkedInJobDetail(document, new URL('https://www.linkedin.com/jobs/search/?currentJobId=4012350003'))).toEqual([]);
  });

  test('a feed page has no job detail', () => {
    expect(detailOf(feedClassic)).toBeUndefined();
  });
});
