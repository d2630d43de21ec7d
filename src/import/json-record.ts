import { buildRecord } from './build-post';
import { resolveMapping } from './column-mapping';
import type { ColumnMapping, ImportedRecord, ImportError } from './types';

export interface JsonItemContext {
  ref: string;
  row: number;
  mapping?: ColumnMapping;
  defaultPlatform?: string;
  maxFieldChars: number;
}

const TEXT_ONLY: ColumnMapping = { text: 'text' };

/**
 * One JSON record: an object named like a Post (or by the usual aliases, mapped per object so
 * files mixing `text` and `description` work), or a bare string that is the ad's text.
 * JSON comes from programs, so values are taken as they are: no HTML decoding.
 */
export function recordFromJson(value: unknown, ctx: JsonItemContext): ImportedRecord | ImportError {
  const build = { ref: ctx.ref, row: ctx.row, defaultPlatform: ctx.defaultPlatform, maxFieldChars: ctx.maxFieldChars };
  let built: ImportedRecord | { reason: string };
  if (typeof value === 'string') {
    built = buildRecord(new Map([['text', value]]), TEXT_ONLY, build);
  } else if (isPlainObject(value)) {
    const values = new Map(Object.entries(value));
    const mapping = resolveMapping([...values.keys()], ctx.mapping);
    built = mapping.text === undefined
      ? { reason: 'no text: expected a `text`, `description`, `body`, `content` or `message` field' }
      : buildRecord(values, mapping, build);
  } else {
    built = { reason: `expected an object or a string, not ${describe(value)}` };
  }
  return 'reason' in built ? { ref: ctx.ref, row: ctx.row, reason: built.reason } : built;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether some record could give a text without help, to tell "needs a mapping" from "a few bad items". */
export function anyTextSource(values: readonly unknown[], mapping: ColumnMapping | undefined): boolean {
  return values.some((v) => typeof v === 'string' || (isPlainObject(v) && resolveMapping(Object.keys(v), mapping).text !== undefined));
}

/** Keys in order of first appearance, for a mapping UI. */
export function keysSeen(values: readonly unknown[], limit = 200): string[] {
  const keys = new Set<string>();
  for (const v of values) {
    if (!isPlainObject(v)) continue;
    for (const k of Object.keys(v)) if (keys.size < limit) keys.add(k);
  }
  return [...keys];
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}
