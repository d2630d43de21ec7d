import type { TextView } from './text-view';

// Most of a post passes through a normalisation pass unchanged, so the builder takes text and spans
// a run at a time. Text and spans are appended separately: a pass may change a unit's text but not
// its span ("A" → "a"), or its span but not its text (a Thai letter and its mark share one span).

/** Runs at least this long are appended as string slices, shorter ones unit by unit into `codes`. */
const SLICE = 48;
/** Span runs at least this long are copied with TypedArray.set (each call makes a subarray object). */
const BULK = 32;
/** Scratch arrays above this many units (a 5 MB paste) are dropped after use rather than kept for the next post. */
const KEEP_SCRATCH = 1 << 20;

// Decoding is several times faster than String.fromCharCode.apply on long runs; `fatal` makes it
// refuse lone surrogates (it would turn them into U+FFFD), and those rare texts are decoded in chunks.
const decoder = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const CHUNK = 4096;
const HAS_CAPITAL = /[A-Z]/;

/** IOTA[i] = i, for the spans of units that map to themselves: [i, i + 1) is IOTA[i], IOTA[i + 1]. */
let IOTA = iotaOf(4096);

function iotaOf(size: number): Int32Array {
  const a = new Int32Array(size);
  for (let i = 0; i < size; i++) a[i] = i;
  return a;
}

// Views' span columns are cut from shared chunks instead of allocated one by one: a typed array
// of its own per view was a good part of the cost of a pass. A chunk is never written twice, so a
// view stays valid for as long as it is kept (and keeps its chunk alive).
const SPAN_CHUNK = 1 << 16;
let spanChunk = new Int32Array(SPAN_CHUNK);
let spanChunkUsed = 0;

function spanBuffer(size: number): Int32Array {
  if (size > SPAN_CHUNK >> 2) return new Int32Array(size);
  if (spanChunkUsed + size > SPAN_CHUNK) {
    spanChunk = new Int32Array(SPAN_CHUNK);
    spanChunkUsed = 0;
  }
  const buffer = spanChunk.subarray(spanChunkUsed, spanChunkUsed + size);
  spanChunkUsed += size;
  return buffer;
}

/**
 * One set of scratch arrays shared by every builder in turn: views are built one after another, so
 * the engine writes into the same warm typed arrays instead of allocating per pass. `build` copies
 * out exactly what was written. A builder made while another is open gets its own.
 */
let scratch: Arrays = arraysOf(4096);
let scratchInUse = false;

/** Accumulates normalised text while remembering, per UTF-16 unit, the original span it came from. */
export class ViewBuilder {
  /** The text so far: `parts` joined, then codes[0, pending) (joined once, at the end: one flat string). */
  private readonly parts: string[] = [];
  private codes: Uint16Array;
  private pending = 0;
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;
  /** Whether every span so far is the identity one: unit i maps to [i, i + 1). */
  private identity = true;
  private readonly shared: boolean;

  constructor(capacityHint: number) {
    this.shared = !scratchInUse;
    if (this.shared) {
      scratchInUse = true;
      if (scratch.starts.length < capacityHint) scratch = arraysOf(capacityHint);
    }
    ({ codes: this.codes, starts: this.starts, ends: this.ends } = this.shared ? scratch : arraysOf(Math.max(16, capacityHint)));
  }

  /** Appends source[from, to) to the text only; the caller appends one span per unit. */
  addRun(source: string, from: number, to: number): void {
    const count = to - from;
    if (count >= SLICE) {
      this.flush();
      this.parts.push(from === 0 && to === source.length ? source : source.slice(from, to));
      return;
    }
    if (this.pending + count > this.codes.length) this.growCodes(this.pending + count);
    const codes = this.codes;
    let at = this.pending;
    for (let k = from; k < to; k++) codes[at++] = source.charCodeAt(k);
    this.pending = at;
  }

  /**
   * Like addRun, but lower-cased, for runs whose units are all stable under toLowerCase except ASCII
   * capitals (the light view's): a short run only needs those folded as it is copied.
   */
  addLowerRun(source: string, from: number, to: number): void {
    const count = to - from;
    if (count >= SLICE) {
      this.flush();
      const run = from === 0 && to === source.length ? source : source.slice(from, to);
      // toLowerCase is slow on text with non-Latin-1 units, which rarely has capitals: look first.
      this.parts.push(HAS_CAPITAL.test(run) ? run.toLowerCase() : run);
      return;
    }
    if (this.pending + count > this.codes.length) this.growCodes(this.pending + count);
    const codes = this.codes;
    let at = this.pending;
    for (let k = from; k < to; k++) {
      const c = source.charCodeAt(k);
      codes[at++] = c <= 90 && c >= 65 ? c + 32 : c;
    }
    this.pending = at;
  }

  /** Appends `s` to the text only. */
  addText(s: string): void {
    this.addRun(s, 0, s.length);
  }

  /** Appends one unit of text only. */
  addUnit(code: number): void {
    if (this.pending === this.codes.length) this.growCodes(this.pending + 1);
    this.codes[this.pending++] = code;
  }

