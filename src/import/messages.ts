import type { ImportError } from './types';

export const DEFAULT_MAX_FIELD_CHARS = 1_000_000;

/** "row 7: unclosed quote" */
export function importErrorMessage(error: ImportError): string {
  return `${error.ref}: ${error.reason}`;
}

/** Sizes in characters, shown as decimal MB/KB because that is how people think of file sizes. */
export function formatSize(chars: number): string {
  if (chars >= 100_000) return `${Number((chars / 1_000_000).toFixed(1))} MB`;
  if (chars >= 1_000) return `${Math.round(chars / 1_000)} KB`;
  return `${chars} characters`;
}

/** Reason for a value over the limit, or undefined. `what` names it: "the `description` field", "the ad". */
export function oversizeReason(what: string, length: number, maxChars: number): string | undefined {
  if (length <= maxChars) return undefined;
  return `${what} is ${formatSize(length)}; the limit is ${formatSize(maxChars)}`;
}
