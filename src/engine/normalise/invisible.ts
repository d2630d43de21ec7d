// Characters that render as nothing and are used to split words so keyword filters miss them:
// format characters (zero-width space/joiners, bidi controls, soft hyphen, tags), variation
// selectors, the combining grapheme joiner and blank-looking letters (Hangul fillers, braille blank).
const FORMAT = /^\p{Cf}$/u;
const EXTRA_INVISIBLE = new Set([0x034f, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180e, 0x2800, 0x3164, 0xffa0]);

export function isInvisible(cp: number): boolean {
  if (cp < 0xad) return false;
  if ((cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef)) return true;
  if (EXTRA_INVISIBLE.has(cp)) return true;
  return FORMAT.test(String.fromCodePoint(cp));
}