  /** Appends one span only. */
  addSpan(start: number, end: number): void {
    if (this.length === this.starts.length) this.grow(this.length + 1);
    this.identity = false;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  /** Appends the spans of units [from, to) of the original that map to themselves. */
  addIdentitySpans(from: number, to: number): void {
    const count = to - from;
    if (count <= 0) return;
    if (from !== this.length) this.identity = false;
    if (this.length + count > this.starts.length) this.grow(this.length + count);
    const at = this.length;
    if (count >= BULK) {
      if (to >= IOTA.length) IOTA = iotaOf(Math.max(to + 1, IOTA.length * 2));
      this.starts.set(IOTA.subarray(from, to), at);
      this.ends.set(IOTA.subarray(from + 1, to + 1), at);
    } else {
      for (let k = 0; k < count; k++) {
        this.starts[at + k] = from + k;
        this.ends[at + k] = from + k + 1;
      }
    }
    this.length += count;
  }

  /** Appends the spans of units [from, to) of `view`. */
  addSpansFrom(view: TextView, from: number, to: number): void {
    const count = to - from;
    if (count <= 0) return;
    this.identity = false;
    if (this.length + count > this.starts.length) this.grow(this.length + count);
    const { starts, ends } = this;
    const at = this.length;
    if (count >= BULK && view.start instanceof Int32Array && view.end instanceof Int32Array) {
      starts.set(view.start.subarray(from, to), at);
      ends.set(view.end.subarray(from, to), at);
    } else {
      for (let k = 0; k < count; k++) {
        starts[at + k] = view.start[from + k]!;
        ends[at + k] = view.end[from + k]!;
      }
    }
    this.length += count;
  }

  /** Appends one UTF-16 unit mapping to the original span [start, end). */
  pushCode(code: number, start: number, end: number): void {
    this.addUnit(code);
    this.addSpan(start, end);
  }

  /** Appends view.text[from, to) with the spans its units map to. */
  pushFrom(view: TextView, from: number, to: number): void {
    if (to <= from) return;
    this.addRun(view.text, from, to);
    this.addSpansFrom(view, from, to);
  }

  /** Appends `s`; all its units map to the original span [start, end). */
  push(s: string, start: number, end: number): void {
    this.addText(s);
    for (let i = 0; i < s.length; i++) this.addSpan(start, end);
  }

  /** Widens the span of the last unit, so dropped characters (e.g. collapsed spaces) stay covered. */
  extendLast(end: number): void {
    if (this.length > 0 && end > this.ends[this.length - 1]!) {
      this.ends[this.length - 1] = end;
      this.identity = false;
    }
  }

  build(original: string): TextView {
    this.flush();
    const n = this.length;
    const parts = this.parts;
    const text = parts.length === 0 ? '' : parts.length === 1 ? parts[0]! : parts.join('');
    let view: TextView;
    if (this.identity) {
      // Every unit maps to itself (most light views): the spans are read from IOTA, not copied.
      if (n >= IOTA.length) IOTA = iotaOf(n + 1);
      view = { original, text, start: IOTA.subarray(0, n), end: IOTA.subarray(1, n + 1) };
    } else {
      // Both span columns in one buffer.
      const spans = spanBuffer(2 * n);
      spans.set(this.starts.subarray(0, n));
      spans.set(this.ends.subarray(0, n), n);
      view = { original, text, start: spans.subarray(0, n), end: spans.subarray(n) };
    }
    if (this.shared) {
      scratchInUse = false;
      if (scratch.starts.length > KEEP_SCRATCH || scratch.codes.length > KEEP_SCRATCH) scratch = arraysOf(4096);
      if (IOTA.length > KEEP_SCRATCH) IOTA = iotaOf(4096);
    }
    return view;
  }

  /** Moves codes[0, pending) into `parts`. */
  private flush(): void {
    const p = this.pending;
    if (p === 0) return;
    this.pending = 0;
    this.parts.push(textOf(this.codes, p));
  }

  private grow(size: number): void {
    let cap = this.starts.length * 2;
    while (cap < size) cap *= 2;
    const starts = new Int32Array(cap);
    const ends = new Int32Array(cap);
    starts.set(this.starts.subarray(0, this.length));
    ends.set(this.ends.subarray(0, this.length));
    this.starts = starts;
    this.ends = ends;
    if (this.shared) scratch = { codes: this.codes, starts, ends };
  }

  private growCodes(size: number): void {
    let cap = this.codes.length * 2;
    while (cap < size) cap *= 2;
    const codes = new Uint16Array(cap);
    codes.set(this.codes.subarray(0, this.pending));
    this.codes = codes;
    if (this.shared) scratch = { codes, starts: this.starts, ends: this.ends };
  }
}

function textOf(codes: Uint16Array, n: number): string {
  if (n <= 16) return String.fromCharCode.apply(null, codes.subarray(0, n) as unknown as number[]);
  try {
    return decoder.decode(codes.subarray(0, n));
  } catch {
    let text = '';
    for (let i = 0; i < n; i += CHUNK) text += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]);
    return text;
  }
}

interface Arrays {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
}

function arraysOf(cap: number): Arrays {
  return { codes: new Uint16Array(cap), starts: new Int32Array(cap), ends: new Int32Array(cap) };
}

/** A builder sized for a text of about `length` units. */
export function createViewBuilder(length: number): ViewBuilder {
  return new ViewBuilder(length);
}
