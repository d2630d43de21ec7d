/**
 * Reading words backwards from a position, without RegExps: the cue checks before every amount
 * and every phone number must cost a few character tests, not a scan.
 */

export const OTHER = 0;
/** a–z and accented Latin, including Vietnamese. */
export const LATIN = 1;
/** Scripts written without spaces between words: Thai, Lao, Khmer, Myanmar, CJK, Hangul. */
export const UNSPACED = 2;
export type CharClass = typeof OTHER | typeof LATIN | typeof UNSPACED;

export function charClass(code: number): CharClass {
  if (code >= 0x61 && code <= 0x7a) return LATIN;
  if (code < 0xc0) return OTHER;
  if (code <= 0x24f) return code === 0xd7 || code === 0xf7 ? OTHER : LATIN;
  if (code >= 0x1e00 && code <= 0x1eff) return LATIN;
  if (code >= 0x0300 && code <= 0x036f) return LATIN; // combining accents
  if (code >= 0x0e00 && code <= 0x0eff) return UNSPACED; // Thai, Lao
  if (code >= 0x1000 && code <= 0x109f) return UNSPACED; // Myanmar
  if (code >= 0x1780 && code <= 0x17ff) return UNSPACED; // Khmer
  if (code >= 0x3040 && code <= 0x9fff && code !== 0x3000) return UNSPACED; // kana, CJK
  if (code >= 0xac00 && code <= 0xd7af) return UNSPACED; // Hangul
  if (code >= 0xf900 && code <= 0xfaff) return UNSPACED;
  return OTHER;
}

/** Start of the run of `cls` characters that ends at `end` (bounded by `floor` and `max` units). */
export function runStart(text: string, end: number, floor: number, cls: CharClass, max: number): number {
  let i = end;
  while (i > floor && end - i < max && charClass(text.charCodeAt(i - 1)) === cls) i--;
  return i;
}

/**
 * The key of `table` that ends exactly at `end` inside an unspaced run starting at `start`, trying
 * the given key lengths (longest first). For "我们的月薪" and a table with "月薪" it finds "月薪".
 */
export function unspacedKeyEndingAt<T>(
  table: Readonly<Record<string, T>>,
  lengths: readonly number[],
  text: string,
  start: number,
  end: number,
): { key: string; value: T } | undefined {
  // A key ending at `end` ends with the unit before it: most positions are ruled out without slicing.
  if (lastUnitsOf(table)[text.charCodeAt(end - 1)] === 0) return undefined;
  for (const len of lengths) {
    if (end - len < start) continue;
    const key = text.slice(end - len, end);
    const value = table[key];
    if (value !== undefined) return { key, value };
  }
  return undefined;
}

const lastUnits = new WeakMap<object, Uint8Array>();

/** lastUnitsOf(table)[code] is 1 when some key of the (constant) table ends with that unit. */
function lastUnitsOf(table: object): Uint8Array {
  let units = lastUnits.get(table);
  if (!units) {
    units = new Uint8Array(0x10000);
    for (const key of Object.keys(table)) if (key.length > 0) units[key.charCodeAt(key.length - 1)] = 1;
    lastUnits.set(table, units);
  }
  return units;
}

/** Distinct lengths of the unspaced-script keys of a table, longest first. */
export function unspacedKeyLengths(keys: Iterable<string>): number[] {
  const lengths = new Set<number>();
  for (const k of keys) if (charClass(k.charCodeAt(0)) === UNSPACED) lengths.add(k.length);
  return [...lengths].sort((a, b) => b - a);
}
