/** Words between two spans of normalised text (whitespace is already collapsed to single spaces). */
export function wordsBetween(text: string, aEnd: number, bStart: number, limit: number): number {
  const from = Math.min(aEnd, bStart);
  const to = Math.max(aEnd, bStart);
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10) {
      count++;
      if (count > limit) return count;
    }
  }
  return count;
}
