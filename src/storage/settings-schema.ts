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
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  country: null,
  uiLang: 'auto',
  minBand: 'medium',
  sites: { linkedin: true, 'job-boards': true, facebook: true, x: true, instagram: true, telegram: true },
  allowList: [],
};

/** Reads stored settings leniently: a damaged field falls back to its default, the rest are kept. */
export function parseSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_SETTINGS;
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const candidate = { ...DEFAULT_SETTINGS, [key]: (raw as Record<string, unknown>)[key] };
    if (SettingsSchema.safeParse(candidate).success) merged[key] = candidate[key];
  }
  const sites = { ...DEFAULT_SETTINGS.sites, ...(merged.sites as Settings['sites']) };
  return { ...(merged as Settings), sites };
}
