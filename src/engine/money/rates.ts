/**
 * Fixed, approximate exchange rates: US dollars per one unit of each currency.
 *
 * Used only to put salaries on one scale ("is this pay unusually high for the job?"), never to
 * show a price, so ±10 % is good enough and a fixed table keeps the engine deterministic.
 *
 * Date: mid-January 2026 (rounded mid-market levels).
 * Sources: IMF SDR valuation table of 16 Jan 2026 (as republished by Business Recorder) for
 * CNY, EUR, JPY, GBP, AUD, BRL, CAD, INR, KRW, MYR, PHP; Reuters Asian-currency quotes of
 * 5 Jan 2026 for THB, SGD, TWD; press reports of the JISDOR rate (~16,900) for IDR; fixed pegs
 * for HKD, AED, NPR. VND, KHR, MMK, LAK, KES, UGX, ETB, NGN, PKR, LKR, BDT are the author's
 * rounded estimates of late-2025 market levels and were not checked against a live source.
 * MMK uses the parallel-market level, which is what migrants are actually paid at.
 * Re-check the whole table at least once a year.
 */
export const RATES_DATE = '2026-01';

export const USD_PER_UNIT: Readonly<Record<string, number>> = {
  USD: 1,
  IDR: 1 / 16_900,
  VND: 1 / 26_300,
  PHP: 1 / 59.4,
  MYR: 1 / 4.06,
  THB: 1 / 31.5,
  CNY: 1 / 6.97,
  INR: 1 / 90.6,
  KES: 1 / 129,
  KHR: 1 / 4_010,
  MMK: 1 / 4_300,
  LAK: 1 / 21_700,
  SGD: 1 / 1.29,
  HKD: 1 / 7.8,
  TWD: 1 / 31.4,
  EUR: 1.16,
  GBP: 1.34,
  AUD: 0.67,
  CAD: 0.72,
  JPY: 1 / 158,
  KRW: 1 / 1_470,
  AED: 1 / 3.6725,
  BRL: 1 / 5.38,
  UGX: 1 / 3_600,
  ETB: 1 / 150,
  NGN: 1 / 1_450,
  PKR: 1 / 281,
  LKR: 1 / 300,
  BDT: 1 / 122,
  NPR: 1 / 145,
};

/** Converts an amount to US dollars, or undefined for a currency the table does not know. */
export function toUsd(amount: number, currency: string): number | undefined {
  const rate = USD_PER_UNIT[currency];
  return rate === undefined ? undefined : amount * rate;
}
