// Passages a post quotes from somewhere else: "Is this legit? 'Salary 1500 USD, free visa…'" quotes an
// offer without making one. Only passages long enough to be a quoted message count, so a quoted word
// ("so-called "typing" jobs") is not one.

/** Shortest quoted passage that reads as a quoted message rather than a quoted word, in Latin-letter
 * characters; a Chinese or Japanese character says about as much as three of them. */
const MIN_QUOTED_CHARS = 40;
const DENSE_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;

function messageLength(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to && n < MIN_QUOTED_CHARS; i++) n += DENSE_SCRIPT.test(text[i]!) ? 3 : 1;
  return n;
}

/** Opening mark → closing mark. Straight double quotes open and close alike. */
const PAIRS: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ['“', '”'],
  ['„', '“'],
  ['«', '»'],
  ['「', '」'],
  ['『', '』'],
]);

export type Passage = readonly [start: number, end: number];

/** Quoted passages of `text` as [start, end) ranges, innermost marks excluded; unclosed quotes are ignored. */
export function quotedPassages(text: string): Passage[] {
  const out: Passage[] = [];
  let open = -1;
  let close = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (open < 0) {
      const closing = PAIRS.get(c);
      if (closing !== undefined) {
        open = i;
        close = closing;
      }
    } else if (c === close) {
      if (messageLength(text, open + 1, i) >= MIN_QUOTED_CHARS) out.push([open + 1, i]);
      open = -1;
    }
  }
  return out;
}

/** True when [start, end) lies inside one of the passages. */
export function insidePassage(passages: readonly Passage[], start: number, end: number): boolean {
  for (const [s, e] of passages) if (start >= s && end <= e) return true;
  return false;
}
