import Papa from 'papaparse';

/** One CSV record: its cells, or why it was rejected. `row` counts like a spreadsheet (header = 1). */
export interface CsvRow {
  row: number;
  /** Physical line the record starts on (cells may span lines). */
  line: number;
  cells?: string[];
  error?: string;
}

/** Each restart re-reads the rest of the input; past this many, the file is too broken to guess at. */
const MAX_RESTARTS = 100;

/**
 * Splits CSV text into records with papaparse, keeping the position of every record.
 *
 * A broken quote makes papaparse read on until some later quote closes it, swallowing the rows in
 * between (an unclosed one swallows the rest of the file). Such a row is reported and reading
 * resumes on the line after the bad quote:
 * - always for an unclosed quote (nothing else can be right);
 * - for a stray quote, only when the swallowed lines parse as whole rows of the header's width —
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

  for (let restarts = 0; ; restarts++) {
    if (restarts > MAX_RESTARTS) {
      rows.push({ row: rowNo + 1, line: lines.at(base), error: `too many broken quotes; stopped reading at line ${lines.at(base)}` });
      return rows;
    }
    let resumeAt = -1;
    let rowStart = base;
    const offset = base;
    Papa.parse<string[]>(offset === 0 ? text : text.slice(offset), {
      delimiter,
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
        const quoteError = result.errors.find((e) => e.type === 'Quotes');
        if (!quoteError) {
          if (width < 0) width = cells.length;
          rows.push({ row: rowNo, line, cells });
          return;
        }
        const quoteAt = offset + (quoteError.index ?? result.meta.cursor) - 1;
        const quoteLine = lines.at(quoteAt);
        const unclosed = quoteError.code === 'MissingQuotes';
        rows.push({
          row: rowNo,
          line,
          error: unclosed
            ? `unclosed quote on line ${quoteLine}`
            : `stray quote in the cell that starts on line ${quoteLine} (a quote inside a quoted cell is written "")`,
        });
        const nextLine = text.indexOf(linebreak ?? '\n', quoteAt);
        if (nextLine < 0 || nextLine >= end) return;
        const resume = nextLine + (linebreak ?? '\n').length;
        if (unclosed || swallowedWholeRows(text.slice(resume, end), delimiter, width)) {
          resumeAt = resume;
          parser.abort();
        }
      },
    });
    if (resumeAt < 0) return rows;
    base = resumeAt;
  }
}

type Linebreak = '\r' | '\n' | '\r\n';

function asLinebreak(value: string): Linebreak | undefined {
  return value === '\r' || value === '\n' || value === '\r\n' ? value : undefined;
}

/** True when the text a stray quote swallowed reads as complete rows of `width` cells. */
function swallowedWholeRows(swallowed: string, delimiter: string, width: number): boolean {
  if (width < 2) return false; // one-column files cannot tell rows from text
  const parsed = Papa.parse<string[]>(swallowed, { delimiter, skipEmptyLines: true });
  return parsed.data.length > 0 && parsed.data.every((cells) => cells.length === width);
}

/** Line number (1-based) at increasing offsets, counting each newline once overall. */
function lineCounter(text: string): { at(offset: number): number } {
  let countedTo = 0;
  let line = 1;
  return {
    at(offset) {
      if (offset < countedTo) return lineNumberSlow(text, offset); // only after a restart goes back
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
