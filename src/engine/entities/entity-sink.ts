import type { PostField } from '../../model/post';
import type { Entity, EntityType } from '../../model/verdict';
import type { TextView } from '../normalise/text-view';
import { evidenceOf } from './evidence';

/** At most this many entities per call: a pathological page must not flood the verdict. */
export const MAX_ENTITIES = 200;

/**
 * At most this many matches (repeats included) per extractor. A page that repeats the same few
 * contacts thousands of times is read up to the point where one extractor has seen this many;
 * the extractors after it stop at the same point. Keeps a 5 MB page of repeated ads cheap.
 */
export const MAX_MATCHES_PER_EXTRACTOR = 1000;

/**
 * Collects the entities of one extractEntities call: drops repeats of the same (type, value),
 * stops at the cap, and remembers which spans are taken so that, say, the digits of a wa.me link
 * or a bank account are not found again as a plain phone number.
 */
export class EntitySink {
  readonly entities: Entity[] = [];
  private readonly seen = new Set<string>();
  /**
   * Taken spans of the normalised text, as runs of [start, end] pairs sorted by start. Each
   * extractor scans left to right, so a claim nearly always extends the last run (O(1)); a claim
   * that goes back in the text opens a new run. A handful of runs, each searched in O(log n).
   */
  private readonly runs: number[][] = [];
  /** Matches seen by the current extractor, and the point after which nothing more is read. */
  private matches = 0;
  private horizon = Number.POSITIVE_INFINITY;

  constructor(
    readonly view: TextView,
    readonly field: PostField,
    readonly limit = MAX_ENTITIES,
  ) {}

  get full(): boolean {
    return this.entities.length >= this.limit;
  }

  /** Called by each extractor before it starts: resets the per-extractor match budget. */
  beginExtractor(): void {
    this.matches = 0;
  }

  /** True when an extractor must stop before reading at `pos`. */
  done(pos: number): boolean {
    return this.entities.length >= this.limit || pos >= this.horizon || this.matches >= MAX_MATCHES_PER_EXTRACTOR;
  }

  /** Adds an entity for the normalised span [from, to) unless it repeats one already found. */
  add(type: EntityType, value: string, from: number, to: number, detail?: string): void {
    this.claim(from, to);
    if (++this.matches >= MAX_MATCHES_PER_EXTRACTOR) this.horizon = Math.min(this.horizon, to);
    const key = `${type}\u0000${value}`;
    if (this.full || value.length === 0 || this.seen.has(key)) return;
    this.seen.add(key);
    const entity: Entity = { type, value, evidence: evidenceOf(this.view, this.field, from, to) };
    if (detail !== undefined) entity.detail = detail;
    this.entities.push(entity);
  }

  claim(from: number, to: number): void {
    for (const run of this.runs) {
      const lastEnd = run[run.length - 1]!;
      if (lastEnd <= from) {
        run.push(from, to);
        return;
      }
    }
    this.runs.push([from, to]);
  }

  isClaimed(from: number, to: number): boolean {
    for (const run of this.runs) {
      // last pair starting before `to`
      let lo = 0;
      let hi = run.length / 2;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (run[2 * mid]! < to) lo = mid + 1;
        else hi = mid;
      }
      if (lo > 0 && run[2 * (lo - 1) + 1]! > from) return true;
    }
    return false;
  }

  /** Entities in reading order. */
  sorted(): Entity[] {
    return [...this.entities].sort((a, b) => a.evidence.start - b.evidence.start || a.evidence.end - b.evidence.end);
  }
}
