import { z } from '../model/zod';

/** Site families that have their own content script; each can be switched off. */
export const SITES = ['linkedin', 'job-boards', 'facebook', 'x', 'instagram', 'telegram'] as const;
export type Site = (typeof SITES)[number];

export const SettingsSchema = z.object({
  /** ISO country for hotlines; null: from the browser's locale. */
  country: z.nullable(z.string().check(z.regex(/^[a-z]{2}$/))),
  uiLang: z.enum(['auto', 'en', 'id']),
  /** The lowest band that shows a warning on the page (low never does). */
  minBand: z.enum(['medium', 'high']),
  sites: z.record(z.enum(SITES), z.boolean()),
  /** Companies and agency licence numbers the user trusts: their posts get no overlay. */
  allowList: z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(500)),
  /** Keep a copy of each report the user sends in the local report history. */
  keepHistory: z.boolean(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  country: null,
  uiLang: 'auto',
  minBand: 'medium',
  sites: { linkedin: true, 'job-boards': true, facebook: true, x: true, instagram: true, telegram: true },
  allowList: [],
  keepHistory: true,
};

/**
 * Reads stored settings leniently: a damaged field falls back to `fallback` (the defaults, or the
 * current settings when applying a change), the rest are kept.
 */
export function parseSettings(raw: unknown, fallback: Settings = DEFAULT_SETTINGS): Settings {
  if (typeof raw !== 'object' || raw === null) return fallback;
  const merged: Record<string, unknown> = { ...fallback };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const candidate = { ...DEFAULT_SETTINGS, [key]: (raw as Record<string, unknown>)[key] };
    if (SettingsSchema.safeParse(candidate).success) merged[key] = candidate[key];
  }
  // Per site: one damaged switch must not reset the others.
  const storedSites = (raw as Record<string, unknown>).sites;
  const sites: Record<string, boolean> = { ...fallback.sites };
  if (typeof storedSites === 'object' && storedSites !== null) {
    for (const site of SITES) {
      const v = (storedSites as Record<string, unknown>)[site];
      if (typeof v === 'boolean') sites[site] = v;
    }
  }
  return { ...(merged as Settings), sites: sites as Settings['sites'] };
}

/** An allow-list entry as the user typed it, tidied: trimmed, inner spaces collapsed; empty → null. */
export function normaliseAllowEntry(entry: string): string | null {
  const v = entry.replace(/\s+/g, ' ').trim().slice(0, 200);
  return v === '' ? null : v;
}
