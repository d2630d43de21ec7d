import type { Band } from '../../src/model/verdict';

const RANK: Record<Band, number> = { low: 0, medium: 1, high: 2 };

export const atLeast = (band: Band, min: Band) => RANK[band] >= RANK[min];

export interface BinaryCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** Counts for "flagged at `min` or above" against a yes/no truth. */
export function countAt(items: ReadonlyArray<{ band: Band; positive: boolean }>, min: Band): BinaryCounts {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const { band, positive } of items) {
    const flagged = atLeast(band, min);
    if (positive) flagged ? c.tp++ : c.fn++;
    else flagged ? c.fp++ : c.tn++;
  }
  return c;
}

const ratio = (a: number, b: number) => (b === 0 ? NaN : a / b);

export function rates(c: BinaryCounts) {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  return {
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    fpr: ratio(c.fp, c.fp + c.tn),
  };
}

export const pct = (x: number) => (Number.isNaN(x) ? '   -  ' : `${(x * 100).toFixed(1).padStart(5)}%`);
