import type { UnspacedEntry } from './phrase-index';

/**
 * The unspaced-script phrases as a trie of UTF-16 units, laid out in typed arrays: scanning Thai or
 * Chinese text walks it at almost every character, and nodes as objects with Maps cost a cache
 * miss or two per step. Node 0 is the root. Children of a node are a run of `childCode`/`childNode`
 * sorted by code; phrases ending at a node are a run of `endSlot`/`endSeq` in list order.
 */
export interface FlatTrie {
  /** rootChild[code]: the node reached from the root by `code`, or 0 for none. */
  readonly rootChild: Int32Array;
  readonly childStart: Int32Array;
  readonly childCount: Int32Array;
  readonly childCode: Uint16Array;
  readonly childNode: Int32Array;
  readonly endStart: Int32Array;
  readonly endCount: Int32Array;
  readonly endSlot: Int32Array;
  /** Order of the phrase in its first character's list: at one position the phrase listed first wins a slot. */
  readonly endSeq: Int32Array;
  /** A bit per edge of a node with more than one child, by edgeBit(node, code) (see trieChild). */
  readonly wideEdges: Uint32Array;
}

/**
 * Nodes with more children than this (the first characters of many phrases, "的", "ก") are asked
 * for a child at almost every character of Thai or Chinese text, and mostly have none for it: one
 * bit test answers that before a binary search over their children (a lone child is one compare).
 */
const WIDE = 1;
const EDGE_BITS = 16;

function edgeBit(node: number, code: number): number {
  return Math.imul(Math.imul(node, 0x9e3779b1) ^ code, 0x85ebca6b) >>> (32 - EDGE_BITS);
}

interface BuildNode {
  readonly children: Map<number, BuildNode>;
  readonly ends: Array<{ slot: number; seq: number }>;
  id: number;
}

export function buildFlatTrie(unspaced: ReadonlyMap<string, readonly UnspacedEntry[]>): FlatTrie {
  const root: BuildNode = { children: new Map(), ends: [], id: 0 };
  const nodes: BuildNode[] = [root];
  for (const list of unspaced.values()) {
    list.forEach((e, seq) => {
      let node = root;
      for (let k = 0; k < e.phrase.length; k++) {
        const code = e.phrase.charCodeAt(k);
        let child = node.children.get(code);
        if (!child) {
          child = { children: new Map(), ends: [], id: nodes.length };
          nodes.push(child);
          node.children.set(code, child);
        }
        node = child;
      }
      node.ends.push({ slot: e.slot, seq });
    });
  }
  const n = nodes.length;
  const trie = {
    rootChild: new Int32Array(0x10000),
    childStart: new Int32Array(n),
    childCount: new Int32Array(n),
    childCode: new Uint16Array(n),
    childNode: new Int32Array(n),
    endStart: new Int32Array(n),
    endCount: new Int32Array(n),
    endSlot: new Int32Array(nodes.reduce((s, x) => s + x.ends.length, 0)),
    endSeq: new Int32Array(nodes.reduce((s, x) => s + x.ends.length, 0)),
    wideEdges: new Uint32Array((1 << EDGE_BITS) >>> 5),
  };
  let children = 0;
  let ends = 0;
  for (const node of nodes) {
    const kids = [...node.children].sort((a, b) => a[0] - b[0]);
    trie.childStart[node.id] = children;
    trie.childCount[node.id] = kids.length;
    for (const [code, child] of kids) {
      trie.childCode[children] = code;
      trie.childNode[children++] = child.id;
      if (kids.length > WIDE) {
        const bit = edgeBit(node.id, code);
        trie.wideEdges[bit >>> 5] = trie.wideEdges[bit >>> 5]! | (1 << (bit & 31));
      }
    }
    trie.endStart[node.id] = ends;
    trie.endCount[node.id] = node.ends.length;
    for (const e of node.ends) {
      trie.endSlot[ends] = e.slot;
      trie.endSeq[ends++] = e.seq;
    }
  }
  for (const [code, child] of root.children) trie.rootChild[code] = child.id;
  return trie;
}

/** The child of `node` by `code`, or 0. */
export function trieChild(trie: FlatTrie, node: number, code: number): number {
  const count = trie.childCount[node]!;
  if (count > WIDE) {
    const bit = edgeBit(node, code);
    if ((trie.wideEdges[bit >>> 5]! & (1 << (bit & 31))) === 0) return 0;
  }
  let lo = trie.childStart[node]!;
  let hi = lo + count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = trie.childCode[mid]!;
    if (c === code) return trie.childNode[mid]!;
    if (c < code) lo = mid + 1;
    else hi = mid;
  }
  return 0;
}
