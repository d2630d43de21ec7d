/** A phrase found in the full view: character span and the tokens it covers. */
export interface PhraseSpan {
  readonly start: number;
  readonly end: number;
  /** Words (not punctuation) before the span and up to its end, for "within N words"; -1 in unspaced scripts. */
  readonly wordsBefore: number;
  readonly wordsThrough: number;
  /** The sentence the span starts in ("near" counts sentence ends between spans); -1 in unspaced scripts. */
  readonly sentence: number;
}

// A slot needs a handful of spans for evidence and negation; a 5 MB post could yield millions.
export const MAX_SPANS_PER_SLOT = 50;

// Span records, REC units each: start, end, wordsBefore, wordsThrough, sentence, next record (-1: last).
const REC = 6;
// Per found slot, LIST units: first record, last record, count.
const LIST = 3;

/**
 * Spans found per phrase slot. The scan adds a few hundred spans to a hundred-odd slots of ~1,000
 * per post; they go into flat Int32Arrays (no object or Map entry per span) and become PhraseSpan
 * objects only for the slots rules ask for, once each.
 */
export class SlotHits {
  /** listOf[slot]: 1 + index of the slot's list, 0 when nothing was found for it. */
  private readonly listOf: Int32Array;
  private lists: Int32Array;
  private recs: Int32Array;
  private recCount = 0;
  private readonly found: number[] = [];
  private readonly made: (PhraseSpan[] | undefined)[] = [];
  private released = false;

  constructor(slots: number) {
    // Buffers of a released SlotHits are taken over: allocating and growing typed arrays for every
    // field of every post was a tenth of the phrase scan.
    const spare = pool.pop();
    if (spare !== undefined && spare.listOf.length === slots) {
      ({ listOf: this.listOf, lists: this.lists, recs: this.recs } = spare);
    } else {
      this.listOf = new Int32Array(slots);
      this.lists = new Int32Array(16 * LIST);
      this.recs = new Int32Array(256 * REC);
    }
  }

  /**
   * Gives the buffers back for the next SlotHits; this one must not be read again. Spans already
   * handed out by get() stay valid (they are plain objects).
   */
  release(): void {
    if (this.released) return;
    this.released = true;
    for (const slot of this.found) this.listOf[slot] = 0;
    if (pool.length < MAX_POOLED && this.recs.length <= MAX_POOLED_RECS * REC) pool.push({ listOf: this.listOf, lists: this.lists, recs: this.recs });
  }

  get(slot: number): readonly PhraseSpan[] | undefined {
    const id = this.listOf[slot]! - 1;
    if (id < 0) return undefined;
    return this.made[id] ?? (this.made[id] = this.spansOf(id));
  }

  has(slot: number): boolean {
    return this.listOf[slot]! !== 0;
  }

  /** The slots with at least one span, in the order they were first found. */
  keys(): readonly number[] {
    return this.found;
  }

  /** Whether another span at `start` would be kept (under the cap, not a repeat of the last one). */
  wants(slot: number, start: number): boolean {
    const id = this.listOf[slot]! - 1;
    if (id < 0) return true;
    const l = id * LIST;
    return this.lists[l + 2]! < MAX_SPANS_PER_SLOT && this.recs[this.lists[l + 1]! * REC]! !== start;
  }

  add(slot: number, start: number, end: number, wordsBefore: number, wordsThrough: number, sentence: number): void {
    const rec = this.recCount++;
    if (rec * REC === this.recs.length) this.recs = grow(this.recs);
    const r = rec * REC;
    const recs = this.recs;
    recs[r] = start;
    recs[r + 1] = end;
    recs[r + 2] = wordsBefore;
    recs[r + 3] = wordsThrough;
    recs[r + 4] = sentence;
    recs[r + 5] = -1;
    const id = this.listOf[slot]! - 1;
    if (id < 0) {
      const fresh = this.found.length;
      this.found.push(slot);
      this.listOf[slot] = fresh + 1;
      if (fresh * LIST === this.lists.length) this.lists = grow(this.lists);
      const l = fresh * LIST;
      this.lists[l] = rec;
      this.lists[l + 1] = rec;
      this.lists[l + 2] = 1;
    } else {
      const l = id * LIST;
      recs[this.lists[l + 1]! * REC + 5] = rec;
      this.lists[l + 1] = rec;
      this.lists[l + 2] = this.lists[l + 2]! + 1;
    }
  }

  private spansOf(id: number): PhraseSpan[] {
    const out: PhraseSpan[] = [];
    const recs = this.recs;
    for (let rec = this.lists[id * LIST]!; rec >= 0; rec = recs[rec * REC + 5]!) {
      const r = rec * REC;
      out.push({ start: recs[r]!, end: recs[r + 1]!, wordsBefore: recs[r + 2]!, wordsThrough: recs[r + 3]!, sentence: recs[r + 4]! });
    }
    return out;
  }
}

interface Buffers {
  readonly listOf: Int32Array;
  readonly lists: Int32Array;
  readonly recs: Int32Array;
}

/** Released buffers; a post has a handful of fields, so a few are enough. */
const pool: Buffers[] = [];
const MAX_POOLED = 8;
/** Buffers grown by a huge post are dropped rather than kept. */
const MAX_POOLED_RECS = 1 << 16;

function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Slots found in any field. Rules test it hundreds of times per post, so it is a table by slot, not a Set. */
export class FoundSlots {
  private readonly found: Uint8Array;

  constructor(slots: number, fields: readonly SlotHits[]) {
    this.found = new Uint8Array(slots);
    for (const hits of fields) for (const slot of hits.keys()) this.found[slot] = 1;
  }

  has(slot: number): boolean {
    return this.found[slot] === 1;
  }
}
