import type { Verdict } from '../model/verdict';

/** One scored record as the CLI writes it: where it came from, then the verdict. */
export interface ScoredRecord {
  readonly id: string;
  /** 'row 7', 'line 3', 'item 2', 'ad 4', prefixed with the file when there are several. */
  readonly ref: string;
  readonly verdict: Verdict;
}
