import Papa from 'papaparse';

/** One CSV record: its cells, or why it was rejected. `row` counts like a spreadsheet (header = 1). */
export interface CsvRow {
  row: number;
  /** Physical line the record starts on (cells may span lines). */
  line: number;
  cells?: string[];
  error?: string;
}

/** Resuming re-reads what a broken quote swallowed; past this much re-reading, the file is too broken to guess at. */
const MAX_REREAD_FACTOR = 10;
/** Makes papaparse treat '"' as an ordinary character (a noncharacter, so never in real text). */
const NO_QUOTE = '\uffff';

type Linebreak = '\r' | '\n' | '\r\n';

/**
 * Splits CSV text into records with papaparse, keeping the position of every record.
 *
 * A broken quote makes papaparse read on until some later quote closes it, swallowing the rows in
 * between. Such a row is reported, and reading resumes on the line after the bad quote:
 * - after an unclosed quote (nothing closes it), with quotes off for the rest of the file: had any
 *   later quoted cell been closed properly, its closing quote would have ended the swallow, so
 *   every later cell opening with '"' is broken too and is reported the same way;
 * - after a stray quote, only when the swallowed lines parse as whole rows of the header's width —
 *   otherwise it was one long multi-line cell with an unescaped quote inside, and the lines are text.
 * Blank lines are skipped but still counted, so row numbers match a spreadsheet.
 */
export function csvRows(text: string, delimiter: string): CsvRow[] {
  const rows: CsvRow[] = [];
  const lines = lineCounter(text);
  let base = 0;
  let rowNo = 0;
  let width = -1;
  let linebreak: Linebreak | undefined;
  let quotesOff = false;
  let reread = 0;

  for (;;) {
    let resumeAt = -1;
    let rowStart = base;
    const offset = base;
    const noQuotes = quotesOff;
    Papa.parse<string[]>(offset === 0 ? text : text.slice(offset), {
      delimiter,
      quoteChar: noQuotes ? NO_QUOTE : '"',
      ...(linebreak ? { newline: linebreak } : {}),
      step(result, parser) {
        const start = rowStart;
        const end = offset + result.meta.cursor;
        rowStart = end;
        linebreak ??= asLinebreak(result.meta.linebreak);
        rowNo++;
        const cells = result.data;
        if (cells.length === 1 && cells[0] === '') return; // blank line
        const line = lines.at(start);
        if (noQuotes) {
          const broken = cells.some((cell) => cell.startsWith('"'));
          rows.push(broken ? { row: rowNo, line, error: `unclosed quote on line ${line}` } : { row: rowNo, line, cells });
          return;
        }
        const quoteError = result.errors.find((e) => e.type === 'Quotes');
        if (!quoteError) {
          if (width < 0) width = cells.length;
          rows.push({ row: rowNo, line, cells });
          return;
        }
        const quoteAt = offset + (quoteError.index ?? result.meta.cursor) - 1;
        const quoteLine = lines.at(quoteAt);
        const unclosed = result.errors.some((e) => e.code === 'MissingQuotes');
        rows.push({
          row: rowNo,
          line,
          error: unclosed
            ? `unclosed quote on line ${quoteLine}`
            : `stray quote in the cell that starts on line ${quoteLine} (a quote inside a quoted cell is written "")`,
        });
        const newline = linebreak ?? '\n';
        const nextLine = text.indexOf(newline, quoteAt);
        if (nextLine < 0 || nextLine >= end) return;
        const resume = nextLine + newline.length;
        if (unclosed || swallowedWholeRows(text.slice(resume, end), delimiter, width)) {
          resumeAt = resume;
          reread += end - resume;
          quotesOff = unclosed;
          parser.abort();
        }
      },
    });
    if (resumeAt < 0) return rows;
    if (reread > MAX_REREAD_FACTOR * text.length) {
      rows.push({ row: rowNo + 1, line: lines.at(resumeAt), error: `too many broken quotes; stopped reading at line ${lines.at(resumeAt)}` });
      return rows;
    }
    base = resumeAt;
  }
}

function asLinebreak(value: string): Linebreak | undefined {
  return value === '\r' || value === '\n' || value === '\r\n' ? value : undefined;
}

/**
 * True when the text a stray quote swallowed starts with complete rows of `width` cells (rows
 * broken by further stray quotes aside).
 */
function swallowedWholeRows(swallowed: string, delimiter: string, width: number): boolean {
  if (width < 2) return false; // one-column files cannot tell rows from text
  const parsed = Papa.parse<string[]>(swallowed, { delimiter, preview: 5, skipEmptyLines: true });
  const broken = new Set(parsed.errors.filter((e) => e.type === 'Quotes').map((e) => e.row));
  if (parsed.data.length === 0 || broken.has(0)) return false;
  return parsed.data.every((cells, i) => broken.has(i) || cells.length === width);
}

/** Line number (1-based) at increasing offsets, counting each newline once overall. */
function lineCounter(text: string): { at(offset: number): number } {
  let countedTo = 0;
  let line = 1;
  return {
    at(offset) {
      if (offset < countedTo) return lineNumberSlow(text, offset); // callers go forward; this only keeps a slip correct
      for (let nl = text.indexOf('\n', countedTo); nl >= 0 && nl < offset; nl = text.indexOf('\n', nl + 1)) line++;
      countedTo = offset;
      return line;
    },
  };
}

function lineNumberSlow(text: string, offset: number): number {
  let line = 1;
  for (let nl = text.indexOf('\n'); nl >= 0 && nl < offset; nl = text.indexOf('\n', nl + 1)) line++;
  return line;
}
