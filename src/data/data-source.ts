/**
 * One data file from `rules/` as read from disk or bundled at build time: its parsed content, or the
 * reason it could not be parsed. Loaders validate `data` with zod and report errors per file, so one
 * broken file never takes the others down.
 */
export type DataSource =
  | { readonly file: string; readonly data: unknown; readonly error?: undefined }
  | { readonly file: string; readonly data?: undefined; readonly error: string };

/** A problem with one data file, named so an analyst can find and fix it. */
export interface DataError {
  readonly file: string;
  /** Dotted path of the offending field (`match.any.2.regex`), or '' for the whole file. */
  readonly field: string;
  readonly message: string;
}

export function formatDataError(error: DataError): string {
  return error.field ? `${error.file}: ${error.field}: ${error.message}` : `${error.file}: ${error.message}`;
}
