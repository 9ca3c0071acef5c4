import { kuseiError } from '../messages/value-errors';
import { describeValue } from '../values/describe';
import type { Result } from '../result';
import { isOmitted, readCount } from './args';
import { ceilRate } from './round';

/** A validated "year k of an n-year period". */
export interface PlanPeriod {
  readonly year: number;
  readonly years: number;
}

/** Reads k and n (omitted: 1 of 1); k must be 1..n. */
export function readPeriod(year: unknown, years: unknown): Result<PlanPeriod> {
  const k = isOmitted(year) ? 1 : readCount(year);
  const n = isOmitted(years) ? 1 : readCount(years);
  if (k === null || n === null || n < 1 || k < 1 || k > n) {
    return kuseiError('#NUM!', 'PERIOD_INVALID', { year: describe(year), years: describe(years) });
  }
  return { year: k, years: n };
}

function describe(value: unknown): string {
  if (isOmitted(value)) return '1';
  return describeValue(value);
}

/** R2: the progress expected in year k of n, k/n rounded UP at 0.1% (1/3 → 0.334, 2/3 → 0.667). */
export function thresholdOf(period: PlanPeriod): number {
  return ceilRate(period.year / period.years);
}

export function threshold(year: unknown, years: unknown): Result<number> {
  const period = readPeriod(year, years);
  return 'error' in period ? period : thresholdOf(period);
}
