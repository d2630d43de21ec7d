import { describe, expect, test } from 'vitest';
import { normalise } from '../../src/engine/normalise/normalise';
import type { TextView } from '../../src/engine/normalise/text-view';

// The passes copy unchanged text and spans a run at a time; these pin the units and spans at the
// edges of runs (surrogates, CRLF, combining marks, empty and huge texts), unit by unit.

const spans = (v: TextView) => Array.from({ length: v.text.length }, (_, i) => [v.start[i], v.end[i]]);
const units = (v: TextView) => Array.from({ length: v.text.length }, (_, i) => [v.text.charCodeAt(i), v.start[i], v.end[i]]);

describe('light and full views at the edges of runs', () => {
  test('an empty text', () => {
    const { light, full } = normalise('');
    expect([light.text, light.start.length, full.text, full.start.length]).toEqual(['', 0, '', 0]);
  });

  test('CRLF reads as LF; a lone line break is trimmed from the full view', () => {
    expect(units(normalise('\r\n').light)).toEqual([[10, 1, 2]]);
    expect(normalise('\r\n').full.text).toBe('');
    const { light, full } = normalise('A\r\nB');
    expect(units(light)).toEqual([[97, 0, 1], [10, 2, 3], [98, 3, 4]]);
    expect(units(full)).toEqual(units(light));
  });

  test('control characters become spaces, DEL stays', () => {
    expect(units(normalise('Ab\u0000c\u007f').light)).toEqual([[97, 0, 1], [98, 1, 2], [32, 2, 3], [99, 3, 4], [127, 4, 5]]);
  });

  test('a surrogate pair keeps the span of both halves', () => {
    const { light } = normalise('😀 x');
    expect(light.text).toBe('😀 x');
    expect(spans(light)).toEqual([[0, 2], [0, 2], [2, 3], [3, 4]]);
  });

  test('lone surrogates pass through', () => {
    expect(units(normalise('a\ud800b').full)).toEqual([[97, 0, 1], [0xd800, 1, 2], [98, 2, 3]]);
    expect(units(normalise('\udc00A').full)).toEqual([[0xdc00, 0, 1], [97, 1, 2]]);
  });

  test('marks after an ASCII letter stay apart in the light view and drop in the full view', () => {
    const { light, full } = normalise('ti\u0301e\u0301n');
    expect(light.text).toBe('ti\u0301e\u0301n');
    expect(spans(light)).toEqual([[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 6]]);
    expect(full.text).toBe('tien');
    expect(spans(full)).toEqual([[0, 1], [1, 3], [3, 5], [5, 6]]);
  });

  test('a Thai letter and its marks share one span', () => {
    const { light, full } = normalise('\u0e17\u0e35\u0e48');
    expect(light.text).toBe('\u0e17\u0e35\u0e48');
    expect(spans(light)).toEqual([[0, 3], [0, 3], [0, 3]]);
    expect(spans(full)).toEqual(spans(light));
  });

  test('full-width letters and commas fold one to one', () => {
    expect(units(normalise('ＡＢ，Ｃ').light)).toEqual([[97, 0, 1], [98, 1, 2], [44, 2, 3], [99, 3, 4]]);
  });

  test('a capital that lower-cases to two units', () => {
    const { light, full } = normalise('İstanbul');
    expect(light.text).toBe('i\u0307stanbul');
    expect(spans(light).slice(0, 3)).toEqual([[0, 1], [0, 1], [1, 2]]);
    expect(full.text).toBe('istanbul');
  });

  test('whitespace runs, leetspeak and split letters, with their spans', () => {
    const full = normalise('  K4mboja  \n\n  W.A @x ').full;
    expect(full.text).toBe('kamboja\nwa @x');
    expect(spans(full)).toEqual([[2, 3], [3, 4], [4, 5], [5, 6], [6, 7], [7, 8], [8, 9], [9, 15], [15, 16], [17, 18], [18, 19], [19, 20], [20, 21]]);
  });

  test('"@" right after split letters stays', () => {
    const full = normalise('a.b@c').full;
    expect(full.text).toBe('ab@c');
    expect(spans(full)).toEqual([[0, 1], [2, 3], [3, 4], [4, 5]]);
  });
});

describe('a 5 MB text', () => {
  test('folds like its parts, with spans in order', () => {
    const line = 'Kerja K4mboja gaji 1500$, T e l e g r a m\r\n';
    const count = Math.ceil((5 * 1024 * 1024) / line.length);
    const text = line.repeat(count);
    const { light, full } = normalise(text);
    expect(light.text.length).toBe(text.length - count);
    expect(full.text).toBe(Array(count).fill('kerja kamboja gaji 1500$, telegram').join('\n'));
    for (let i = 0; i < full.text.length; i += 997) {
      expect(full.start[i]).toBeLessThan(full.end[i]!);
      if (i > 0) expect(full.start[i]).toBeGreaterThanOrEqual(full.end[i - 1]!);
    }
    expect(full.end[full.text.length - 1]).toBe(text.length - 2);
  });
});
