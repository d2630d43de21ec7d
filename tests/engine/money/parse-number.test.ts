import { describe, expect, it } from 'vitest';
import { parseAmountDigits } from '../../../src/engine/money/parse-number';

describe('parseAmountDigits', () => {
  it.each([
    ['15000', 'none', 15000],
    ['15.000.000', 'none', 15_000_000], // Indonesian / Vietnamese thousands dots
    ['1.200.000', 'none', 1_200_000],
    ['250.000', 'none', 250_000],
    ['1,500', 'none', 1500],
    ['1,200,000', 'none', 1_200_000],
    ['12.50', 'none', 12.5],
    ['7,5', 'large', 7.5], // "7,5 juta"
    ['1.2', 'small', 1.2], // "1.2k"
    ['1.500', 'large', 1.5], // "1.500 juta" reads as 1.5 juta
    ['7.500', 'small', 7500], // "7.500k" reads as 7,500 thousand
    ['1.200,50', 'none', 1200.5],
    ['1,200.50', 'none', 1200.5],
    ['5.000.000,00', 'none', 5_000_000],
    ['0,5', 'large', 0.5],
  ] as const)('%s with multiplier %s is %d', (token, size, value) => {
    expect(parseAmountDigits(token, size)).toBe(value);
  });

  it.each(['0812', '08.00', '1.23.456', '2024.10.15', '1,200,00', '1.2.3,4', '1234567890123456'])(
    'rejects %s',
    (token) => {
      expect(parseAmountDigits(token, 'none')).toBeUndefined();
    },
  );
});
