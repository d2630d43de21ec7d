// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { extractPage } from '../../src/extractors/registry';
import hostile from '../fixtures/linkedin/job-view-hostile--2026-11.html?raw';
import { loadFixture } from './fixture-page';
import { FIXTURES } from './fixtures';

const flags = () =>
  Object.keys(globalThis).filter((key) => key.startsWith('__waspadaHostile')).concat(document.title === 'pwned' ? ['title'] : []);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('hostile markup', () => {
  test('the description comes back as plain text: nothing hidden, injected or scripted, markup-as-text kept literal', () => {
    const page = loadFixture(hostile);
    const [detail] = extractPage(document, page.url).filter((item) => item.placement === 'detail');
    const { text, title, company } = detail!.post;
    expect(text).toBe(
      [
        'Work from a modern office. Free vi\u200Dsa and flight.',
        'Deeply nested: gaji 1.500 USD',
        'Contact Tele\u200Bgram @shadowharbor\uFEFF_example or click here.',
        'Markup written as text stays text: <b>bold?</b> & <script>alert(1)</script>',
        // A page cannot hide text by borrowing our data-waspada attribute.
        'WASPADA-OVERLAY-TEXT',
      ].join('\n\n'),
    );
    for (const leaked of ['onerror', '__waspada', 'HIDDEN', 'CSS-TEXT', 'SVG-TEXT', 'IFRAME-TEXT', 'NOSCRIPT', 'TEMPLATE-TEXT', 'TEXTAREA', 'javascript:']) {
      expect(text).not.toContain(leaked);
    }
    expect(title).toBe('Customer\u200B Service – Overseas');
    expect(company).toBe('Shadow Harbor Co.');
  });

  test('nothing runs and nothing changes', async () => {
    const page = loadFixture(hostile);
    const before = document.documentElement.outerHTML;
    const observer = new MutationObserver(() => undefined);
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    extractPage(document, page.url);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(flags()).toEqual([]);
    expect(observer.takeRecords()).toEqual([]);
    expect(document.documentElement.outerHTML).toBe(before);
    // The observer itself works: a real change is seen.
    document.body.setAttribute('data-probe', '1');
    expect(observer.takeRecords()).toHaveLength(1);
    observer.disconnect();
  });
});

describe('no layout reads and no markup reads', () => {
  // innerText and getBoundingClientRect force layout; innerHTML/outerHTML would carry markup into a Post.
  test.each(Object.keys(FIXTURES))('%s reads through textContent only', (name) => {
    const page = loadFixture(FIXTURES[name]!);
    const expected = JSON.stringify(extractPage(document, page.url).map((item) => item.post));
    const forbidden = (what: string) => () => {
      throw new Error(`extractor read ${what}`);
    };
    vi.spyOn(HTMLElement.prototype, 'innerText', 'get').mockImplementation(forbidden('innerText'));
    vi.spyOn(Element.prototype, 'innerHTML', 'get').mockImplementation(forbidden('innerHTML'));
    vi.spyOn(Element.prototype, 'outerHTML', 'get').mockImplementation(forbidden('outerHTML'));
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(forbidden('getBoundingClientRect'));
    vi.spyOn(window, 'getComputedStyle').mockImplementation(forbidden('getComputedStyle'));
    // Extractors swallow errors, so a forbidden read would show up as missing items.
    expect(JSON.stringify(extractPage(document, page.url).map((item) => item.post))).toBe(expected);
  });
});
