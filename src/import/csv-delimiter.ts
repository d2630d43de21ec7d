/** Delimiters tried, in the order that wins a tie. */
const CANDIDATES = [',', '\t', ';', '|'] as const;
const HEADER_SCAN_LIMIT = 65_536;

/**
 * The delimiter of a CSV, judged by its header line: the candidate used most often outside quotes.
 * The header is the one line every export writes plainly, and papaparse's own guess gives up on
 * short inputs (two rows of tab-separated values fall back to ',').
 */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  const end = Math.min(text.length, HEADER_SCAN_LIMIT);
  for (let i = 0; i < end; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best: string = CANDIDATES[0];
  for (const c of CANDIDATES) if (counts.get(c)! > counts.get(best)!) best = c;
  return best;
}
