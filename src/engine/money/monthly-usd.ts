import type { MoneyPeriod } from '../../model/verdict';
import { toUsd } from './rates';

/** Months per period unit: 173 working hours, 22 working days, 4.33 weeks a month. */
const PER_MONTH: Readonly<Record<Exclude<MoneyPeriod, 'once'>, number>> = {
  hour: 173,
  day: 22,
  week: 4.33,
  month: 1,
  year: 1 / 12,
};

/** Monthly US-dollar amounts in this range are read as a salary when nothing says otherwise. */
const PLAUSIBLE_MONTHLY_USD = { min: 100, max: 50_000 } as const;

/** Above this, an amount with no period is a year's pay ("€75,000 – €95,000", "CAD 48,000"): ads that
 * promise more than this a month say "a month", and annual salaries are usually written bare. */
const ANNUAL_FROM_USD = 15_000;

/**
 * The upper end of a pay range in US dollars a month.
 * - once (a fee, a penalty): undefined, it is not income;
 * - no period: the amount is assumed to be monthly when it looks like a salary — a salary word is
 *   near, the field is the ad's salary field, or, with no fee word either, the amount lands between
 *   100 and 50,000 USD a month (most ads state monthly pay without saying so) — and yearly above
 *   15,000 USD;
 * - unknown currency: undefined.
 */
export function monthlyUsd(
  max: number,
  currency: string,
  period: MoneyPeriod | undefined,
  salaryLike: boolean,
  noCue: boolean,
): number | undefined {
  if (period === 'once') return undefined;
  const usd = toUsd(max, currency);
  if (usd === undefined) return undefined;
  if (period !== undefined) return round2(usd * PER_MONTH[period]);
  const perMonth = usd > ANNUAL_FROM_USD ? usd / 12 : usd;
  if (salaryLike) return round2(perMonth);
  if (noCue && usd >= PLAUSIBLE_MONTHLY_USD.min && usd <= PLAUSIBLE_MONTHLY_USD.max) return round2(perMonth);
  return undefined;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
