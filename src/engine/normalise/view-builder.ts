import type { TextView } from './text-view';

const decoder = new TextDecoder('utf-16le');

/**
 * Accumulates normalised text as UTF-16 code units while remembering, per unit, the original span it
 * came from. Typed arrays instead of an array of one-character strings: a 5 MB post stays cheap.
 */
export class ViewBuilder {
  private codes: Uint16Array;
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;

  constructor(capacityHint: number) {
    const cap = Math.max(16, capacityHint);
    this.codes = new Uint16Array(cap);
    this.starts = new Int32Array(cap);
    this.ends = new Int32Array(cap);
  }

  /** Appends one UTF-16 unit mapping to the original span [start, end). */
  pushCode(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow(this.length + 1);
    this.codes[this.length] = code;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  /** Appends `s`; all its units map to the original span [start, end). */
  push(s: string, start: number, end: number): void {
    for (let i = 0; i < s.length; i++) this.pushCode(s.charCodeAt(i), start, end);
  }

  /** The last unit pushed, or '' when empty. */
  lastChar(): string {
    return this.length === 0 ? '' : String.fromCharCode(this.codes[this.length - 1]!);
  }

  /** Widens the span of the last unit, so dropped characters (e.g. collapsed spaces) stay covered. */
  extendLast(end: number): void {
    if (this.length > 0 && end > this.ends[this.length - 1]!) this.ends[this.length - 1] = end;
  }

  build(original: string): TextView {
    const units = this.codes.subarray(0, this.length);
    return {
      original,
      text: decoder.decode(units),
      start: this.starts.subarray(0, this.length),
      end: this.ends.subarray(0, this.length),
    };
  }

  private grow(size: number): void {
    let cap = this.codes.length * 2;
    while (cap < size) cap *= 2;
    const codes = new Uint16Array(cap);
    const s = new Int32Array(cap);
    const e = new Int32Array(cap);
    codes.set(this.codes.subarray(0, this.length));
    s.set(this.starts.subarray(0, this.length));
    e.set(this.ends.subarray(0, this.length));
    this.codes = codes;
    this.starts = s;
    this.ends = e;
  }
}
