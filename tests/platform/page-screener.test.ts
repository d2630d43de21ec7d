// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { jobBoardsFamily } from '../../src/platform/families/job-boards';
import { linkedinFamily } from '../../src/platform/families/linkedin';
import { xFamily } from '../../src/platform/families/x';
import { FIXTURES } from '../extractors/fixtures';
import { loadFixture } from '../extractors/fixture-page';
import { fakeVisibility, flush, startScreener, type Run } from './screener-harness';

let run: Run | undefined;
afterEach(() => {
  run?.screener.stop();
  run = undefined;
});

const ids = (r: Run) => r.shown.map((s) => `${s.id}:${s.band}`).sort();
const allSent = (r: Run) => r.messages.flat().sort();

describe('PageScreener on fixture pages', () => {
  test('LinkedIn job search: the detail pane and every card, each scored once, after its text settled', async () => {
    const page = loadFixture(FIXTURES['linkedin/job-search-classic--2026-11.html']!);
    run = startScreener(linkedinFamily, page.url.href);
    await run.clock.advance(200);
    // Nothing is scored before the text has been quiet for the settle time.
    expect(run.messages).toEqual([]);
    await run.clock.advance(1000);
    expect(allSent(run)).toEqual(['linkedin:job-card:4012350001', 'linkedin:job-card:4012350003', 'linkedin:job-card:4012350004', 'linkedin:job:4012350003']);
    // One message per batch, not one per post.
    expect(run.messages.length).toBeLessThanOrEqual(2);
    expect(ids(run)).toContain('linkedin:job-card:4012350001:high');
    // Later batches change nothing.
    await run.clock.advance(5000);
    expect(run.messages.flat()).toHaveLength(4);
  });

  test('an X timeline: tweets are item roots; our own overlay hosts are ignored', async () => {
    const page = loadFixture(FIXTURES['x/timeline--2026-11.html']!);
    run = startScreener(xFamily, page.url.href);
    await run.clock.advance(1000);
    expect(allSent(run)).toEqual([...page.risky, ...page.benign].sort());
    const extracted = run.screener.stats.extracted;
    // What the overlay does: insert a host into the tweet.
    const host = document.createElement('waspada-warning');
    host.setAttribute('data-waspada', 'panel');
    run.shown.find((s) => s.band === 'high')!.element.prepend(host);
    await run.clock.advance(1000);
    expect(run.screener.stats.extracted).toBe(extracted);
  });

  test('the page is never clicked, scrolled or focused by the screener', async () => {
    const click = vi.spyOn(HTMLElement.prototype, 'click');
    const focus = vi.spyOn(HTMLElement.prototype, 'focus');
    const scroll = vi.spyOn(window, 'scrollTo');
    const page = loadFixture(FIXTURES['linkedin/feed-classic--2026-11.html']!);
    run = startScreener(linkedinFamily, page.url.href);
    await run.clock.advance(2000);
    expect(run.shown.length).toBeGreaterThan(0);
    expect(click).not.toHaveBeenCalled();
    expect(focus).not.toHaveBeenCalled();
    expect(scroll).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });
});

describe('infinite scroll, recycled nodes and "see more"', () => {
  beforeEach(() => {
    loadFixture(FIXTURES['x/timeline--2026-11.html']!);
  });

  const tweet = (id: string, text: string) => {
    const cell = document.createElement('div');
    cell.setAttribute('data-testid', 'cellInnerDiv');
    cell.innerHTML = `<article data-testid="tweet"><div data-testid="User-Name"><span>Recruiter</span><span>@rec</span></div><a href="/rec/status/${id}"><time>1h</time></a><div data-testid="tweetText" lang="en"><span></span></div></article>`;
    cell.querySelector('[data-testid="tweetText"] span')!.textContent = text;
    return cell;
  };

  test('posts added as the user scrolls are screened in batches; the same post is never sent twice', async () => {
    run = startScreener(xFamily, 'https://x.com/home');
    await run.clock.advance(1000);
    const before = run.messages.flat().length;
    const timeline = document.querySelector('[data-testid="primaryColumn"] section > div, [data-testid="primaryColumn"]')!;
    for (let i = 0; i < 30; i++) timeline.append(tweet(`19000000000000000${10 + i}`, i % 3 ? `Hiring a barista in Bandung, shift ${i}` : `Loker Kamboja CS online ${i}, gaji 1500 USD`));
    await run.clock.advance(1000);
    expect(run.messages.flat().length - before).toBe(30);
    expect(run.shown.filter((s) => s.band === 'high').length).toBeGreaterThanOrEqual(10);
    // The virtual list re-inserts a cell it had taken out: same post, same text → no new message.
    const cell = timeline.lastElementChild!;
    cell.remove();
    timeline.append(cell);
    await run.clock.advance(1000);
    expect(run.messages.flat().length - before).toBe(30);
  });

  test('a recycled node that now shows another post: the old warning goes, the new post is scored', async () => {
    run = startScreener(xFamily, 'https://x.com/home');
    const timeline = document.querySelector('[data-testid="primaryColumn"]')!;
    const cell = tweet('1900000000000000999', 'Loker Kamboja CS online, gaji 1500 USD');
    timeline.append(cell);
    await run.clock.advance(1000);
    const article = cell.querySelector('article')!;
    expect(run.shown.find((s) => s.id === 'x:status:1900000000000000999')?.band).toBe('high');
    // The site reuses the node for another tweet.
    article.querySelector('a')!.setAttribute('href', '/other/status/1900000000000000998');
    article.querySelector('[data-testid="tweetText"] span')!.textContent = 'We are hiring a barista in Bandung';
    await run.clock.advance(1000);
    expect(run.stale).toContain(article);
    expect(run.shown.find((s) => s.id === 'x:status:1900000000000000998')?.band).toBe('low');
  });

  test('text that is still changing is not scored until it has been quiet; "see more" text is scored again', async () => {
    run = startScreener(xFamily, 'https://x.com/home');
    const timeline = document.querySelector('[data-testid="primaryColumn"]')!;
    const cell = tweet('1900000000000000777', 'Hiring customer service staff');
    timeline.append(cell);
    const span = cell.querySelector('[data-testid="tweetText"] span')!;
    for (let i = 0; i < 5; i++) {
      await run.clock.advance(150);
      span.textContent += ` more text ${i}`;
    }
    expect(run.messages.flat()).not.toContain('x:status:1900000000000000777');
    await run.clock.advance(1000);
    expect(run.messages.flat().filter((id) => id === 'x:status:1900000000000000777')).toHaveLength(1);
    span.textContent += ' Work in Cambodia, free visa.';
    await run.clock.advance(1000);
    const shown = run.shown.filter((s) => s.id === 'x:status:1900000000000000777').map((s) => s.band);
    expect(shown).toEqual(['low', 'high']);
  });
});

