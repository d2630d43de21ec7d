import { anyTextSource, isPlainObject, keysSeen, recordFromJson } from './json-record';
import { stripBom, type ImportSource } from './import-source';
import type { ImportError, ParseOptions } from './types';

/** Keys under which a JSON document may hold its list of ads. */
const LIST_KEYS = ['posts', 'ads', 'items', 'data'];

/** A JSON array of ads, `{ posts | ads | items | data: [...] }`, or a single ad object. Refs are 'item N'. */
export function jsonSource(input: string, opts: ParseOptions & { maxFieldChars: number }): ImportSource {
  let doc: unknown;
  try {
    doc = JSON.parse(stripBom(input));
  } catch (e) {
    return failed(syntaxError(input, e));
  }
  const items = listOf(doc);
  if (!items) {
    return failed({ ref: 'input', row: 0, reason: `expected an array of ads or an object with ${LIST_KEYS.map((k) => `\`${k}\``).join(', ')}` });
  }
  return jsonItemsSource('json', items.map((value, i) => ({ value, row: i + 1 })), 'item', opts);
}

/** The per-item part shared with JSONL: needs-mapping check, then lazy conversion. */
export function jsonItemsSource(
  format: 'json' | 'jsonl',
  items: readonly { value: unknown; row: number; error?: string }[],
  refWord: string,
  opts: ParseOptions & { maxFieldChars: number },
  errors: ImportError[] = [],
): ImportSource {
  const values = items.filter((i) => i.error === undefined).map((i) => i.value);
  const columns = keysSeen(values);
  if (values.length > 0 && !anyTextSource(values, opts.mapping)) {
    return { format, columns, needsMapping: true, errors, total: 0, read: () => { throw new RangeError('no such item'); } };
  }
  return {
    format,
    columns,
    ...(opts.mapping ? { mapping: opts.mapping } : {}),
    errors,
    total: items.length,
    read(index) {
      const item = items[index];
      if (!item) throw new RangeError('no such item');
      const ref = `${refWord} ${item.row}`;
      if (item.error !== undefined) return { ref, row: item.row, reason: item.error };
      return recordFromJson(item.value, { ref, row: item.row, mapping: opts.mapping, defaultPlatform: opts.defaultPlatform, maxFieldChars: opts.maxFieldChars });
    },
  };
}

function listOf(doc: unknown): readonly unknown[] | undefined {
  if (Array.isArray(doc)) return doc;
  if (!isPlainObject(doc)) return undefined;
  for (const key of LIST_KEYS) {
    const list = doc[key];
    if (Array.isArray(list)) return list;
  }
  return [doc]; // a single ad; a wrong shape is then reported on item 1
}

/** Where JSON.parse stopped, as a line, when the engine says ("at position 123" or "line 3 column 9"; Node 20 often does not). */
function syntaxError(input: string, e: unknown): ImportError {
  const reason = `not valid JSON: ${e instanceof Error ? e.message : String(e)}`;
  const lineColumn = /\(line (\d+) column \d+\)/.exec(reason);
  if (lineColumn) return { ref: `line ${lineColumn[1]}`, row: Number(lineColumn[1]), reason };
  const position = /at position (\d+)/.exec(reason);
  if (!position) return { ref: 'input', row: 0, reason };
  const offset = Number(position[1]);
  let line = 1;
  for (let nl = input.indexOf('\n'); nl >= 0 && nl < offset; nl = input.indexOf('\n', nl + 1)) line++;
  return { ref: `line ${line}`, row: line, reason };
}

function failed(error: ImportError): ImportSource {
  return { format: 'json', errors: [error], total: 0, read: () => { throw new RangeError('no such item'); } };
}
