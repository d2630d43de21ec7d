/**
 * Strips share and tracking parameters from a post address before it goes into a report: they can
 * tie the link to the reporter's own account or session (fbclid, igsh, LinkedIn trackingId …).
 */
const TRACKING_PARAMS = /^(?:utm_.*|fbclid|gclid|igsh|igshid|mibextid|__cft__.*|__tn__|refid|trackingid|trk|trkinfo|lipi|rcm|si|eav|paipv|sfnsn|_rdr|rdid|share_id|ref_src|ref_url)$/i;
// X/Twitter add `s` and `t` to shared links; on other sites those names may mean something.
const X_HOSTS = /(?:^|\.)(?:x|twitter)\.com$/i;

export function cleanPostUrl(raw: string | undefined): string | null {
  const text = (raw ?? '').trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return text.slice(0, 2000);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return text.slice(0, 2000);
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING_PARAMS.test(key) || (X_HOSTS.test(url.hostname) && (key === 's' || key === 't'))) url.searchParams.delete(key);
  }
  url.username = '';
  url.password = '';
  return url.toString().slice(0, 2000);
}
