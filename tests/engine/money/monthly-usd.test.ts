import { describe, expect, it } from 'vitest';
import { monthlyUsd } from '../../../src/engine/money/monthly-usd';
import { RATES_DATE, toUsd, USD_PER_UNIT } from '../../../src/engine/money/rates';

describe('rates', () => {
  it('are dated and cover the currencies of the region', () => {
    expect(RATES_DATE).toMatch(/^\d{4}-\d{2}$/);
    for (const code of ['USD', 'IDR', 'VND', 'PHP', 'MYR', 'THB', 'CNY', 'INR', 'KES', 'KHR', 'MMK', 'LAK']) {
      expect(USD_PER_UNIT[code], code).toBeGreaterThan(0);
    }
  });

  it('are roughly right (a sanity band, not a quote)', () => {
    expect(toUsd(16_900_000, 'IDR')).toBeCloseTo(1000, -2);
    expect(toUsd(26_000_000, 'VND')).toBeGreaterThan(900);
    expect(toUsd(26_000_000, 'VND')).toBeLessThan(1100);
    expect(toUsd(59_000, 'PHP')).toBeGreaterThan(900);
    expect(toUsd(59_000, 'PHP')).toBeLessThan(1100);
    expect(toUsd(100, 'XXX')).toBeUndefined();
  });
});

describe('monthlyUsd', () => {
  it('scales by period: hour ×173, day ×22, week ×4.33, year ÷12', () => {
    expect(monthlyUsd(10, 'USD', 'hour', false, false)).toBeCloseTo(1730);
    expect(monthlyUsd(100, 'USD', 'day', false, false)).toBeCloseTo(2200);
    expect(monthlyUsd(500, 'USD', 'week', false, false)).toBeCloseTo(2165);
    expect(monthlyUsd(1500, 'USD', 'month', false, false)).toBe(1500);
    expect(monthlyUsd(24_000, 'USD', 'year', false, false)).toBeCloseTo(2000);
  });

  it('reads a bare amount above 15,000 USD as a year’s pay', () => {
    expect(monthlyUsd(72_000, 'USD', undefined, true, false)).toBe(6000);
    expect(monthlyUsd(48_000, 'USD', undefined, false, true)).toBe(4000);
    expect(monthlyUsd(12_000, 'USD', undefined, true, false)).toBe(12_000); // still a month
    expect(monthlyUsd(20_000, 'USD', 'month', false, false)).toBe(20_000); // said so
  });

  it('gives nothing for one-off sums and unknown currencies', () => {
    expect(monthlyUsd(500, 'USD', 'once', true, false)).toBeUndefined();
    expect(monthlyUsd(5_000_000, 'XXX', 'month', true, false)).toBeUndefined();
  });

  it('assumes a month when no period is written and the amount looks like a salary', () => {
    expect(monthlyUsd(1500, 'USD', undefined, true, false)).toBe(1500); // salary word near
    expect(monthlyUsd(1500, 'USD', undefined, false, true)).toBe(1500); // no cue, plausible pay
    expect(monthlyUsd(25, 'USD', undefined, false, true)).toBeUndefined(); // too small to be a salary
    expect(monthlyUsd(1500, 'USD', undefined, false, false)).toBeUndefined(); // a cue, but not a salary
  });
});
