import Papa from 'papaparse';
import { autoMapping } from './column-mapping';
import { detectDelimiter } from './csv-delimiter';
import { stripBom } from './import-source';
import type { ImportFormat } from './types';

const BY_EXTENSION: Readonly<Record<string, ImportFormat>> = {
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  json: 'json',
  csv: 'csv',
  tsv: 'csv',
  txt: 'text',
  text: 'text',
  md: 'text',
};

/** Enough for a header and a few rows, even of long EMSCAD-style ads. */
const SNIFF_CHARS = 65_536;
const LONGEST_HEADER_NAME = 64;

/** The input's format: by the file's extension when it is a known one, else by its content. */
export function detectFormat(text: string, fileName?: string): ImportFormat {
  const extension = fileName ? /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() : undefined;
  const known = extension === undefined ? undefined : BY_EXTENSION[extension];
  if (known) return known;
  const head = stripBom(text.slice(0, SNIFF_CHARS)).trimStart();
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) return isJsonLines(head) ? 'jsonl' : 'json';
  return looksLikeCsv(head) ? 'csv' : 'text';
}

/** JSONL when the first line is a whole JSON value and something follows it; a pretty-printed object fails the first test. */
function isJsonLines(head: string): boolean {
  const nl = head.indexOf('\n');
  if (nl < 0 || head.slice(nl + 1).trim() === '') return false;
  try {
    JSON.parse(head.slice(0, nl));
    return true;
  } catch {
    return false;
  }
}

/**
 * Pasted ads have commas too, so a CSV must look like one: a header of two or more short names,
 * and either a name we recognise (text, description, title …) or at least two following rows with
 * exactly as many cells as the header.
 */
function looksLikeCsv(head: string): boolean {
  const parsed = Papa.parse<string[]>(head, { delimiter: detectDelimiter(head), preview: 6, skipEmptyLines: true });
  // The sniffed slice may cut the last row short; judge only the rows before it.
  const rows = parsed.data.length === 6 || head.length < SNIFF_CHARS ? parsed.data : parsed.data.slice(0, -1);
  const header = rows[0];
  if (!header || header.length < 2) return false;
  // One blank name is allowed: pandas writes one over its index column.
  if (header.filter((name) => name.trim() === '').length > 1 || header.some((name) => name.length > LONGEST_HEADER_NAME)) return false;
  if (Object.keys(autoMapping(header)).length > 0) return true;
  const body = rows.slice(1);
  return body.length >= 2 && body.every((row) => row.length === header.length);
}
