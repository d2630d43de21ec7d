import { browser } from 'wxt/browser';
import { screenPost } from '../engine/screen-post';
import { selectionToPost } from '../extractors/registry';
import { resolveUiLang } from '../i18n/ui-lang';
import type { Post } from '../model/post';
import type { Verdict } from '../model/verdict';
import { bundledRulePack } from '../rules/bundled-pack';

/*
 * "Check with Waspada" on selected text, on any site: the menu click grants activeTab for that tab
 * only, so no host permission is needed. The verdict opens in our own page (entrypoints/verdict).
 * Firefox for Android has no menus API; everything here checks for it first.
 */

export const MENU_ID = 'waspada-check-selection';
const TITLES = { en: 'Check with Waspada', id: 'Periksa dengan Waspada' } as const;
/** Session storage key prefix of a checked selection, read by the verdict page. */
export const CHECK_KEY_PREFIX = 'check:';

export interface StoredCheck {
  post: Post;
  verdict: Verdict;
  checkedAt: string;
}

type Menus = {
  removeAll(): Promise<void>;
  create(properties: { id: string; title: string; contexts: string[] }): unknown;
  onClicked: { addListener(listener: (info: MenuClickInfo, tab?: MenuTab) => void): void };
};
export interface MenuClickInfo {
  menuItemId: string | number;
  selectionText?: string;
  frameId?: number;
  pageUrl?: string;
  frameUrl?: string;
}
export interface MenuTab {
  id?: number;
  index?: number;
  url?: string;
}

function menus(): Menus | undefined {
  const api = browser as unknown as { contextMenus?: Menus; menus?: Menus };
  return api.contextMenus ?? api.menus;
}

/** Creates the menu item (on install, update and browser start; removeAll first avoids duplicates). */
export async function registerContextMenu(): Promise<void> {
  const api = menus();
  if (!api) return;
  const lang = resolveUiLang('auto', browser.i18n?.getUILanguage?.());
  await api.removeAll();
  api.create({ id: MENU_ID, title: TITLES[lang], contexts: ['selection'] });
}

/** The selection with its line breaks, read in the clicked frame; undefined when that is not allowed. */
async function readSelection(tab: MenuTab | undefined, frameId: number | undefined): Promise<string | undefined> {
  const scripting = (browser as unknown as { scripting?: typeof browser.scripting }).scripting;
  if (!scripting?.executeScript || tab?.id === undefined) return undefined;
  try {
    const results = await scripting.executeScript({
      target: { tabId: tab.id, frameIds: [frameId ?? 0] },
      func: () => globalThis.getSelection?.()?.toString() ?? '',
    });
    const text = results?.[0]?.result;
    return typeof text === 'string' && text.trim() ? text : undefined;
  } catch {
    return undefined;
  }
}

/** Scores a selected text and stores the result for the verdict page; returns its key. */
export async function checkSelection(text: string, pageUrl: string | undefined): Promise<string | undefined> {
  const post = selectionToPost(text, pageUrl);
  if (!post) return undefined;
  const verdict = screenPost(post, bundledRulePack().pack);
  const key = `${CHECK_KEY_PREFIX}${crypto.randomUUID()}`;
  const stored: StoredCheck = { post, verdict, checkedAt: new Date().toISOString() };
  await browser.storage.session.set({ [key]: stored });
  return key;
}

export function verdictPageUrl(key?: string): string {
  const url = browser.runtime.getURL('/verdict.html');
  return key ? `${url}#${encodeURIComponent(key)}` : url;
}

/** The menu click: read the selection, score it, open the verdict next to the tab. */
export async function onContextMenuClick(info: MenuClickInfo, tab?: MenuTab): Promise<void> {
  if (info.menuItemId !== MENU_ID) return;
  const text = (await readSelection(tab, info.frameId)) ?? info.selectionText ?? '';
  const key = await checkSelection(text, info.frameUrl ?? tab?.url ?? info.pageUrl);
  await browser.tabs.create({
    url: verdictPageUrl(key),
    ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}),
  });
}

/** Wires the menu; called from the background's top level so the click listener survives restarts. */
export function setUpContextMenu(): void {
  const api = menus();
  if (!api) return;
  api.onClicked.addListener((info, tab) => {
    onContextMenuClick(info, tab).catch(() => undefined);
  });
  browser.runtime.onInstalled.addListener(() => {
    registerContextMenu().catch(() => undefined);
  });
  browser.runtime.onStartup?.addListener(() => {
    registerContextMenu().catch(() => undefined);
  });
}
