// The literal prefilters of every rule RegExp of a pack (anchor strings, required literals) answered
// from one pass per field instead of an `indexOf` per string per window: a 3 KB ad runs a few dozen
// RegExp windows, each searching up to two dozen strings. The answers are exactly those of
// findAnchorOccurrences and mayContainMatch on the window's text.
import type { RulePack } from '../../rules/compiled-rule';
import { MAX_OCCURRENCES, regexAnchorOf } from './regex-anchor';
import { requiredLiteralsOf } from './regex-literals';
import { buildStringAutomaton, findStrings, type StringAutomaton, type StringOccurrences } from './string-automaton';

/** roles[id] of a RegExp: ANCHOR when string `id` is one of its anchor's, REQUIRED << k when it is in required set k. */
const ANCHOR = 1;
const REQUIRED = 2;

interface RegexStrings {
  readonly hasAnchor: boolean;
  readonly roles: Uint8Array;
  /** One bit per required set, as in `roles`. */
  readonly allRequired: number;
}

/** What the prefilters say about one window of a field. */
export interface WindowLiterals {
  /** findAnchorOccurrences: how many anchor strings stand in the window, -1 past MAX_OCCURRENCES, undefined without an anchor. */
  anchorCount: number | undefined;
  /** mayContainMatch: whether the window holds a string of every required set. */
  mayMatch: boolean;
}

/** Where the pack's strings stand in one field's text. */
export class TextLiterals {
  constructor(
    private readonly index: RegexLiteralIndex,
    private readonly found: StringOccurrences,
  ) {}

  /**
   * The prefilters of `re` on the window text[from, to): fills `starts` with the anchor's occurrences
   * relative to `from`, ascending (when there are at most MAX_OCCURRENCES), and `out`.
   * Undefined for a RegExp the index does not know.
   */
  window(re: RegExp, from: number, to: number, starts: number[], out: WindowLiterals): WindowLiterals | undefined {
    const strings = this.index.stringsOf(re);
    if (!strings) return undefined;
    const { roles, allRequired } = strings;
    const { ends, ids } = this.found;
    const lengths = this.index.lengths;
    starts.length = 0;
    let count = 0;
    let seen = 0;
    for (let k = this.firstEndingAfter(from); k < ends.length && ends[k]! <= to; k++) {
      const id = ids[k]!;
      const role = roles[id]!;
      if (role === 0) continue;
      const start = ends[k]! - lengths[id]!;
      if (start < from) continue;
      seen |= role;
      if ((role & ANCHOR) !== 0 && count++ < MAX_OCCURRENCES) starts.push(start - from);
    }
    if (starts.length > 1) sortSmall(starts);
    out.anchorCount = strings.hasAnchor ? (count > MAX_OCCURRENCES ? -1 : count) : undefined;
    out.mayMatch = (seen & allRequired) === allRequired;
    return out;
  }

  /** The first k with ends[k] > at. */
  private firstEndingAfter(at: number): number {
    const ends = this.found.ends;
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Insertion sort: a window holds a handful of anchor strings, nearly in order already. */
function sortSmall(a: number[]): void {
  for (let i = 1; i < a.length; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= 0 && a[j]! > v) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
}

export class RegexLiteralIndex {
  private readonly byText = new WeakMap<object, TextLiterals>();
  readonly lengths: Int32Array;

  private constructor(
    private readonly automaton: StringAutomaton,
    private readonly byRegex: ReadonlyMap<RegExp, RegexStrings>,
  ) {
    this.lengths = automaton.lengths;
  }

  /** The index of the strings of `regexes`, or undefined when the automaton cannot hold them. */
  static of(regexes: Iterable<RegExp>): RegexLiteralIndex | undefined {
    const ids = new Map<string, number>();
    const idOf = (s: string) => {
      let id = ids.get(s);
      if (id === undefined) ids.set(s, (id = ids.size));
      return id;
    };
    const parts = [...regexes].map((re) => {
      const anchor = regexAnchorOf(re);
      return { re, anchor: anchor ? anchor.strings.map(idOf) : null, required: requiredLiteralsOf(re).map((set) => set.map(idOf)) };
    });
    // requiredLiterals keeps at most two sets: with the anchor, three bits of a byte.
    if (parts.some((p) => p.required.length > 7)) return undefined;
    const automaton = buildStringAutomaton([...ids.keys()]);
    if (!automaton) return undefined;
    const byRegex = new Map<RegExp, RegexStrings>();
    for (const p of parts) {
      const roles = new Uint8Array(ids.size);
      for (const id of p.anchor ?? []) roles[id]! |= ANCHOR;
      p.required.forEach((set, k) => {
        for (const id of set) roles[id]! |= REQUIRED << k;
      });
      byRegex.set(p.re, { hasAnchor: p.anchor !== null, roles, allRequired: ((1 << p.required.length) - 1) * REQUIRED });
    }
    return new RegexLiteralIndex(automaton, byRegex);
  }

  stringsOf(re: RegExp): RegexStrings | undefined {
    return this.byRegex.get(re);
  }

  /** The literals of `text`, found on first use and kept as long as `owner` (the field it came from). */
  inText(owner: object, text: string): TextLiterals {
    let found = this.byText.get(owner);
    if (!found) this.byText.set(owner, (found = new TextLiterals(this, findStrings(this.automaton, text))));
    return found;
  }
}

const byPack = new WeakMap<RulePack, RegexLiteralIndex | null>();

/** The literal index of a pack's rule RegExps, built on first use; null when it cannot be built. */
export function regexLiteralIndexOf(pack: RulePack): RegexLiteralIndex | null {
  let index = byPack.get(pack);
  if (index === undefined) {
    const regexes: RegExp[] = [];
    for (const c of pack.rules) for (const m of [...c.any, ...c.all, ...c.unless]) if (m.kind === 'regex') regexes.push(m.re);
    byPack.set(pack, (index = RegexLiteralIndex.of(regexes) ?? null));
  }
  return index;
}
