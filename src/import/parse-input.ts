import { csvSource } from './csv-source';
import { detectFormat } from './detect-format';
import { isImportError, type ImportSource } from './import-source';
import { jsonSource } from './json-source';
import { jsonlSource } from './jsonl-source';
import { DEFAULT_MAX_FIELD_CHARS } from './messages';
import { textSource } from './text-source';
import type { ImportedRecord, ImportError, ImportResult, ParseOptions } from './types';

export interface ImportBatch {
  records: ImportedRecord[];
  errors: ImportError[];
  /** Items handled so far (records and rejected items), out of `total`. */
  done: number;
  total: number;
}

/** An import opened but not yet converted: header facts now, Posts batch by batch. */
export interface ImportStream extends Omit<ImportResult, 'records' | 'errors'> {
  /** Problems with the input as a whole, known before any batch. */
  errors: ImportError[];
  total: number;
  batches(batchSize?: number): Generator<ImportBatch, void, undefined>;
}

export interface ParseInputOptions extends ParseOptions {
  /** Called after each batch with items done and total items, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
  batchSize?: number;
}

const DEFAULT_BATCH = 500;

/**
 * Opens an import for incremental conversion: the triage page's worker posts each batch as it is
 * ready, the CLI advances its progress bar. Splitting the input happens here, up front; it is the
 * cheap part (papaparse, JSON.parse), while turning items into Posts happens per batch.
 */
export function parseInputChunks(text: string, opts: ParseOptions = {}): ImportStream {
  const format = opts.format ?? detectFormat(text, opts.fileName);
  const full = { ...opts, maxFieldChars: opts.maxFieldChars ?? DEFAULT_MAX_FIELD_CHARS };
  const source = openSource(format, text, full);
  return {
    format: source.format,
    ...(source.columns ? { columns: source.columns } : {}),
    ...(source.mapping ? { mapping: source.mapping } : {}),
    ...(source.needsMapping ? { needsMapping: true } : {}),
    errors: source.errors,
    total: source.total,
    *batches(batchSize = DEFAULT_BATCH) {
      const size = Math.max(1, Math.floor(batchSize));
      for (let from = 0; from < source.total; from += size) {
        const batch: ImportBatch = { records: [], errors: [], done: 0, total: source.total };
        const to = Math.min(source.total, from + size);
        for (let i = from; i < to; i++) {
          const item = source.read(i);
          if (isImportError(item)) batch.errors.push(item);
          else batch.records.push(item);
        }
        batch.done = to;
        yield batch;
      }
    },
  };
}

/** Parses bulk input (CSV, JSON, JSONL or pasted text) into Posts, keeping every good item and reporting each bad one. */
export function parseInput(text: string, opts: ParseInputOptions = {}): ImportResult {
  const stream = parseInputChunks(text, opts);
  const records: ImportedRecord[] = [];
  const errors: ImportError[] = [...stream.errors];
  for (const batch of stream.batches(opts.batchSize)) {
    for (const r of batch.records) records.push(r);
    for (const e of batch.errors) errors.push(e);
    opts.onProgress?.(batch.done, stream.total);
  }
  const result: ImportResult = { format: stream.format, records, errors };
  if (stream.columns) result.columns = stream.columns;
  if (stream.mapping) result.mapping = stream.mapping;
  if (stream.needsMapping) result.needsMapping = true;
  return result;
}

function openSource(format: ImportResult['format'], text: string, opts: ParseOptions & { maxFieldChars: number }): ImportSource {
  switch (format) {
    case 'csv':
      return csvSource(text, opts);
    case 'json':
      return jsonSource(text, opts);
    case 'jsonl':
      return jsonlSource(text, opts);
    case 'text':
      return textSource(text, opts);
  }
}