describe('only near the viewport', () => {
  test('items far from the viewport are not even read until they come near', async () => {
    loadFixture(FIXTURES['linkedin/feed-classic--2026-11.html']!);
    const near = fakeVisibility();
    run = startScreener(linkedinFamily, 'https://www.linkedin.com/feed/', { visibility: near.factory });
    await run.clock.advance(2000);
    expect(run.screener.stats.extracted).toBe(0);
    expect(run.messages).toEqual([]);
    expect(near.observed.size).toBeGreaterThan(0);
    const first = [...near.observed][0]!;
    near.setNear([first]);
    await run.clock.advance(1000);
    expect(run.messages.flat()).toHaveLength(1);
  });
});

describe('SPA navigation', () => {
  test('a URL change is reported; the pane still showing the old job is not scored under the new id', async () => {
    const page = loadFixture(FIXTURES['linkedin/job-view-classic--2026-11.html']!);
    run = startScreener(linkedinFamily, page.url.href);
    await run.clock.advance(1500);
    expect(run.shown.map((s) => s.id)).toContain('linkedin:job:4012345678');
    run.url.href = 'https://www.linkedin.com/jobs/view/4012340001/';
    run.screener.navigated();
    await run.clock.advance(1500);
    expect(run.navigations).toEqual(['https://www.linkedin.com/jobs/view/4012340001/']);
    // The router has not rendered the new job yet: the old text under the new id is not scored.
    expect(run.messages.flat()).not.toContain('linkedin:job:4012340001');
    // The new job arrives.
    document.querySelector('#job-details .mt4')!.textContent = 'Accounts payable officer in Jakarta. Permanent contract, BPJS, interviews at our office.';
    await run.clock.advance(1500);
    expect(run.shown.filter((s) => s.id === 'linkedin:job:4012340001').map((s) => s.band)).toEqual(['high']);
  });

  test('the old text is accepted after a while (a job whose pane really is identical)', async () => {
    const page = loadFixture(FIXTURES['linkedin/job-view-classic--2026-11.html']!);
    run = startScreener(linkedinFamily, page.url.href);
    await run.clock.advance(1500);
    run.url.href = 'https://www.linkedin.com/jobs/view/4012340001/';
    run.screener.navigated();
    await run.clock.advance(4000);
    expect(run.messages.flat()).toContain('linkedin:job:4012340001');
  });
});

describe('job boards', () => {
  test('JobStreet JSON-LD page: the job and its cards from the page-level read', async () => {
    const page = loadFixture(FIXTURES['jobstreet/job-detail--2026-11.html']!);
    run = startScreener(jobBoardsFamily, page.url.href);
    await run.clock.advance(2000);
    expect(allSent(run)).toEqual([...page.risky, ...page.benign].sort());
  });

  test('stop() ends all work; start() delivers the verdicts again (a site switched off and on)', async () => {
    const page = loadFixture(FIXTURES['jobstreet/job-detail--2026-11.html']!);
    run = startScreener(jobBoardsFamily, page.url.href);
    await run.clock.advance(2000);
    const shown = run.shown.length;
    run.screener.stop();
    document.body.append(document.createElement('div'));
    await run.clock.advance(2000);
    expect(run.shown.length).toBe(shown);
    run.screener.start();
    await run.clock.advance(2000);
    expect(run.shown.length).toBe(shown * 2);
    // From the cache: no new message.
    expect(run.messages.flat().length).toBe(shown);
    await flush();
  });
});
