import Papa from 'papaparse';
import { contentHash } from '../import/content-hash';
import { parseInputChunks } from '../import/parse-input';
import type { ColumnMapping, ImportedRecord, ImportError, ImportFormat } from '../import/types';
import { screenPost } from '../engine/screen-post';
import type { RulePack } from '../rules/compiled-rule';
import { isCaseFile } from './case-file/format';
import { parseCaseCsv, parseCaseJson, type RestoredAd } from './case-file/restore';
import type { TriageDatabase } from './db/open';
import { canonicalPost, type ImportLog } from './model';
import { addScoredAds, storedAdIds, type ScoredAd } from './repo/ads';
import { addImportLog } from './repo/imports';
import { mergeReviews } from './repo/reviews';

export interface Shard {
  /** 0-based; shard 0 also reports problems with the input as a whole. */
  index: number;
  count: number;
}

export interface IngestOptions {
  fileName?: string;
  format?: ImportFormat;
  mapping?: ColumnMapping;
  importId: string;
  pack: RulePack;
  /** When the import started; every ad of it gets this `addedAt`. */
  startedAt: string;
  /**
   * Work split between workers: batch b belongs to shard b mod count. Every shard reads the whole
   * input (the cheap part) so that duplicates are decided the same way everywhere — the first copy
   * in the file wins — and scores and stores only its own batches (the expensive part).
   */
  shard?: Shard;
  batchSize?: number;
  isCancelled?: () => boolean;
  onOpened?: (info: IngestOpened) => void;
  onProgress?: (progress: IngestProgress) => void;
}

export interface IngestOpened {
  format: ImportFormat | 'case-file';
  total: number;
  columns?: string[];
  mapping?: ColumnMapping;
}

/** Counts for this shard's own batches so far. */
export interface IngestProgress {
  done: number;
  added: number;
  duplicates: number;
  errors: number;
}

export interface DuplicateNote {
  ref: string;
  /** Where the kept copy is: a ref in this import, or 'stored' for an ad already on the bench. */
  firstRef: string;
}

export interface IngestResult extends IngestOpened, IngestProgress {
  needsMapping?: boolean;
  /** The first rows as column → value, to help the person choose a mapping. */
  sample?: Record<string, string>[];
  errors: number;
  errorList: ImportError[];
  /** The first MAX_DUPLICATE_NOTES duplicates of this shard. */
  duplicateList: DuplicateNote[];
  cancelled: boolean;
}

export const DEFAULT_BATCH_SIZE = 200;
const MAX_DUPLICATE_NOTES = 200;
const STORED = 'stored';

function emptyResult(opened: IngestOpened): IngestResult {
  return { ...opened, done: 0, added: 0, duplicates: 0, errors: 0, errorList: [], duplicateList: [], cancelled: false };
}

/** A sample of the first data rows of a CSV, for the column-mapping step. */
export function csvSample(text: string, rows = 3): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(text.slice(0, 256 * 1024).replace(/^\uFEFF/, ''), { header: true, preview: rows, skipEmptyLines: true });
  return parsed.data;
}

/** Scores one post; a post the engine cannot handle becomes an error row instead of stopping the import. */
function score(record: ImportedRecord, pack: RulePack, scoredAt: string, opts: IngestOptions, id: string): ScoredAd | ImportError {
  const post = canonicalPost(record.post);
  try {
    const verdict = screenPost(post, pack);
    const ad: ScoredAd['ad'] = { id, post, importId: opts.importId, ref: record.ref, addedAt: opts.startedAt };
    if (record.extra) ad.extra = record.extra;
    return { ad, verdict, scoredAt };
  } catch (err) {
    return { ref: record.ref, row: record.row, reason: `could not be scored: ${(err as Error).message}` };
  }
}

/**
 * Imports bulk input into the bench: parse (src/import), drop duplicates by content hash (within
 * the input and against stored ads), score each new ad with the engine, and store ads, verdicts,
 * rows and `new` reviews batch by batch, so a cancelled import keeps what it stored and importing
 * the same file again adds only the rest. A case file (our own export) is restored instead.
 */
