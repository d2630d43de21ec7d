import type { Site } from './settings-schema';

/**
 * Which site family (the per-site switch in settings) a page belongs to, by host name. Used by the
 * popup's "this site on/off" switch; the content scripts' own match patterns live in wxt entrypoints.
 */
const HOST_SITES: readonly [RegExp, Site][] = [
  [/(?:^|\.)linkedin\.com$/, 'linkedin'],
  [/(?:^|\.)(?:facebook\.com|fb\.com|messenger\.com)$/, 'facebook'],
  [/(?:^|\.)(?:x\.com|twitter\.com)$/, 'x'],
  [/(?:^|\.)instagram\.com$/, 'instagram'],
  [/(?:^|\.)(?:web\.)?telegram\.org$/, 'telegram'],
  [
    /(?:^|\.)(?:indeed\.[a-z.]+|jobstreet\.[a-z.]+|jobsdb\.com|seek\.com\.au|seek\.co\.nz|glints\.com|kalibrr\.[a-z.]+|jobstreet\.com)$/,
    'job-boards',
  ],
];

export function siteForUrl(url: string | undefined): Site | null {
  if (!url) return null;
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    host = parsed.hostname.toLowerCase();
  } catch {
    return null;
  }
  return HOST_SITES.find(([re]) => re.test(host))?.[1] ?? null;
}
