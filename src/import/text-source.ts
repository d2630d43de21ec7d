import { buildRecord } from './build-post';
import { stripBom, type ImportSource } from './import-source';
import { oversizeReason } from './messages';
import type { ParseOptions } from './types';

/** A line of only `---`, `===` or `***` (three or more of one character, spaces around allowed). */
const SEPARATOR_LINE = /^[ \t]*(?:-{3,}|={3,}|\*{3,})[ \t]*$/;

/**
 * Pasted text: one ad, or several separated by a separator line or by two or more blank lines in a
 * row. One blank line is a paragraph break inside an ad, which is how ads are written; two are
 * what people leave between pasted ads. Empty chunks are skipped. Refs are 'ad N'.
 */
export function textSource(input: string, opts: ParseOptions & { maxFieldChars: number }): ImportSource {
  const ads = splitAds(stripBom(input));
  return {
    format: 'text',
    errors: [],
    total: ads.length,
    read(index) {
      const text = ads[index];
      if (text === undefined) throw new RangeError('no such item');
      const row = index + 1;
      const ref = `ad ${row}`;
      const tooLong = oversizeReason('the ad', text.length, opts.maxFieldChars);
      if (tooLong) return { ref, row, reason: tooLong };
      const built = buildRecord(new Map([['text', text]]), { text: 'text' }, {
        ref,
        row,
        defaultPlatform: opts.defaultPlatform,
        defaultKind: 'pasted',
        maxFieldChars: opts.maxFieldChars,
      });
      return 'reason' in built ? { ref, row, reason: built.reason } : built;
    },
  };
}

/** The ads in pasted text, trimmed, in order. */
export function splitAds(text: string): string[] {
  const ads: string[] = [];
  let current: string[] = [];
  let blankRun = 0;
  const flush = (): void => {
    const ad = current.join('\n').trim();
    if (ad !== '') ads.push(ad);
    current = [];
  };
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (SEPARATOR_LINE.test(line)) {
      flush();
      blankRun = 0;
    } else if (line.trim() === '') {
      blankRun++;
      if (blankRun === 2) flush();
      else if (blankRun === 1) current.push('');
    } else {
      blankRun = 0;
      current.push(line);
    }
  }
  flush();
  return ads;
}
