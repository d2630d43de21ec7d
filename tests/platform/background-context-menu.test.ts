import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CHECK_KEY_PREFIX, MENU_ID, checkSelection, onContextMenuClick, registerContextMenu, type StoredCheck,
} from '../../src/background/context-menu';

const AD = 'Lowongan CS online di Phnom Penh, Kamboja. Gaji 1.500 USD/bulan, tiket dan visa gratis, mess disediakan. Berangkat pakai visa turis dulu, nanti di sana diurus izin kerjanya. Hubungi Telegram @loker_kamboja_contoh.';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

function fakeMenus() {
  const created: unknown[] = [];
  const api = { removeAll: vi.fn(async () => undefined), create: vi.fn((p: unknown) => created.push(p)), onClicked: { addListener: vi.fn() } };
  Object.assign(fakeBrowser, { contextMenus: api });
  return { api, created };
}

describe('"Check with Waspada"', () => {
  test('one menu item on selected text, titled in the browser language', async () => {
    const { api, created } = fakeMenus();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('id-ID');
    await registerContextMenu();
    expect(api.removeAll).toHaveBeenCalledOnce();
    expect(created).toEqual([{ id: MENU_ID, title: 'Periksa dengan Waspada', contexts: ['selection'] }]);
  });

  test('no menus API (Firefox for Android): nothing happens, nothing throws', async () => {
    Object.assign(fakeBrowser, { contextMenus: undefined, menus: undefined });
    await expect(registerContextMenu()).resolves.toBeUndefined();
  });

  test('a selection is scored and kept in session storage for the verdict page', async () => {
    const key = await checkSelection(AD, 'https://forum.example.org/thread/1');
    expect(key).toMatch(new RegExp(`^${CHECK_KEY_PREFIX}`));
    const stored = (await fakeBrowser.storage.session.get(key!))[key!] as StoredCheck;
    expect(stored.post).toMatchObject({ kind: 'pasted', platform: 'paste', url: 'https://forum.example.org/thread/1', text: AD });
    expect(stored.verdict.band).toBe('high');
    expect(await checkSelection('   ', undefined)).toBeUndefined();
  }, 60_000);

  test('the click reads the full selection from the tab (activeTab + scripting), then opens the verdict next to it', async () => {
    const executeScript = vi.fn(async () => [{ result: `${AD}\nwith its line breaks` }]);
    Object.assign(fakeBrowser, { scripting: { executeScript } });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await onContextMenuClick({ menuItemId: MENU_ID, selectionText: 'cut short', frameId: 0 }, { id: 7, index: 2, url: 'https://forum.example.org/thread/1' });
    expect(executeScript).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 7, frameIds: [0] } }));
    const url = create.mock.calls[0]![0].url!;
    expect(url).toMatch(/verdict\.html#check%3A/);
    expect(create.mock.calls[0]![0].index).toBe(3);
    const key = decodeURIComponent(url.split('#')[1]!);
    const stored = (await fakeBrowser.storage.session.get(key))[key] as StoredCheck;
    expect(stored.post.text).toContain('with its line breaks');
  }, 60_000);

  test('without access to the tab it falls back to the text the menu gave', async () => {
    Object.assign(fakeBrowser, { scripting: { executeScript: vi.fn(async () => Promise.reject(new Error('no activeTab'))) } });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await onContextMenuClick({ menuItemId: MENU_ID, selectionText: AD, pageUrl: 'https://example.org/' }, { id: 1 });
    const key = decodeURIComponent(create.mock.calls[0]![0].url!.split('#')[1]!);
    expect(((await fakeBrowser.storage.session.get(key))[key] as StoredCheck).post.text).toBe(AD);
  }, 60_000);

  test('clicks on other menu items are ignored', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await onContextMenuClick({ menuItemId: 'other', selectionText: AD }, { id: 1 });
    expect(create).not.toHaveBeenCalled();
  });
});
