import type { TextView } from './text-view';

/** Accumulates normalised text while remembering, per output unit, the original span it came from. */
export class ViewBuilder {
  private parts: string[] = [];
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;

  constructor(capacityHint: number) {
    const cap = Math.max(16, capacityHint);
    this.starts = new Int32Array(cap);
    this.ends = new Int32Array(cap);
  }

  /** Appends `s`; all its units map to the original span [start, end). */
  push(s: string, start: number, end: number): void {
    const n = s.length;
    if (n === 0) return;
    this.ensure(this.length + n);
    for (let i = 0; i < n; i++) {
      this.starts[this.length + i] = start;
      this.ends[this.length + i] = end;
    }
    this.length += n;
    this.parts.push(s);
  }

  /** The last unit pushed, or '' when empty. */
  lastChar(): string {
    const last = this.parts[this.parts.length - 1];
    return last ? last[last.length - 1]! : '';
  }

  /** Widens the span of the last unit, so dropped characters (e.g. collapsed spaces) stay covered. */
  extendLast(end: number): void {
    if (this.length > 0 && end > this.ends[this.length - 1]!) this.ends[this.length - 1] = end;
  }

  build(original: string): TextView {
    return {
      original,
      text: this.parts.join(''),
      start: this.starts.subarray(0, this.length),
      end: this.ends.subarray(0, this.length),
    };
  }

  private ensure(size: number): void {
    if (size <= this.starts.length) return;
    let cap = this.starts.length * 2;
    while (cap < size) cap *= 2;
    const s = new Int32Array(cap);
    const e = new Int32Array(cap);
    s.set(this.starts.subarray(0, this.length));
    e.set(this.ends.subarray(0, this.length));
    this.starts = s;
    this.ends = e;
  }
}
