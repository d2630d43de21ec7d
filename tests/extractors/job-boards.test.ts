// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { indeedExtractor } from '../../src/extractors/indeed';
import { jsonLdJobBoardExtractor } from '../../src/extractors/job-boards';
import { jobstreetExtractor } from '../../src/extractors/jobstreet';
import indeedSearch from '../fixtures/indeed/job-search--2026-11.html?raw';
import indeedView from '../fixtures/indeed/job-view--2026-11.html?raw';
import jobstreetBroken from '../fixtures/jobstreet/job-detail-broken-json-ld--2026-11.html?raw';
import jobstreetDetail from '../fixtures/jobstreet/job-detail--2026-11.html?raw';
import jobstreetSearch from '../fixtures/jobstreet/job-search--2026-11.html?raw';
import { loadFixture } from './fixture-page';
import type { SiteExtractor } from '../../src/extractors/types';

function itemsOf(extractor: SiteExtractor, html: string) {
  const page = loadFixture(html);
  return extractor.extract(document, page.url);
}

const details = (items: ReturnType<typeof itemsOf>) => items.filter((item) => item.placement === 'detail');
const cards = (items: ReturnType<typeof itemsOf>) => items.filter((item) => item.placement === 'card');

describe('JobStreet / JobsDB / SEEK', () => {
  test('detail page: what the page shows, with the salary filled in from JSON-LD', () => {
    const [item] = details(itemsOf(jobstreetExtractor, jobstreetDetail));
    expect(item!.element.getAttribute('data-automation')).toBe('jobDetailsPage');
    expect(item!.post).toMatchObject({
      id: 'jobstreet:job:80000001',
      platform: 'jobstreet',
      kind: 'job-posting',
      url: 'https://id.jobstreet.com/job/80000001',
      title: 'Customer Service Online (Luar Negeri)',
      company: 'PT Cahaya Global Penempatan',
      // The page's own wording wins over JSON-LD's "Phnom Penh, KH".
      location: 'Phnom Penh, Kamboja',
      salary: 'USD 1500–2000 per month',
    });
    expect(item!.post.text).toContain('Biaya medical dan pembuatan paspor Rp 4.500.000 dibayar di muka');
    expect(item!.post.text).not.toContain('Lamar cepat');
  });

  test('split view: the selected job and every card', () => {
    const items = itemsOf(jobstreetExtractor, jobstreetSearch);
    expect(details(items).map((item) => item.post.id)).toEqual(['jobstreet:job:80000012']);
    expect(details(items)[0]!.post.salary).toBe('RM 2,800 – RM 3,200 per month');
    expect(cards(items).map((item) => [item.post.id, item.post.title, item.post.salary])).toEqual([
      ['jobstreet:job-card:80000011', 'Online Admin (Overseas) – Free Flight, Visa, Hostel', 'USD 1,500 – USD 2,500 per month'],
      ['jobstreet:job-card:80000012', 'Admin Executive', 'RM 2,800 – RM 3,200 per month'],
      ['jobstreet:job-card:80000013', 'Clinic Assistant', undefined],
    ]);
    expect(cards(items)[0]!.post.text).toContain('Contact HR on Telegram');
  });

  test('hooks gone, one JSON-LD block broken: the valid JobPosting still reads, from an @graph', () => {
    const [item] = details(itemsOf(jobstreetExtractor, jobstreetBroken));
    expect(item!.matched).toEqual(['jsonld.JobPosting#script']);
    expect(item!.element.localName).toBe('main');
    expect(item!.post).toMatchObject({
      id: 'jobstreet:job:80000021',
      url: 'https://my.jobstreet.com/job/80000021',
      title: 'Customer Service (Bahasa Melayu) – Cambodia',
      company: 'Syarikat Maju Jaya Global',
      location: 'Sihanoukville, Preah Sihanouk, Cambodia; Bavet, Cambodia',
      salary: 'USD 1500 per month',
    });
    expect(item!.post.text).toBe(
      'Jawatan kosong segera di Kemboja!\n\n• Gaji USD 1,500 sebulan\n• Tiket kapal terbang & visa PERCUMA\n• Asrama disediakan, tiada pengalaman diperlukan\n\nHubungi Telegram @kemboja_kerja_example untuk temuduga segera.',
    );
  });

  test.each([
    ['https://id.jobstreet.com/id/job/1', 'jobstreet'],
    ['https://www.jobstreet.com.my/job/1', 'jobstreet'],
    ['https://hk.jobsdb.com/job/1', 'jobsdb'],
    ['https://www.seek.com.au/job/1', 'seek'],
  ])('%s is read as %s', (href, platform) => {
    expect(jobstreetExtractor.matches(new URL(href))).toBe(true);
    document.body.innerHTML =
      '<div data-automation="jobDetailsPage"><h1 data-automation="job-detail-title">T</h1><div data-automation="jobAdDetails">Text</div></div>';
    expect(jobstreetExtractor.extract(document, new URL(href))[0]?.post.platform).toBe(platform);
  });
});

