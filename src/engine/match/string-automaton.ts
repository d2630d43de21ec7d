/**
 * Aho-Corasick over UTF-16 units, as a table-driven automaton: every occurrence of every string of a
 * fixed set, overlapping ones included (as an `indexOf` loop per string finds them), in one pass over
 * a text with one table read per unit. The rule RegExps' literal prefilters ask for a few hundred
 * such strings per post, window by window; one pass per field replaces those searches.
 *
 * Units that occur in no string are class 0 and send the automaton back to the root; the others are
 * numbered 1..width-1, and `next[node * width + class]` is the node after reading a unit.
 */
export interface StringAutomaton {
  /** lengths[id]: length of string `id`. */
  readonly lengths: Int32Array;
  /** classOf[unit]: the unit's column in `next`, 0 for units of no string. */
  readonly classOf: Uint8Array;
  readonly width: number;
  readonly next: Uint16Array;
  /** The strings ending at a node (those ending at its longest proper suffix included): a run of `outIds`. */
  readonly outStart: Int32Array;
  readonly outCount: Int32Array;
  readonly outIds: Int32Array;
}

/**
 * The automaton of `strings` (none empty), or undefined when they need more than 255 distinct units
 * or 65,535 nodes (the table's layout); the caller then searches the usual way.
 */
export function buildStringAutomaton(strings: readonly string[]): StringAutomaton | undefined {
  const units = new Set<number>();
  for (const s of strings) for (let k = 0; k < s.length; k++) units.add(s.charCodeAt(k));
  if (units.size > 0xff) return undefined;
  // Numbered in code order, so a row's ASCII columns (most reads) share a cache line or two.
  const classOf = new Uint8Array(0x10000);
  let width = 1;
  for (const code of [...units].sort((a, b) => a - b)) classOf[code] = width++;
  // The trie first (edges by class), then its table.
  const children: Array<Map<number, number>> = [new Map()];
  const ends: number[][] = [[]];
  strings.forEach((s, id) => {
    let node = 0;
    for (let k = 0; k < s.length; k++) {
      const c = classOf[s.charCodeAt(k)]!;
      let child = children[node]!.get(c);
      if (child === undefined) {
        child = children.length;
        children.push(new Map());
        ends.push([]);
        children[node]!.set(c, child);
      }
      node = child;
    }
    ends[node]!.push(id);
  });
  const n = children.length;
  if (n > 0xffff) return undefined;
  // Breadth first: a node's fail target is shallower, so its row and outputs are complete first.
  // A node's row is its fail target's row (copied whole) with its own trie edges written over it.
  const next = new Uint16Array(n * width);
  const fail = new Int32Array(n);
  const outs: number[][] = new Array(n);
  outs[0] = [];
  const queue: number[] = [];
  for (const [c, child] of children[0]!) {
    next[c] = child;
    outs[child] = [...ends[child]!];
    queue.push(child);
  }
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q]!;
    const row = node * width;
    const failRow = fail[node]! * width;
    next.copyWithin(row, failRow, failRow + width);
    for (const [c, child] of children[node]!) {
      next[row + c] = child;
      fail[child] = next[failRow + c]!;
      outs[child] = [...ends[child]!, ...outs[fail[child]!]!];
      queue.push(child);
    }
  }
  const outStart = new Int32Array(n);
  const outCount = new Int32Array(n);
  const ids: number[] = [];
  for (let node = 0; node < n; node++) {
    outStart[node] = ids.length;
    outCount[node] = outs[node]!.length;
    for (const id of outs[node]!) ids.push(id);
  }
  return { lengths: Int32Array.from(strings, (s) => s.length), classOf, width, next, outStart, outCount, outIds: Int32Array.from(ids) };
}

/** Occurrences of an automaton's strings in a text, in order of where they end. */
export interface StringOccurrences {
  /** ends[k]: the offset just past occurrence k (non-decreasing). */
  readonly ends: readonly number[];
  /** ids[k]: which string occurs there; it starts at ends[k] - lengths[ids[k]]. */
  readonly ids: readonly number[];
}

/** Every occurrence of the automaton's strings in `text`. */
export function findStrings(a: StringAutomaton, text: string): StringOccurrences {
  const { classOf, width, next, outStart, outCount, outIds } = a;
  // Plain arrays: a few dozen entries, and typed arrays that size would be allocated off the heap.
  const ends: number[] = [];
  const ids: number[] = [];
  let node = 0;
  for (let i = 0; i < text.length; i++) {
    node = next[node * width + classOf[text.charCodeAt(i)]!]!;
    const outs = outCount[node]!;
    if (outs === 0) continue;
    const from = outStart[node]!;
    for (let k = from; k < from + outs; k++) {
      ends.push(i + 1);
      ids.push(outIds[k]!);
    }
  }
  return { ends, ids };
}
