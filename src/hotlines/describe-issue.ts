import type { DataError } from '../data/data-source';

/**
 * Turns zod issues into DataErrors an analyst can act on. zod/mini ships no message locale (its
 * messages are all "Invalid input"), so the wording is built here from the issue code.
 */

/** The parts of a zod issue we read; kept structural so this works with any zod 4 build. */
export interface IssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly expected?: unknown;
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly origin?: string;
}

const GENERIC = 'Invalid input';

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = data;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function describe(issue: IssueLike, data: unknown): string {
  // Our schemas give their own message for every regex and refine; prefer it.
  if (issue.message && issue.message !== GENERIC) return issue.message;
  const got = valueAt(data, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (got === undefined) return `is missing (expected ${String(issue.expected)})`;
      // YAML reads 1343, 0811… and 2024 as numbers (and drops leading zeros): the fix is quoting.
      if (issue.expected === 'string' && typeof got === 'number') return `expected text, got the number ${got}; put the value in quotes`;
      return `expected ${String(issue.expected)}, got ${kindOf(got)}`;
    case 'invalid_value':
      return `must be one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}; got ${kindOf(got)}`;
    case 'too_small':
      return issue.origin === 'array' ? `needs at least ${String(issue.minimum)} item(s)` : `is too short (minimum ${String(issue.minimum)})`;
    case 'too_big':
      return issue.origin === 'array' ? `has more than ${String(issue.maximum)} item(s)` : `is too long (maximum ${String(issue.maximum)})`;
    case 'invalid_format':
      return `has the wrong format: ${kindOf(got)}`;
    default:
      return `is not valid (${issue.code})`;
  }
}

/** One DataError per issue; unknown keys get one error each, named by their own path so typos are easy to find. */
export function issuesToDataErrors(
  file: string,
  issues: readonly IssueLike[],
  data: unknown,
  prefix: readonly PropertyKey[] = [],
): DataError[] {
  const out: DataError[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys ?? []) {
        out.push({ file, field: [...path, key].map(String).join('.'), message: 'unknown field (check the spelling against rules/hotlines/README.md)' });
      }
      continue;
    }
    out.push({ file, field: path.map(String).join('.'), message: describe(issue, data) });
  }
  return out;
}
