import type { Post } from '../model/post';

export const IMPORT_FORMATS = ['jsonl', 'json', 'csv', 'text'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The Post fields an input column (CSV header or JSON key) can be mapped to. */
export const MAPPABLE_FIELDS = [
  'id',
  'platform',
  'url',
  'kind',
  'title',
  'company',
  'location',
  'salary',
  'postedBy',
  'text',
  'lang',
  'capturedAt',
] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];

/**
 * Which input column(s) feed each Post field. Several columns are joined: `text` with a blank line,
 * the others with ", ". An empty list or "" leaves the field unmapped.
 */
export type ColumnMapping = Partial<Record<MappableField, string | readonly string[]>>;

export interface ImportedRecord {
  post: Post;
  /** Human-readable position: 'row 7' (CSV, header is row 1), 'line 3' (JSONL), 'item 2' (JSON), 'ad 4' (text). */
  ref: string;
  /** The 1-based number shown in `ref`. */
  row: number;
  /** Unmapped input columns as strings, e.g. a `label` or EMSCAD's `fraudulent` and `company_profile`. */
  extra?: Record<string, string>;
}

export interface ImportError {
  /** As in ImportedRecord, or 'header' (CSV header, row 1) or 'input' (the whole input, row 0). */
  ref: string;
  row: number;
  /** The reason without the position: "unclosed quote"; show it with `importErrorMessage`. */
  reason: string;
  /** CSV only: the physical line the row starts on, which differs from `row` when cells span lines. */
  line?: number;
}

export interface ImportResult {
  records: ImportedRecord[];
  errors: ImportError[];
  format: ImportFormat;
  /** CSV header, or the JSON keys seen, so a UI can offer them for mapping. */
  columns?: string[];
  /** The mapping used (CSV), after merging an explicit mapping over the automatic one. */
  mapping?: ColumnMapping;
  /** True when no column could be mapped to `text`: ask the user, then parse again with `mapping`. */
  needsMapping?: boolean;
}

export interface ParseOptions {
  /** Skips detection. */
  format?: ImportFormat;
  /** Used for detection by extension. */
  fileName?: string;
  mapping?: ColumnMapping;
  /** Platform for records that name none (the CLI passes 'cli', the triage page 'import'). */
  defaultPlatform?: string;
  /** Longest accepted field, in characters (default 1,000,000). Longer ones make their row an error. */
  maxFieldChars?: number;
}