describe('Indeed', () => {
  test('/viewjob: hooks with data-testid, id from ?jk', () => {
    const [item] = details(itemsOf(indeedExtractor, indeedView));
    expect(item!.post).toMatchObject({
      id: 'indeed:job:1a2b3c4d5e6f7a8b',
      platform: 'indeed',
      url: 'https://id.indeed.com/viewjob?jk=1a2b3c4d5e6f7a8b',
      title: 'Customer Service Kamboja – Gaji Dollar',
      company: 'Agen Sukses Abadi',
      location: 'Jakarta',
      salary: 'USD 1.500 – USD 2.000 per bulan - Penuh Waktu',
    });
    expect(item!.post.text).toMatch(/^Penempatan: Sihanoukville, Kamboja\nKami mencari 40 orang CS/);
  });

  test('search pane: the selected job from ?vjk, and the cards with their data-jk', () => {
    const items = itemsOf(indeedExtractor, indeedSearch);
    expect(details(items)[0]!.post).toMatchObject({
      id: 'indeed:job:9f8e7d6c5b4a3921',
      title: 'Customer Service Officer',
      company: 'PT Pos Logistik Nusantara',
      location: 'Bandung, Jawa Barat',
    });
    expect(cards(items).map((item) => [item.post.id, item.post.company, item.post.location])).toEqual([
      ['indeed:job-card:8e7d6c5b4a392110', 'Golden Gate Manpower', 'Luar negeri'],
      ['indeed:job-card:9f8e7d6c5b4a3921', 'PT Pos Logistik Nusantara', 'Bandung, Jawa Barat'],
    ]);
  });

  test.each(['https://www.indeed.com/viewjob?jk=abc', 'https://id.indeed.com/', 'https://uk.indeed.com/', 'https://www.indeed.co.uk/'])(
    'matches %s',
    (href) => expect(indeedExtractor.matches(new URL(href))).toBe(true),
  );
  test('does not match look-alikes', () => {
    expect(indeedExtractor.matches(new URL('https://indeed.com.evil.example/'))).toBe(false);
  });
});

describe('JSON-LD boards (Glints, Kalibrr)', () => {
  test('the JobPosting is the reading', () => {
    document.head.innerHTML =
      '<script type="application/ld+json">{"@type":"JobPosting","title":"Admin","description":"<p>Kerja di Kamboja</p>","hiringOrganization":{"name":"PT Contoh"},"identifier":{"value":"abc-123"}}</script>';
    document.body.innerHTML = '<main><h1>Admin</h1></main>';
    const url = new URL('https://glints.com/id/opportunities/jobs/admin/abc-123');
    expect(jsonLdJobBoardExtractor.matches(url)).toBe(true);
    const [item] = jsonLdJobBoardExtractor.extract(document, url);
    expect(item!.post).toMatchObject({ id: 'glints:job:abc-123', platform: 'glints', title: 'Admin', company: 'PT Contoh', text: 'Kerja di Kamboja' });
    expect(jsonLdJobBoardExtractor.matches(new URL('https://www.kalibrr.id/c/x/jobs/1'))).toBe(true);
  });
});
