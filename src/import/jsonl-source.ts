import { jsonItemsSource } from './json-source';
import { stripBom, type ImportSource } from './import-source';
import type { ParseOptions } from './types';

/** One JSON value per line; blank lines are skipped but counted, so 'line N' is the editor's line. */
export function jsonlSource(input: string, opts: ParseOptions & { maxFieldChars: number }): ImportSource {
  const text = stripBom(input);
  const items: { value: unknown; row: number; error?: string }[] = [];
  let lineNo = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNo++;
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (line === '') continue;
    try {
      items.push({ value: JSON.parse(line), row: lineNo });
    } catch (e) {
      items.push({ value: undefined, row: lineNo, error: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` });
    }
  }
  return jsonItemsSource('jsonl', items, 'line', opts);
}
