import type { TextView } from './text-view';

const decoder = new TextDecoder('utf-16le');
const CHUNK = 8192;
/** Up to this length plain arrays are cheaper (no typed-array backing stores to allocate); above it typed arrays are. */
const SMALL = 16_384;

/** Accumulates normalised text while remembering, per UTF-16 unit, the original span it came from. */
export interface ViewBuilder {
  /** Appends one UTF-16 unit mapping to the original span [start, end). */
  pushCode(code: number, start: number, end: number): void;
  /** Appends `s`; all its units map to the original span [start, end). */
  push(s: string, start: number, end: number): void;
  /** The last unit pushed, or '' when empty. */
  lastChar(): string;
  /** Widens the span of the last unit, so dropped characters (e.g. collapsed spaces) stay covered. */
  extendLast(end: number): void;
  build(original: string): TextView;
}

/** A builder sized for a text of about `length` units: most fields are short, a few are huge. */
export function createViewBuilder(length: number): ViewBuilder {
  return length <= SMALL ? new PlainViewBuilder() : new TypedViewBuilder(length);
}

/** Plain number arrays: cheap to allocate for the many small fields of a post. */
class PlainViewBuilder implements ViewBuilder {
  private readonly codes: number[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Appends one UTF-16 unit mapping to the original span [start, end). */
  pushCode(code: number, start: number, end: number): void {
    this.codes.push(code);
    this.starts.push(start);
    this.ends.push(end);
  }

  /** Appends `s`; all its units map to the original span [start, end). */
  push(s: string, start: number, end: number): void {
    for (let i = 0; i < s.length; i++) this.pushCode(s.charCodeAt(i), start, end);
  }

  /** The last unit pushed, or '' when empty. */
  lastChar(): string {
    const n = this.codes.length;
    return n === 0 ? '' : String.fromCharCode(this.codes[n - 1]!);
  }

  /** Widens the span of the last unit, so dropped characters (e.g. collapsed spaces) stay covered. */
  extendLast(end: number): void {
    const n = this.ends.length;
    if (n > 0 && end > this.ends[n - 1]!) this.ends[n - 1] = end;
  }

  build(original: string): TextView {
    let text = '';
    for (let i = 0; i < this.codes.length; i += CHUNK) text += String.fromCharCode.apply(null, this.codes.slice(i, i + CHUNK));
    return { original, text, start: this.starts, end: this.ends };
  }
}

/** Typed arrays that grow by doubling: cheap per unit for long texts. */
class TypedViewBuilder implements ViewBuilder {
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
