// Diacritics are dropped from Latin letters so "lương cao" and "luong cao" read the same (scammers
// often type Vietnamese without marks). Other scripts keep their marks: Thai or Khmer vowels are marks.
const BASIC_LATIN = /^[a-z]$/;
const MARKS = /\p{M}/gu;
const SPECIAL: Readonly<Record<string, string>> = { đ: 'd', ð: 'd', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe' };
const cache = new Map<string, string>();

export function foldLatin(ch: string): string {
  const cached = cache.get(ch);
  if (cached !== undefined) return cached;
  let out = SPECIAL[ch];
  if (out === undefined) {
    const decomposed = ch.normalize('NFD');
    out = BASIC_LATIN.test(decomposed[0] ?? '') ? decomposed.replace(MARKS, '') : ch;
  }
  if (cache.size < 20_000) cache.set(ch, out);
  return out;
}
