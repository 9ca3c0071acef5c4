import { kuseiError } from '../core/messages/value-errors';
import type { Result } from '../core/result';
import { isOmitted, readCount } from '../core/rules/args';
import type { PlanPeriod } from '../core/rules/threshold';
import { describeValue } from '../core/values/describe';
import { toWareki } from '../core/values/fiscal-year';
import { readTarget } from '../core/values/target';
import { functionSettings } from './settings';

/**
 * The plan period KUSEI.STATUS and KUSEI.EXPLAIN judge in (issue 14 §4), before the core rule runs:
 *
 * - year and years given: passed on as written (the core checks 1 ≤ k ≤ n), except that a number
 *   above 10 is a fiscal year written by mistake (2015, 27 for 平成27年度): #NUM! saying so, instead of
 *   a plan "27 years long" that would judge against the wrong threshold;
 * - both omitted: the workbook's plan period when the pane has set one (settings.ts); else, for a
 *   target that names a target year (H29年度までに…, a multi-year plan), #N/A asking for 何年目 and
 *   年数 — reading it as 1 of 1 would say 必ずしも順調ではない where the city publishes 概ね順調; a
 *   target without a year keeps meaning 1 of 1 (a single-year target).
 *
 * Returns the year and years to hand the core (null = omitted), or the error.
 */
export interface PeriodArguments {
  readonly year: unknown;
  readonly years: unknown;
}

/** Plans here run 3–4 years (domain README §1); 10 leaves room and stays far below any year number. */
const MAX_PLAN_YEARS = 10;

export function planPeriodFor(target: unknown, year: unknown, years: unknown): Result<PeriodArguments> {
  // A column judged against one year and period asks the same question on every row.
  if (year === lastYear && years === lastYears && lastWritten !== null) return lastWritten;
  const yearOmitted = isOmitted(year);
  const yearsOmitted = isOmitted(years);
  if (yearOmitted && yearsOmitted) return omittedPeriod(target);
  const written = writtenPeriod(year, years, yearOmitted, yearsOmitted);
  lastYear = year;
  lastYears = years;
  lastWritten = written;
  return written;
}

let lastYear: unknown = undefined;
let lastYears: unknown = undefined;
let lastWritten: Result<PeriodArguments> | null = null;

function writtenPeriod(
  year: unknown,
  years: unknown,
  yearOmitted: boolean,
  yearsOmitted: boolean,
): Result<PeriodArguments> {
  if (!yearOmitted && looksLikeFiscalYear(year)) return fiscalYearError(year);
  if (!yearsOmitted && looksLikeFiscalYear(years)) return fiscalYearError(years);
  return { year, years };
}

function omittedPeriod(target: unknown): Result<PeriodArguments> {
  const known = functionSettings().planPeriod;
  if (known !== null) return known satisfies PlanPeriod;
  const parsed = readTarget(target);
  if ('error' in parsed || parsed.targetYear === null) return { year: null, years: null };
  const era = toWareki(parsed.targetYear);
  return kuseiError('#N/A', 'PERIOD_NEEDED', {
    target: describeValue(target),
    targetYear: typeof era === 'string' ? era : parsed.targetYear,
    fiscalYear: parsed.targetYear,
  });
}

function looksLikeFiscalYear(value: unknown): boolean {
  const count = readCount(value);
  return count !== null && count > MAX_PLAN_YEARS;
}

function fiscalYearError(value: unknown): Result<PeriodArguments> {
  return kuseiError('#NUM!', 'PERIOD_LOOKS_LIKE_FISCAL_YEAR', { value: describeValue(value) });
}
