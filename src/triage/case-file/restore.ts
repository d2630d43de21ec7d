import Papa from 'papaparse';
import { contentHash } from '../../import/content-hash';
import type { ImportError } from '../../import/types';
import { PostSchema, type Post } from '../../model/post';
import { VerdictSchema, type Verdict } from '../../model/verdict';
import { z } from '../../model/zod';
import { canonicalPost, cleanTags, REVIEW_STATUSES, type ImportLog, type Review, type ReviewStatus, type StoredAd } from '../model';
import {
  CASE_CSV_COLUMNS,
  CaseAdSchema,
  CaseFileEnvelopeSchema,
  POST_COLUMNS,
  stringRecord,
  TAG_SEPARATOR,
  unescapeCell,
  type CaseCsvColumn,
} from './format';

/** One ad read back from a case file. `verdict` is absent when the ad's text was edited (it must be scored again). */
export interface RestoredAd {
  ad: StoredAd;
  verdict?: { verdict: Verdict; scoredAt: string };
  review: Review;
}

export interface ParsedCaseFile {
  ads: RestoredAd[];
  imports: ImportLog[];
  errors: ImportError[];
  total: number;
}

const ImportLogSchema = z.object({
  id: z.string(),
  at: z.string(),
  source: z.string(),
  format: z.string(),
  total: z.number(),
  added: z.number(),
  duplicates: z.number(),
  errorCount: z.number(),
  errors: z.array(z.object({ ref: z.string(), row: z.number(), reason: z.string(), line: z.optional(z.number()) })),
  cancelled: z.boolean(),
  ms: z.number(),
});

function firstIssue(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/**
 * The ad as restored: the key is always the content hash of the post as it is now, so an ad whose
 * text was edited in a spreadsheet becomes a new ad (and is scored again) rather than keeping a
 * verdict whose evidence no longer points into its text.
 */
function restored(
  post: Post,
  meta: { id: string; importId: string; ref: string; extra?: Record<string, string>; addedAt: string },
  verdict: { verdict: Verdict; scoredAt: string } | undefined,
  review: Omit<Review, 'adId'>,
): RestoredAd {
  const canonical = canonicalPost(post);
  const id = contentHash(canonical);
  const ad: StoredAd = { id, post: canonical, importId: meta.importId, ref: meta.ref, addedAt: meta.addedAt };
  if (meta.extra) ad.extra = meta.extra;
  const out: RestoredAd = { ad, review: { adId: id, status: review.status, note: review.note, tags: cleanTags(review.tags), updatedAt: review.updatedAt } };
  if (verdict && id === meta.id) out.verdict = verdict;
  return out;
}

export function parseCaseJson(text: string): ParsedCaseFile {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { ads: [], imports: [], errors: [{ ref: 'input', row: 0, reason: `not valid JSON: ${(err as Error).message}` }], total: 0 };
  }
  const envelope = CaseFileEnvelopeSchema.safeParse(data);
  if (!envelope.success) return { ads: [], imports: [], errors: [{ ref: 'input', row: 0, reason: `not a Waspada case file: ${firstIssue(envelope.error)}` }], total: 0 };
  const ads: RestoredAd[] = [];
  const errors: ImportError[] = [];
  envelope.data.ads.forEach((item, i) => {
    const parsed = CaseAdSchema.safeParse(item);
    if (!parsed.success) {
      errors.push({ ref: `ad ${i + 1}`, row: i + 1, reason: firstIssue(parsed.error) });
      return;
    }
    const a = parsed.data;
    const extra = a.extra === undefined ? undefined : stringRecord(a.extra);
    if (a.extra !== undefined && !extra) {
      errors.push({ ref: `ad ${i + 1}`, row: i + 1, reason: 'extra: must be an object of strings' });
      return;
    }
    const { extra: _ignored, ...meta } = a;
    ads.push(restored(a.post, { ...meta, ...(extra ? { extra } : {}) }, { verdict: a.verdict, scoredAt: a.scoredAt }, a.review));
  });
  const imports: ImportLog[] = [];
  for (const item of envelope.data.imports ?? []) {
    const parsed = ImportLogSchema.safeParse(item);
    if (parsed.success) imports.push(parsed.data as ImportLog);
  }
  return { ads, imports, errors, total: envelope.data.ads.length };
}

function rowError(row: number, reason: string): ImportError {
  return { ref: `row ${row}`, row, reason };
}

/** Reads a CSV case file; row numbers count like a spreadsheet (header = row 1). */
export function parseCaseCsv(text: string): ParsedCaseFile {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  const [header, ...rows] = parsed.data;
  const errors: ImportError[] = [];
  const index = new Map<string, number>((header ?? []).map((name, i) => [name.trim(), i]));
  const missing = CASE_CSV_COLUMNS.filter((c) => !index.has(c));
  if (missing.length > 0) return { ads: [], imports: [], errors: [rowError(1, `missing column ${missing.join(', ')}`)], total: rows.length };
  for (const e of parsed.errors) if (e.code === 'MissingQuotes') errors.push(rowError((e.row ?? 0) + 2, 'unclosed quote'));
  const badRows = new Set(errors.map((e) => e.row));
  const ads: RestoredAd[] = [];
  rows.forEach((cells, i) => {
    const row = i + 2;
    if (badRows.has(row)) return;
    const cell = (c: CaseCsvColumn): string => unescapeCell(cells[index.get(c)!] ?? '');
    try {
      const raw: Record<string, string> = { text: cell('text') };
      for (const [field, column] of POST_COLUMNS) if (cell(column) !== '') raw[field] = cell(column);
      const post = PostSchema.safeParse(raw);
      if (!post.success) throw new Error(firstIssue(post.error));
      if (post.data.text.trim() === '') throw new Error('empty text');
      const status = cell('status') as ReviewStatus;
      if (!(REVIEW_STATUSES as readonly string[]).includes(status)) throw new Error(`status must be one of ${REVIEW_STATUSES.join(', ')}`);
      let verdict: { verdict: Verdict; scoredAt: string } | undefined;
      if (cell('verdict_json') !== '') {
        const v = VerdictSchema.safeParse(JSON.parse(cell('verdict_json')));
        if (!v.success) throw new Error(`verdict_json: ${firstIssue(v.error)}`);
        verdict = { verdict: v.data, scoredAt: cell('scored_at') };
      }
      let extra: Record<string, string> | undefined;
      if (cell('extra_json') !== '') {
        extra = stringRecord(JSON.parse(cell('extra_json')));
        if (!extra) throw new Error('extra_json: must be an object of strings');
      }
      const tags = cell('tags') === '' ? [] : cell('tags').split(TAG_SEPARATOR.trim());
      ads.push(
        restored(
          post.data,
          { id: cell('id'), importId: cell('import_id') || 'case-file', ref: cell('ref') || `row ${row}`, addedAt: cell('added_at'), ...(extra ? { extra } : {}) },
          verdict,
          { status, note: cell('note'), tags, updatedAt: cell('reviewed_at') },
        ),
      );
    } catch (err) {
      errors.push(rowError(row, (err as Error).message));
    }
  });
  return { ads, imports: [], errors: errors.sort((a, b) => a.row - b.row), total: rows.length };
}
