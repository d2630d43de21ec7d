// SPA navigation: LinkedIn moves between jobs with pushState and re-renders the same pane. The
// warning must follow the job shown, never stay on the next one.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { extensionNetworkRequests, launch, type Harness } from './harness';
import { overlayHosts, waitForOverlays } from './overlay-helpers';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

/** What LinkedIn's router does: push the URL, show a loading state, then render the new job. */
async function softNavigate(page: Page, jobId: string, job: { title: string; company: string; location: string; salary: string; description: string[] }) {
  await page.evaluate(
    async ({ jobId, job }) => {
      history.pushState({}, '', `/jobs/view/${jobId}/`);
      await new Promise((resolve) => setTimeout(resolve, 250));
      const pane = document.querySelector('.jobs-details__main-content')!;
      pane.querySelector('.job-details-jobs-unified-top-card__company-name a')!.textContent = job.company;
      const title = pane.querySelector('.job-details-jobs-unified-top-card__job-title h1 a')!;
      title.textContent = job.title;
      title.setAttribute('href', `/jobs/view/${jobId}/`);
      pane.querySelector('.job-details-jobs-unified-top-card__tertiary-description-container span')!.textContent = job.location;
      pane.querySelector('.job-details-fit-level-preferences button strong')!.textContent = job.salary;
      const body = pane.querySelector('#job-details .mt4')!;
      body.replaceChildren(
        ...job.description.map((text) => {
          const p = document.createElement('p');
          p.textContent = text;
          return p;
        }),
      );
    },
    { jobId, job },
  );
}

const BENIGN = {
  title: 'Accounts Payable Officer',
  company: 'PT Sumber Makmur Logistik',
  location: 'Jakarta Selatan, Indonesia',
  salary: 'Rp 8,000,000/month',
  description: [
    'We are looking for an Accounts Payable Officer for our head office in Jakarta.',
    'Requirements: a degree in accounting, two years of experience with SAP, good Excel skills.',
    'We offer a permanent contract, BPJS health insurance and annual leave. Apply through our careers page; interviews are held at our office.',
  ],
};

const RISKY = {
  title: 'Online Marketing Staff (Bahasa Indonesia)',
  company: 'Bright Star Entertainment Group',
  location: 'Bavet, Cambodia',
  salary: '$1,800/month',
  description: [
    'Hiring 20 online marketing staff to work in Bavet, Cambodia. Salary 1,800 USD per month plus bonus.',
    'No experience needed, just basic typing. Free flight, free visa, free food and accommodation.',
    'You will travel on a tourist visa first; the company arranges the work permit after arrival.',
    'Interview by WhatsApp only. Send a copy of your passport to +855 12 345 678 to book your ticket. Departure next week.',
  ],
};

test('the overlay follows pushState navigation between two jobs', async () => {
  const page = await h.openFixture('linkedin/job-view-classic--2026-11.html');
  const first = await waitForOverlays(page, { min: 1 });
  expect(first.find((x) => x.kind === 'panel')).toMatchObject({ post: 'linkedin:job:4012345678', band: 'high' });

  // To a harmless job: the old warning must go (it would now sit on top of another employer's ad).
  await softNavigate(page, '4012340001', BENIGN);
  await expect.poll(async () => (await overlayHosts(page)).filter((x) => x.kind === 'panel'), { timeout: 10_000 }).toEqual([]);
  await page.waitForTimeout(1500);
  expect((await overlayHosts(page)).filter((x) => x.kind === 'panel')).toEqual([]);
  expect(page.url()).toContain('/jobs/view/4012340001/');

  // To another risky job: a new warning, about this job.
  await softNavigate(page, '4012340002', RISKY);
  await expect
    .poll(async () => (await overlayHosts(page)).filter((x) => x.kind === 'panel').map((x) => `${x.post}:${x.band}`), { timeout: 10_000 })
    .toEqual(['linkedin:job:4012340002:high']);
  await page.close();
});

test('back to a job already checked: the cached verdict is shown again once the pane shows it', async () => {
  const page = await h.openFixture('linkedin/job-view-classic--2026-11.html');
  await waitForOverlays(page, { min: 1 });
  // The pane as the site rendered it (our own host element left out).
  const original = await page.evaluate(() => {
    const copy = document.querySelector('.jobs-details__main-content')!.cloneNode(true) as Element;
    copy.querySelectorAll('[data-waspada]').forEach((host) => host.remove());
    return copy.innerHTML;
  });
  await softNavigate(page, '4012340001', BENIGN);
  await expect.poll(async () => (await overlayHosts(page)).length, { timeout: 10_000 }).toBe(0);
  // Back: the router restores the first job's pane.
  await page.evaluate((html) => {
    history.pushState({}, '', '/jobs/view/4012345678/');
    document.querySelector('.jobs-details__main-content')!.innerHTML = html;
  }, original);
  await expect
    .poll(async () => (await overlayHosts(page)).map((x) => `${x.post}:${x.band}`), { timeout: 10_000 })
    .toEqual(['linkedin:job:4012345678:high']);
  await page.close();
});

test('no network request from the extension', () => {
  expect(extensionNetworkRequests(h)).toEqual([]);
});
