import { LOCAL_KEYS } from './layout';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings-schema';
import { readLocal, updateLocal, watchLocal } from './store';

export { DEFAULT_SETTINGS, type Settings };

export async function getSettings(): Promise<Settings> {
  return parseSettings(await readLocal(LOCAL_KEYS.settings));
}

/**
 * Applies `change` and stores the result. Fields this version does not know (written by a newer
 * Waspada) are kept as they were, so stored data is never lost by an update.
 */
export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  let next: Settings = DEFAULT_SETTINGS;
  await updateLocal(LOCAL_KEYS.settings, (raw) => {
    const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
    const current = parseSettings(stored);
    next = parseSettings({ ...current, ...change }, current);
    return { ...stored, ...next };
  });
  return next;
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return watchLocal(LOCAL_KEYS.settings, (value) => callback(parseSettings(value)));
}
