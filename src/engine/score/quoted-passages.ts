// Passages a post quotes from somewhere else: 'Is this legit? "Salary 1500 USD, free visa…"' quotes an
// offer without making one. Double quotation marks only: single quotes are also apostrophes. Only passages long enough to be a quoted message count, so a quoted word
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

const OPENING_MARK = /["“„«「『]/g;

/** Quoted passages of `text` as [start, end) ranges, the marks excluded; an unclosed quote ends the search. */
export function quotedPassages(text: string): Passage[] {
  const out: Passage[] = [];
  OPENING_MARK.lastIndex = 0;
  for (let m = OPENING_MARK.exec(text); m !== null; m = OPENING_MARK.exec(text)) {
    const open = m.index;
    const close = text.indexOf(PAIRS.get(m[0])!, open + 1);
    if (close < 0) break;
    if (messageLength(text, open + 1, close) >= MIN_QUOTED_CHARS) out.push([open + 1, close]);
    OPENING_MARK.lastIndex = close + 1;
  }
  return out;
}

/** True when [start, end) lies inside one of the passages. */
export function insidePassage(passages: readonly Passage[], start: number, end: number): boolean {
  for (const [s, e] of passages) if (start >= s && end <= e) return true;
  return false;
}
