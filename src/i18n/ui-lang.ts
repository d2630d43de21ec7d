/** Languages of the user interface. Malay readers get Indonesian, which they read easily. */
export const UI_LANGS = ['en', 'id'] as const;
export type UiLang = (typeof UI_LANGS)[number];
export type UiLangSetting = UiLang | 'auto';

/** The UI language from the setting, else from the browser's language (`id-ID`, `ms`, `en-US` …). */
export function resolveUiLang(setting: UiLangSetting | undefined, browserLocale: string | undefined): UiLang {
  if (setting === 'en' || setting === 'id') return setting;
  const base = (browserLocale ?? '').toLowerCase().split(/[-_]/)[0];
  return base === 'id' || base === 'in' || base === 'ms' ? 'id' : 'en';
}
