import { PostSchema } from '../../model/post';
import { VerdictSchema } from '../../model/verdict';
import { z } from '../../model/zod';
import { REVIEW_STATUSES } from '../model';

/**
 * The case file: the whole bench as one JSON document (or one CSV row per ad), for backup, for
 * moving a case to a colleague's bench, and for a spreadsheet. Importing it restores ads, verdicts,
 * reviews and (JSON) the import log exactly; clusters are derived and rebuilt the same.
 * Bumped when a field changes meaning.
 */
export const CASE_FILE_FORMAT = 'waspada-triage/1';

export const ReviewSchema = z.object({
  status: z.enum(REVIEW_STATUSES),
  note: z.string(),
  tags: z.array(z.string()),
  updatedAt: z.string(),
});

export const CaseAdSchema = z.object({
  id: z.string(),
  post: PostSchema,
  importId: z.string(),
  ref: z.string(),
  /** Checked by `stringRecord` (zod's record would drop a `__proto__` column). */
  extra: z.optional(z.unknown()),
  addedAt: z.string(),
  verdict: VerdictSchema,
  scoredAt: z.string(),
  review: ReviewSchema,
});
export type CaseAd = z.infer<typeof CaseAdSchema>;

/** The envelope; ads are validated one by one so one damaged entry does not sink the file. */
export const CaseFileEnvelopeSchema = z.object({
  format: z.literal(CASE_FILE_FORMAT),
  exportedAt: z.string(),
  schemaVersion: z.number(),
  rulePackVersion: z.string(),
  ads: z.array(z.unknown()),
  clusters: z.optional(z.array(z.unknown())),
  imports: z.optional(z.array(z.unknown())),
});

/** Columns of the CSV case file, in order. The first marks the file; `*_json` columns carry what a cell cannot. */
export const CASE_CSV_COLUMNS = [
  'waspada_case',
  'id',
  'status',
  'band',
  'score',
  'title',
  'company',
  'location',
  'salary',
  'posted_by',
  'platform',
  'url',
  'kind',
  'post_lang',
  'captured_at',
  'post_id',
  'text',
  'rules',
  'contacts',
  'cluster',
  'tags',
  'note',
  'reviewed_at',
  'added_at',
  'import_id',
  'ref',
  'scored_at',
  'verdict_json',
  'extra_json',
] as const;
export type CaseCsvColumn = (typeof CASE_CSV_COLUMNS)[number];

/** Post fields and the CSV columns that hold them. */
export const POST_COLUMNS = [
  ['title', 'title'],
  ['company', 'company'],
  ['location', 'location'],
  ['salary', 'salary'],
  ['postedBy', 'posted_by'],
  ['platform', 'platform'],
  ['url', 'url'],
  ['kind', 'kind'],
  ['lang', 'post_lang'],
  ['capturedAt', 'captured_at'],
  ['id', 'post_id'],
] as const;

/**
 * An object of string values, copied key by key as data (a column may be called `__proto__`), or
 * undefined when it is not one.
 */
export function stringRecord(value: unknown): Record<string, string> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v !== 'string') return undefined;
    Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** How tags share one CSV cell; tags never contain ';' (cleanTag). */
export const TAG_SEPARATOR = '; ';

/** Whether a text is a case file, judged from its start: JSON with our format, or CSV whose first column is `waspada_case`. */
export function isCaseFile(text: string): 'json' | 'csv' | false {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{') && /"format"\s*:\s*"waspada-triage\//.test(head)) return 'json';
  if (/^"?waspada_case"?[,;\t]/.test(head)) return 'csv';
  return false;
}

/**
 * Cells a spreadsheet would run as a formula (= + - @, tab, CR) get a leading apostrophe, as
 * OWASP advises against CSV injection — the ad text is written by strangers. Cells that already
 * start with an apostrophe get one too, so `unescapeCell` can always remove exactly one.
 */
export const FORMULA_START = /^[=+\-@\t\r']/;

export function unescapeCell(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}
