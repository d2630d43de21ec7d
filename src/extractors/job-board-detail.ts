import { JSON_LD_MATCH, readJobPostings, type JobPostingData } from './json-ld';
import { makePost } from './make-post';
import { readField, take } from './read-field';
import { queryFirst, type SelectorTable } from './selector-table';
import { stableId } from './stable-id';
import type { ExtractedItem } from './types';

/*
 * A job board's detail view: what the page shows (its stable hooks) first, the JSON-LD copy to fill
 * the gaps, and the JSON-LD alone when the hooks have drifted away.
 */

export interface JobBoardTables {
  detail?: SelectorTable;
  title: SelectorTable;
  company: SelectorTable;
  location: SelectorTable;
  salary: SelectorTable;
  description: SelectorTable;
}

export interface JobBoardOptions {
  platform: string;
  tables: JobBoardTables;
  /** The job id the URL names, if any. */
  jobId?: string;
  /** Canonical URL for a job id. */
  jobUrl?: (id: string) => string;
  skip?: string;
}

type JobFields = Omit<JobPostingData, 'identifier' | 'url'>;

function commonAncestor(a: Element | undefined, b: Element): Element {
  if (!a) return b;
  const ancestors = new Set<Element>();
  for (let node: Element | null = a; node; node = node.parentElement) ancestors.add(node);
  for (let node: Element | null = b; node; node = node.parentElement) if (ancestors.has(node)) return node;
  return b;
}

/** Where a JSON-LD-only job anchors: the main content, else the body. */
function pageAnchor(root: ParentNode): Element | undefined {
  return root.querySelector('main') ?? root.querySelector('body') ?? ((root as Node).nodeType === 1 ? (root as Element) : undefined);
}

function item(
  fields: JobFields,
  ids: { jobId?: string; url?: string },
  options: JobBoardOptions,
  pageUrl: URL,
  element: Element,
  matched: string[],
): ExtractedItem[] {
  const { jobId } = ids;
  const post = makePost({
    ...fields,
    id: jobId
      ? `${options.platform}:job:${jobId}`
      : `${options.platform}:job-text:${stableId([fields.company, fields.title, fields.text.slice(0, 200)])}`,
    platform: options.platform,
    kind: 'job-posting',
    url: (jobId && options.jobUrl?.(jobId)) || ids.url || pageUrl.href,
  });
  return post ? [{ post, element, placement: 'detail', matched }] : [];
}

export function extractJobBoardDetail(root: ParentNode, url: URL, options: JobBoardOptions): ExtractedItem[] {
  const { tables, skip } = options;
  const postings = readJobPostings(root);
  const detail = tables.detail ? queryFirst(root, tables.detail) : undefined;
  const scope = detail?.element ?? root;
  const description = readField(scope, tables.description, { skip, multiline: true });

  if (description) {
    const matched = detail ? [detail.name] : [];
    const titleRead = readField(scope, tables.title, { skip });
    const fields: JobFields = {
      title: take(titleRead, matched),
      company: take(readField(scope, tables.company, { skip }), matched),
      location: take(readField(scope, tables.location, { skip }), matched),
      salary: take(readField(scope, tables.salary, { skip }), matched),
      text: take(description, matched) ?? '',
    };
    // Fill gaps from JSON-LD only when the page describes exactly one job: then it is this one.
    const only = postings.length === 1 ? postings[0] : undefined;
    let filled = false;
    for (const key of ['title', 'company', 'location', 'salary'] as const) {
      if (!fields[key] && only?.[key]) [fields[key], filled] = [only[key], true];
    }
    if (filled) matched.push(JSON_LD_MATCH);
    const element = detail?.element ?? commonAncestor(titleRead?.element, description.element);
    return item(fields, { jobId: options.jobId ?? only?.identifier, url: only?.url }, options, url, element, matched);
  }

  const anchor = pageAnchor(root);
  if (!anchor) return [];
  return postings.flatMap((posting) => {
    const { identifier, url: postingUrl, ...fields } = posting;
    const jobId = postings.length === 1 ? (options.jobId ?? identifier) : identifier;
    return item(fields, { jobId, url: postingUrl }, options, url, anchor, [JSON_LD_MATCH]);
  });
}
