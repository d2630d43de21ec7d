// Character classes by UTF-16 code unit, decided once per code and cached: the normaliser asks for
// every character of every post, and a Unicode RegExp per character is the slow part otherwise.
const LETTER = 1;
const NUMBER = 2;
const OTHER = 3;
const LETTER_RE = /^\p{L}$/u;
const NUMBER_RE = /^\p{N}$/u;
const table = new Uint8Array(0x10000);

function classOf(code: number): number {
  let c = table[code]!;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    // Surrogate halves belong to letters of supplementary planes often enough (CJK extensions) to count as letters.
    c = LETTER_RE.test(ch) || (code >= 0xd800 && code <= 0xdfff) ? LETTER : NUMBER_RE.test(ch) ? NUMBER : OTHER;
    table[code] = c;
  }
  return c;
}

export function isLetterCode(code: number): boolean {
  if (code < 0x80) return code >= 97 && code <= 122;
  return code === code && classOf(code) === LETTER; // NaN (past the end) is not a letter
}

export function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  return code === code && classOf(code) !== OTHER;
}

/** Letters of any script (lower-case ASCII in normalised text). */
export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && isLetterCode(ch.charCodeAt(0));
}

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && isWordCode(ch.charCodeAt(0));
}
