import type { DataError } from './data-source';

interface IssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** zod issues as DataErrors: one per problem, naming the file and the dotted field path. */
export function issuesToErrors(file: string, issues: readonly IssueLike[]): DataError[] {
  return issues.map((issue) => ({ file, field: issue.path.map(String).join('.'), message: issue.message }));
}
