// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ExtractedItem } from '../../../src/extractors/types';
import { notScamKeys } from '../../../src/storage/not-scam';
import { mountOverlay } from '../../../src/ui/overlay/mount';
import { OverlayManager, type OverlayActions, type OverlaySettings } from '../../../src/ui/overlay/overlay-manager';
import { POST, TEXTS, verdict } from './samples';

const SETTINGS: OverlaySettings = { lang: 'en', minBand: 'medium', allowList: [], notScam: new Set() };

let ctx: ContentScriptContext;
let actions: OverlayActions;
let manager: OverlayManager;

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '<main><div id="job"><h1>Customer Service</h1><p id="text">Job text</p></div><ul><li id="card">Card</li></ul></main>';
  ctx = new ContentScriptContext('test');
  actions = { report: vi.fn(async () => 'opened' as const), notScam: vi.fn() } satisfies OverlayActions;
  manager = new OverlayManager(ctx, TEXTS, actions, SETTINGS);
});
afterEach(() => {
  manager.clear();
  ctx.abort();
});

const item = (over: Partial<ExtractedItem> = {}): ExtractedItem => ({ post: POST, element: document.getElementById('job')!, placement: 'detail', matched: [], ...over });
const hosts = () => Array.from(document.querySelectorAll('[data-waspada]'));
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

describe('OverlayManager with the real shadow-root mount', () => {
  test('a panel goes first in the post, a badge last in the card, in closed shadow roots the extractors skip', async () => {
    manager.show(item(), verdict());
    manager.show(item({ post: { ...POST, id: 'linkedin:job-card:1' }, element: document.getElementById('card')!, placement: 'card' }), verdict());
    await settle();
    const [panel, badge] = [document.getElementById('job')!.firstElementChild!, document.getElementById('card')!.lastElementChild!];
    expect(panel.getAttribute('data-waspada')).toBe('panel');
    expect(panel.localName).toBe('waspada-warning');
    expect(panel.getAttribute('data-waspada-band')).toBe('high');
    expect(panel.getAttribute('data-waspada-post')).toBe(POST.id);
    expect(badge.getAttribute('data-waspada')).toBe('badge');
    // Closed: the page cannot reach in.
    expect((panel as HTMLElement).shadowRoot).toBeNull();
    // The post itself is untouched (annotated, never hidden).
    expect(document.getElementById('text')!.textContent).toBe('Job text');
    expect(manager.shownPostIds().sort()).toEqual(['linkedin:job-card:1', POST.id].sort());
  });

  test('below the minimum band nothing is shown; raising the setting hides what was shown', async () => {
    manager.show(item(), verdict({ band: 'low' }));
    await settle();
    expect(hosts()).toHaveLength(0);
    manager.show(item(), verdict({ band: 'medium' }));
    await settle();
    expect(hosts()).toHaveLength(1);
    manager.update({ ...SETTINGS, minBand: 'high' });
    expect(hosts()).toHaveLength(0);
  });

  test('allow-listed companies and posts marked "not a scam" (stored keys) get no warning', async () => {
    manager.update({ ...SETTINGS, allowList: ['golden bay services co., ltd'] });
    manager.show(item(), verdict());
    await settle();
    expect(hosts()).toHaveLength(0);
    manager.update({ ...SETTINGS, notScam: new Set(notScamKeys(POST)) });
    await settle();
    expect(hosts()).toHaveLength(0);
    manager.update(SETTINGS);
    await settle();
    expect(hosts()).toHaveLength(1);
  });

  test('stale elements (recycled nodes) and soft navigation remove the detail warning; cards stay', async () => {
    manager.show(item(), verdict());
    manager.show(item({ post: { ...POST, id: 'linkedin:job-card:1' }, element: document.getElementById('card')!, placement: 'card' }), verdict());
    await settle();
    manager.navigated();
    expect(hosts().map((h) => h.getAttribute('data-waspada'))).toEqual(['badge']);
    manager.stale(document.getElementById('card')!);
    expect(hosts()).toHaveLength(0);
  });

  test('a recycled node showing another post gets a fresh overlay', async () => {
    manager.show(item(), verdict());
    await settle();
    manager.show(item({ post: { ...POST, id: 'linkedin:job:999' } }), verdict({ band: 'medium' }));
    await settle();
    expect(hosts().map((h) => `${h.getAttribute('data-waspada-post')}:${h.getAttribute('data-waspada-band')}`)).toEqual(['linkedin:job:999:medium']);
  });

  test('sweep puts back a warning the page removed while the post is still there', async () => {
    manager.show(item(), verdict());
    await settle();
    hosts()[0]!.remove();
    manager.sweep();
    expect(document.getElementById('job')!.firstElementChild!.getAttribute('data-waspada')).toBe('panel');
    document.getElementById('job')!.remove();
    manager.sweep();
    expect(manager.shownPostIds()).toEqual([]);
  });

  test('events inside the warning do not reach the page', async () => {
    manager.show(item(), verdict());
    await settle();
    const seen: string[] = [];
    for (const type of ['click', 'keydown', 'mousedown']) document.querySelector('main')!.addEventListener(type, () => seen.push(type));
    const mounted = await mountOverlay(ctx, document.getElementById('text')!, 'panel', {});
    const button = document.createElement('button');
    mounted.container.append(button);
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
    button.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true }));
    expect(seen).toEqual([]);
    mounted.remove();
  });

  test('many warnings at once are all mounted (a few per task)', async () => {
    const list = document.createElement('ul');
    document.body.append(list);
    for (let i = 0; i < 60; i++) {
      const li = document.createElement('li');
      list.append(li);
      manager.show(item({ post: { ...POST, id: `x:${i}` }, element: li, placement: 'feed-item' }), verdict());
    }
    for (let i = 0; i < 40 && hosts().length < 60; i++) await settle();
    expect(hosts()).toHaveLength(60);
  });

  test('the extension being reloaded removes every overlay', async () => {
    manager.show(item(), verdict());
    await settle();
    expect(hosts()).toHaveLength(1);
    ctx.abort();
    expect(hosts()).toHaveLength(0);
  });
});
