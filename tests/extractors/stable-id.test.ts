import { describe, expect, test } from 'vitest';
import { fnv1a32, stableId } from '../../src/extractors/stable-id';

describe('fnv1a32', () => {
  test.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('%j', (input, expected) => {
    expect(fnv1a32(input)).toBe(expected);
  });
});

describe('stableId', () => {
  test('is 8 hex digits and the same for the same parts', () => {
    const id = stableId(['Rina', 'Lowongan kerja di Kamboja']);
    expect(id).toMatch(/^[0-9a-f]{8}$/);
    expect(stableId(['Rina', 'Lowongan kerja di Kamboja'])).toBe(id);
  });

  test('separates parts, so moving a boundary changes the id', () => {
    expect(stableId(['ab', 'c'])).not.toBe(stableId(['a', 'bc']));
  });

  test('treats a missing part as empty', () => {
    expect(stableId([undefined, 'text'])).toBe(stableId(['', 'text']));
  });
});