export async function ingest(db: TriageDatabase, text: string, opts: IngestOptions): Promise<IngestResult> {
  const shard = opts.shard ?? { index: 0, count: 1 };
  const caseFile = isCaseFile(text);
  if (caseFile) {
    if (shard.index !== 0) return emptyResult({ format: 'case-file', total: 0 });
    return restoreCaseFile(db, text, caseFile, opts);
  }

  const stream = parseInputChunks(text, {
    fileName: opts.fileName,
    format: opts.format,
    mapping: opts.mapping,
    defaultPlatform: opts.fileName ? 'import' : 'paste',
  });
  const opened: IngestOpened = {
    format: stream.format,
    total: stream.total,
    ...(stream.columns ? { columns: stream.columns } : {}),
    ...(stream.mapping ? { mapping: stream.mapping } : {}),
  };
  opts.onOpened?.(opened);
  const result = emptyResult(opened);
  if (stream.needsMapping) {
    result.needsMapping = true;
    if (stream.format === 'csv') result.sample = csvSample(text);
    return result;
  }
  if (shard.index === 0) result.errorList.push(...stream.errors);

  const seen = new Map<string, string>();
  for (const id of await storedAdIds(db)) seen.set(id, STORED);

  let batchIndex = 0;
  for (const batch of stream.batches(opts.batchSize ?? DEFAULT_BATCH_SIZE)) {
    const own = batchIndex++ % shard.count === shard.index;
    if (!own) {
      for (const record of batch.records) {
        const hash = contentHash(record.post);
        if (!seen.has(hash)) seen.set(hash, record.ref);
      }
      continue;
    }
    if (opts.isCancelled?.()) {
      result.cancelled = true;
      break;
    }
    result.errorList.push(...batch.errors);
    const scoredAt = new Date().toISOString();
    const toStore: ScoredAd[] = [];
    for (const record of batch.records) {
      const hash = contentHash(record.post);
      const firstRef = seen.get(hash);
      if (firstRef !== undefined) {
        result.duplicates++;
        if (result.duplicateList.length < MAX_DUPLICATE_NOTES) result.duplicateList.push({ ref: record.ref, firstRef });
        continue;
      }
      seen.set(hash, record.ref);
      const scored = score(record, opts.pack, scoredAt, opts, hash);
      if ('reason' in scored) result.errorList.push(scored);
      else toStore.push(scored);
    }
    const { added, existing } = await addScoredAds(db, toStore, `${opts.importId}:${batchIndex - 1}`);
    result.added += added.length;
    result.duplicates += existing.length;
    result.done += batch.records.length + batch.errors.length;
    result.errors = result.errorList.length;
    opts.onProgress?.({ done: result.done, added: result.added, duplicates: result.duplicates, errors: result.errors });
  }
  result.errors = result.errorList.length;
  return result;
}

async function restoreCaseFile(db: TriageDatabase, text: string, kind: 'json' | 'csv', opts: IngestOptions): Promise<IngestResult> {
  const parsed = kind === 'json' ? parseCaseJson(text) : parseCaseCsv(text);
  const result = emptyResult({ format: 'case-file', total: parsed.total });
  opts.onOpened?.({ format: 'case-file', total: parsed.total });
  result.errorList.push(...parsed.errors);
  const stored = await storedAdIds(db);
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  const seen = new Set<string>();
  for (let from = 0; from < parsed.ads.length; from += batchSize) {
    if (opts.isCancelled?.()) {
      result.cancelled = true;
      break;
    }
    const batch = parsed.ads.slice(from, from + batchSize);
    const fresh: ScoredAd[] = [];
    const reviewsOfKnown: RestoredAd['review'][] = [];
    const scoredAt = new Date().toISOString();
    for (const item of batch) {
      if (stored.has(item.ad.id) || seen.has(item.ad.id)) {
        result.duplicates++;
        reviewsOfKnown.push(item.review);
        continue;
      }
      seen.add(item.ad.id);
      const verdict = item.verdict ?? rescored(item, opts.pack, scoredAt);
      fresh.push({ ad: item.ad, verdict: verdict.verdict, scoredAt: verdict.scoredAt, review: item.review });
    }
    const { added, existing } = await addScoredAds(db, fresh, `${opts.importId}:${from / batchSize}`);
    // an ad already on the bench keeps its ad and verdict; the case file's review wins only if newer
    await mergeReviews(db, [...reviewsOfKnown, ...fresh.filter((f) => existing.includes(f.ad.id)).map((f) => f.review!)]);
    result.added += added.length;
    result.duplicates += existing.length;
    result.done += batch.length;
    result.errors = result.errorList.length;
    opts.onProgress?.({ done: result.done, added: result.added, duplicates: result.duplicates, errors: result.errors });
  }
  const logs = await db.getAllKeys('imports');
  const known = new Set(logs);
  for (const log of parsed.imports) if (!known.has(log.id)) await addImportLog(db, log as ImportLog);
  result.done = parsed.total;
  result.errors = result.errorList.length;
  return result;
}

function rescored(item: RestoredAd, pack: RulePack, scoredAt: string): { verdict: ReturnType<typeof screenPost>; scoredAt: string } {
  return { verdict: screenPost(item.ad.post, pack), scoredAt };
}
