/** Thai, Lao, Burmese, Khmer, kana, Han and Hangul units: scripts written without spaces between words. */
export function isUnspacedCode(c: number): boolean {
  return (c >= 0x0e00 && c <= 0x0eff) || (c >= 0x1000 && c <= 0x109f) || (c >= 0x1780 && c <= 0x17ff) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);
}

/** Whether text[from, to) has a unit of such a script (surrogate halves are none). */
export function hasUnspacedCode(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isUnspacedCode(text.charCodeAt(k))) return true;
  return false;
}
