import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings-schema';

// Versioned so later releases can migrate stored settings instead of dropping them.
const item = storage.defineItem<unknown>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });

export async function getSettings(): Promise<Settings> {
  return parseSettings(await item.getValue());
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await getSettings()), ...change });
  await item.setValue(next);
  return next;
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return item.watch((value) => callback(parseSettings(value)));
}
