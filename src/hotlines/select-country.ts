/**
 * Which country's hotlines to show: a stored setting wins, then the browser locales, else nothing —
 * showing Indonesia's lines to someone from Nepal would be wrong, so the UI gets suggestions instead.
 */

/** Languages spoken mainly in one country, so a bare tag such as `vi` or `th` still names it. */
const LANGUAGE_COUNTRY: Readonly<Record<string, string>> = {
  id: 'id',
  in: 'id', // legacy ISO 639 code for Indonesian, still sent by older Android/Java locales
  jv: 'id',
  su: 'id',
  fil: 'ph',
  tl: 'ph',
  ceb: 'ph',
  ilo: 'ph',
  vi: 'vn',
  th: 'th',
  ms: 'my',
  km: 'kh',
  my: 'mm', // Burmese
  lo: 'la',
  si: 'lk',
  hi: 'in',
  am: 'et',
  lg: 'ug',
};

/** Region subtags people or old systems write that are not ISO 3166. */
const REGION_ALIASES: Readonly<Record<string, string>> = { uk: 'gb' };

/**
 * The order in which to offer countries when the user's own has no entry: the research's main
 * countries of recruitment first, then the rest.
 */
export const DEFAULT_COUNTRY_ORDER: readonly string[] = [
  'id', 'ph', 'vn', 'th', 'my', 'kh', 'mm', 'la', 'in', 'lk', 'cn', 'hk', 'ke', 'ug', 'et', 'br', 'us', 'gb',
];

/** The country a BCP 47 / POSIX locale points at (`fil-PH` → `ph`, `vi` → `vn`), or null for `en`, `pt`, `zh` …. */
export function countryFromLocale(locale: string): string | null {
  const parts = locale.trim().split(/[.@]/)[0]!.replace(/_/g, '-').toLowerCase().split('-');
  const language = parts[0] ?? '';
  for (const part of parts.slice(1)) {
    if (part.length === 1) break; // extension or private-use singleton: the rest is not a region
    if (/^[a-z]{2}$/.test(part)) return REGION_ALIASES[part] ?? part;
  }
  return LANGUAGE_COUNTRY[language] ?? null;
}

/** A country code as stored in settings, normalised, or null when it is not one. */
function normaliseCode(code: string | null | undefined): string | null {
  if (!code) return null;
  const c = code.trim().toLowerCase();
  return /^[a-z]{2}$/.test(c) ? (REGION_ALIASES[c] ?? c) : null;
}

export interface CountryChoice {
  /** The directory entry to show, or null when neither the setting nor the locales lead to one. */
  readonly country: string | null;
  readonly source: 'setting' | 'locale' | 'none';
  /** What the locales point at, even when the directory has no entry for it. */
  readonly detected: string | null;
  /** Other countries with an entry, most likely first; the UI offers them as a picker. */
  readonly suggestions: readonly string[];
}

export interface SelectCountryInput {
  /** navigator.languages (or [navigator.language]), most preferred first. */
  readonly locales: readonly string[];
  /** The user's explicit choice from settings, if any. */
  readonly stored?: string | null;
  /** Country codes that have a directory entry. */
  readonly available: Iterable<string>;
}

export function selectCountry({ locales, stored, available }: SelectCountryInput): CountryChoice {
  const have = new Set([...available].map((c) => c.toLowerCase()));
  const fromLocales = [...new Set(locales.map(countryFromLocale).filter((c): c is string => c !== null))];
  const detected = fromLocales[0] ?? null;

  const setting = normaliseCode(stored);
  let country: string | null = null;
  let source: CountryChoice['source'] = 'none';
  if (setting && have.has(setting)) {
    country = setting;
    source = 'setting';
  } else if (detected && have.has(detected)) {
    // Only the first locale decides: a later `en-US` in a Nepali browser is not the user's country.
    country = detected;
    source = 'locale';
  }

  const order = [...fromLocales, ...DEFAULT_COUNTRY_ORDER, ...[...have].sort()];
  const suggestions = [...new Set(order)].filter((c) => have.has(c) && c !== country);
  return { country, source, detected, suggestions };
}
