/** The SEEK platform's hosts: JobStreet (id., my., ph., sg. …), JobsDB (hk., th.) and SEEK (au, nz). */
const HOSTS: [RegExp, string][] = [
  [/(^|\.)jobstreet\.(com|co\.id|com\.my|com\.ph|com\.sg|vn)$/i, 'jobstreet'],
  [/(^|\.)jobsdb\.com$/i, 'jobsdb'],
  [/(^|\.)seek\.(com\.au|co\.nz)$/i, 'seek'],
];

/** 'jobstreet' | 'jobsdb' | 'seek' for a SEEK-platform host, else undefined. */
export function seekPlatformOf(url: URL): string | undefined {
  return HOSTS.find(([host]) => host.test(url.hostname))?.[1];
}

/** /job/<id> on a detail page, ?jobId=<id> in the split view. */
export function getSeekJobId(url: URL): string | undefined {
  const fromPath = /\/job\/(\d+)/.exec(url.pathname)?.[1];
  const fromQuery = url.searchParams.get('jobId');
  return fromPath ?? (fromQuery && /^\d+$/.test(fromQuery) ? fromQuery : undefined);
}

export const seekJobUrl = (url: URL, id: string): string => `${url.origin}/job/${id}`;
