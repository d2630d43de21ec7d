// Flag emoji are two regional-indicator letters; scam ads use them instead of country names
// ("🇰🇭 CS 1500$"). The countries that matter for recruitment routes are spelled out.
const FLAG_COUNTRY: Readonly<Record<string, string>> = {
  KH: 'cambodia', MM: 'myanmar', LA: 'laos', TH: 'thailand', PH: 'philippines', VN: 'vietnam',
  ID: 'indonesia', MY: 'malaysia', SG: 'singapore', CN: 'china', HK: 'hong kong', MO: 'macau',
  TW: 'taiwan', JP: 'japan', KR: 'korea', AE: 'uae', SA: 'saudi arabia', QA: 'qatar', IN: 'india',
  LK: 'sri lanka', KE: 'kenya', UG: 'uganda', BR: 'brazil', US: 'usa', GB: 'uk', TR: 'turkey',
  GE: 'georgia', PE: 'peru', NG: 'nigeria', DE: 'germany', AU: 'australia', CA: 'canada',
};

const RI_BASE = 0x1f1e6;

export function isRegionalIndicator(cp: number): boolean {
  return cp >= RI_BASE && cp <= 0x1f1ff;
}

/** The country word for a pair of regional indicators, or '' for flags we do not name. */
export function flagCountry(first: number, second: number): string {
  const code = String.fromCharCode(65 + first - RI_BASE, 65 + second - RI_BASE);
  return FLAG_COUNTRY[code] ?? '';
}
