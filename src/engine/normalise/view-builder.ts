import type { TextView } from './text-view';

// Decoding is several times faster than String.fromCharCode.apply; `fatal` makes it refuse lone
// surrogates (it would turn them into U+FFFD), and those rare texts are rebuilt unit by unit instead.
const decoder = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const CHUNK = 8192;
/** Runs at least this long are copied with TypedArray.set (each call makes two subarray objects). */
const BULK = 64;
/** Scratch arrays above this many units (a 5 MB paste) are dropped after use rather than kept for the next post. */
const KEEP_SCRATCH = 1 << 20;

/**
 * One set of scratch arrays shared by every builder in turn: views are built one after another, so
 * the engine writes into the same warm typed arrays instead of allocating three growing arrays per
 * pass. `build` copies out exactly what was written. A builder made while another is open gets its own.
 */
let scratch = { codes: new Uint16Array(4096), starts: new Int32Array(4096), ends: new Int32Array(4096) };
let scratchInUse = false;

/** Accumulates normalised text while remembering, per UTF-16 unit, the original span it came from. */
export class ViewBuilder {
  private codes: Uint16Array;
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;
  private readonly shared: boolean;

  constructor(capacityHint: number) {
    this.shared = !scratchInUse;
    if (this.shared) {
      scratchInUse = true;
      if (scratch.codes.length < capacityHint) scratch = arraysOf(capacityHint);
      ({ codes: this.codes, starts: this.starts, ends: this.ends } = scratch);
    } else {
      ({ codes: this.codes, starts: this.starts, ends: this.ends } = arraysOf(Math.max(16, capacityHint)));
    }
  }

  /** Appends one UTF-16 unit mapping to the original span [start, end). */
  pushCode(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow(this.length + 1);
    this.codes[this.length] = code;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  /** Appends view.text[from, to) with the spans its units map to. */
  pushFrom(view: TextView, from: number, to: number): void {
    const count = to - from;
    if (count <= 0) return;
    if (this.length + count > this.codes.length) this.grow(this.length + count);
    const { codes, starts, ends } = this;
    const text = view.text;
    let at = this.length;
    if (count >= BULK && view.start instanceof Int32Array && view.end instanceof Int32Array) {
      starts.set(view.start.subarray(from, to), at);
      ends.set(view.end.subarray(from, to), at);
      for (let k = from; k < to; k++) codes[at++] = text.charCodeAt(k);
    } else {
      for (let k = from; k < to; k++, at++) {
        codes[at] = text.charCodeAt(k);
        starts[at] = view.start[k]!;
        ends[at] = view.end[k]!;
      }
    }
    this.length += count;
  }

  /** Appends `s`; all its units map to the original span [start, end). */
  push(s: string, start: number, end: number): void {
    for (let i = 0; i < s.length; i++) this.pushCode(s.charCodeAt(i), start, end);
  }

  /** Widens the span of the last unit, so dropped characters (e.g. collapsed spaces) stay covered. */
  extendLast(end: number): void {
    if (this.length > 0 && end > this.ends[this.length - 1]!) this.ends[this.length - 1] = end;
  }

  build(original: string): TextView {
    const n = this.length;
    // Both span columns in one buffer: one allocation per view instead of two.
    const spans = new Int32Array(2 * n);
    spans.set(this.starts.subarray(0, n));
    spans.set(this.ends.subarray(0, n), n);
    const view = { original, text: textOf(this.codes, n), start: spans.subarray(0, n), end: spans.subarray(n) };
    if (this.shared) {
      scratchInUse = false;
      if (scratch.codes.length > KEEP_SCRATCH) scratch = arraysOf(4096);
    }
    return view;
  }

  private grow(size: number): void {
    let cap = this.codes.length * 2;
    while (cap < size) cap *= 2;
    const bigger = arraysOf(cap);
    bigger.codes.set(this.codes.subarray(0, this.length));
    bigger.starts.set(this.starts.subarray(0, this.length));
    bigger.ends.set(this.ends.subarray(0, this.length));
    ({ codes: this.codes, starts: this.starts, ends: this.ends } = bigger);
    if (this.shared) scratch = bigger;
  }
}

function textOf(codes: Uint16Array, n: number): string {
  try {
    return decoder.decode(codes.subarray(0, n));
  } catch {
    let text = '';
    for (let i = 0; i < n; i += CHUNK) text += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]);
    return text;
  }
}

function arraysOf(cap: number) {
  return { codes: new Uint16Array(cap), starts: new Int32Array(cap), ends: new Int32Array(cap) };
}

/** A builder sized for a text of about `length` units. */
export function createViewBuilder(length: number): ViewBuilder {
  return new ViewBuilder(length);
}
