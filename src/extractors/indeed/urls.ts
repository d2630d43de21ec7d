/** indeed.com and its country sites: id.indeed.com, uk.indeed.com, indeed.co.uk … */
export const isIndeed = (url: URL): boolean => /(^|\.)indeed\.(com|co\.[a-z]{2}|com\.[a-z]{2}|[a-z]{2})$/i.test(url.hostname);

/** /viewjob?jk=<id>, or the job selected on a search page (?vjk=<id>). */
export function getIndeedJobId(url: URL): string | undefined {
  const id = url.searchParams.get('jk') ?? url.searchParams.get('vjk');
  return id && /^[0-9a-f]{8,}$/i.test(id) ? id : undefined;
}

export const indeedJobUrl = (url: URL, id: string): string => `${url.origin}/viewjob?jk=${id}`;
