import { buildRecord } from './build-post';
import { resolveMapping, unknownColumns } from './column-mapping';
import { detectDelimiter } from './csv-delimiter';
import { csvRows, type CsvRow } from './csv-rows';
import { htmlToText } from './html-to-text';
import { stripBom, type ImportSource } from './import-source';
import type { ImportError, ImportedRecord, ParseOptions } from './types';

/**
 * CSV with a header row. Cells are rendered with htmlToText because bulk exports (EMSCAD, ATS and
 * scraper dumps) carry the page's markup and entities; on plain text it only trims lines.
 */
export function csvSource(input: string, opts: ParseOptions & { maxFieldChars: number }): ImportSource {
  const text = stripBom(input);
  const rows = csvRows(text, detectDelimiter(text));
  const header = rows[0];
  if (!header) return { format: 'csv', errors: [], total: 0, read: () => noItem() };
  if (!header.cells) {
    return { format: 'csv', errors: [rowError(header, `cannot read the header: ${header.error}`)], total: 0, read: () => noItem() };
  }

  const columns = uniqueNames(header.cells);
  const mapping = resolveMapping(columns, opts.mapping);
  const missing = unknownColumns(mapping, columns);
  const errors: ImportError[] = missing.map((name) => ({
    ref: 'header',
    row: header.row,
    reason: `the mapping names a column \`${name}\` that is not in the header (${columns.join(', ')})`,
  }));
  if (mapping.text === undefined || errors.length > 0) {
    return { format: 'csv', columns, mapping, needsMapping: true, errors, total: 0, read: () => noItem() };
  }

  const body = rows.slice(1);
  const read = (index: number): ImportedRecord | ImportError => {
    const row = body[index];
    if (!row) return noItem();
    if (!row.cells) return rowError(row, row.error ?? 'unreadable row');
    const cells = fitToHeader(row.cells, columns.length);
    if (!cells) return rowError(row, `${row.cells.length} fields, but the header has ${columns.length}`);
    const values = new Map<string, string>();
    for (let i = 0; i < columns.length; i++) values.set(columns[i]!, cells[i]!);
    const built = buildRecord(values, mapping, {
      ref: `row ${row.row}`,
      row: row.row,
      defaultPlatform: opts.defaultPlatform,
      render: htmlToText,
      maxFieldChars: opts.maxFieldChars,
    });
    return 'reason' in built ? rowError(row, built.reason) : built;
  };
  return { format: 'csv', columns, mapping, errors: [], total: body.length, read };
}

/** Trailing empty cells (a habit of spreadsheet exports) are tolerated; any other mismatch is a broken row. */
function fitToHeader(cells: string[], width: number): string[] | undefined {
  if (cells.length === width) return cells;
  if (cells.length < width) return undefined;
  for (let i = width; i < cells.length; i++) if (cells[i]!.trim() !== '') return undefined;
  return cells.slice(0, width);
}

/** Header cells as usable keys: trimmed, blanks named by position, repeats numbered. */
function uniqueNames(cells: readonly string[]): string[] {
  const seen = new Set<string>();
  return cells.map((cell, i) => {
    let name = cell.trim() || `column ${i + 1}`;
    for (let n = 2; seen.has(name); n++) name = `${cell.trim() || `column ${i + 1}`} (${n})`;
    seen.add(name);
    return name;
  });
}

function rowError(row: CsvRow, reason: string): ImportError {
  return { ref: `row ${row.row}`, row: row.row, reason, line: row.line };
}

function noItem(): never {
  throw new RangeError('no such item');
}
