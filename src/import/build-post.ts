import { POST_KINDS, POST_TEXT_FIELDS, type Post, type PostKind } from '../model/post';
import { columnsOf, mappedColumns } from './column-mapping';
import { oversizeReason } from './messages';
import { MAPPABLE_FIELDS, type ColumnMapping, type ImportedRecord, type MappableField } from './types';

export interface BuildContext {
  ref: string;
  row: number;
  defaultPlatform?: string;
  defaultKind?: PostKind;
  /** Applied to the fields a reader sees (title, company, location, salary, postedBy, text), e.g. htmlToText for CSV. */
  render?: (value: string) => string;
  maxFieldChars: number;
}

/** One input record as named values: a CSV row (all strings) or a JSON object. */
export type NamedValues = ReadonlyMap<string, unknown>;

const READER_FIELDS: ReadonlySet<string> = new Set(POST_TEXT_FIELDS);
/** Numbers are accepted here (JSON `"id": 4709`, `"salary": 3000`); anywhere else they are a mistake. */
const NUMERIC_OK: ReadonlySet<string> = new Set(['id', 'salary']);

/** Builds the Post for one record, or the reason it cannot be imported. */
export function buildRecord(values: NamedValues, mapping: ColumnMapping, ctx: BuildContext): ImportedRecord | { reason: string } {
  for (const [name, value] of values) {
    if (typeof value !== 'string') continue;
    const tooLong = oversizeReason(`the \`${name}\` field`, value.length, ctx.maxFieldChars);
    if (tooLong) return { reason: tooLong };
  }
  const fields: Partial<Record<MappableField, string>> = {};
  for (const field of MAPPABLE_FIELDS) {
    const parts: string[] = [];
    for (const column of columnsOf(mapping[field])) {
      const value = values.get(column);
      if (value === undefined || value === null) continue;
      const isNumber = typeof value === 'number' && Number.isFinite(value) && NUMERIC_OK.has(field);
      if (typeof value !== 'string' && !isNumber) return { reason: `\`${column}\` must be a string` };
      const raw = String(value);
      const shown = ctx.render && READER_FIELDS.has(field) ? ctx.render(raw) : raw.trim();
      if (shown.trim() !== '') parts.push(shown);
    }
    if (parts.length > 0) fields[field] = field === 'company' ? employerLine(parts.join(', ')) : parts.join(field === 'text' ? '\n\n' : ', ');
  }
  const { text, kind, ...rest } = fields;
  if (text === undefined) return { reason: 'empty text' };
  if (kind !== undefined && !isPostKind(kind)) return { reason: `\`kind\` must be one of ${POST_KINDS.join(', ')}` };
  const post: Post = { ...rest, id: rest.id ?? String(ctx.row), text };
  const platform = rest.platform ?? ctx.defaultPlatform;
  if (platform !== undefined) post.platform = platform;
  const shownKind = kind ?? ctx.defaultKind;
  if (shownKind !== undefined) post.kind = shownKind;

  const record: ImportedRecord = { post, ref: ctx.ref, row: ctx.row };
  const extra = unmappedValues(values, mapping);
  if (extra) record.extra = extra;
  return record;
}

const MAX_EMPLOYER_CHARS = 100;

/** A company field is a name, not a profile: its first line, cut at a sentence end or 100 characters. */
export function employerLine(value: string): string {
  const line = value.trim().split('\n', 1)[0]!.trim();
  const sentence = /^.{3,}?[.!?](?=\s|$)/.exec(line)?.[0] ?? line;
  return sentence.length > MAX_EMPLOYER_CHARS ? `${sentence.slice(0, MAX_EMPLOYER_CHARS - 1)}…` : sentence;
}

function isPostKind(value: string): value is PostKind {
  return (POST_KINDS as readonly string[]).includes(value);
}

const usedByMapping = new WeakMap<ColumnMapping, Set<string>>();

function unmappedValues(values: NamedValues, mapping: ColumnMapping): Record<string, string> | undefined {
  let used = usedByMapping.get(mapping);
  if (!used) usedByMapping.set(mapping, (used = mappedColumns(mapping)));
  let extra: Record<string, string> | undefined;
  for (const [name, value] of values) {
    if (used.has(name) || value === undefined) continue;
    extra ??= {};
    const text = typeof value === 'string' ? value : value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
    // A column named "__proto__" must stay data, not swap the prototype.
    if (name === '__proto__') Object.defineProperty(extra, name, { value: text, enumerable: true, writable: true, configurable: true });
    else extra[name] = text;
  }
  return extra;
}
