import type { ColumnMapping, ImportedRecord, ImportError, ImportFormat } from './types';

/**
 * A format's input, split into items but not yet turned into Posts: splitting is the cheap part,
 * so callers can report progress and hand out batches while `read` does the rest.
 */
export interface ImportSource {
  format: ImportFormat;
  columns?: string[];
  mapping?: ColumnMapping;
  needsMapping?: boolean;
  /** Problems with the input as a whole: an unreadable header, a mapping to missing columns, broken JSON. */
  errors: ImportError[];
  /** How many items `read` accepts (0 … total-1), in input order. */
  total: number;
  read(index: number): ImportedRecord | ImportError;
}

export function isImportError(item: ImportedRecord | ImportError): item is ImportError {
  return 'reason' in item;
}

/** Drops a leading byte-order mark, which Excel writes and which would otherwise stick to the first header. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
