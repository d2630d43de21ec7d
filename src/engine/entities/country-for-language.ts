import { isSupportedCountry, type CountryCode } from 'libphonenumber-js/min';

/** The country whose national phone formats an ad in this language most likely uses. */
const BY_LANGUAGE: Readonly<Record<string, CountryCode>> = {
  id: 'ID',
  in: 'ID', // legacy code for Indonesian
  ms: 'MY',
  tl: 'PH',
  fil: 'PH',
  vi: 'VN',
  th: 'TH',
  km: 'KH',
  my: 'MM',
  lo: 'LA',
  zh: 'CN',
  hi: 'IN',
  ne: 'NP',
  bn: 'BD',
  si: 'LK',
  ur: 'PK',
};

/**
 * Default country for phone numbers written without "+": a region subtag wins ("en-PH" → PH,
 * "zh-TW" → TW), otherwise the language's main country; English and unknown languages give
 * undefined, because English ads come from everywhere.
 */
export function countryForLanguage(lang: string | undefined): CountryCode | undefined {
  if (lang === undefined) return undefined;
  const [primary = '', ...rest] = lang.toLowerCase().split(/[-_]/);
  const region = rest.find((part) => /^[a-z]{2}$/.test(part))?.toUpperCase();
  if (region !== undefined && isSupportedCountry(region)) return region;
  return BY_LANGUAGE[primary];
}
