/**
 * KUSEI's custom functions (namespace KUSEI). Each is a thin wrapper: the spec in definitions.ts
 * says which core function it applies, rangeFunction does the argument conversion, broadcasting and
 * error cells. Every parameter is a matrix so that a single cell and a whole column take the same
 * path; optional arguments arrive as null. Not volatile, no network, no cell changes.
 *
 * The JSDoc below is the source of functions.json (custom-functions-metadata-plugin); the Japanese
 * descriptions are in descriptions.ja-JP.json and make functions.ja-JP.json at build time.
 */
import { rangeFunction } from './broadcast';
import * as specs from './definitions';
import { functionAssociation } from './runtime';
import { summary as summaryTable } from './summary';

// The metadata plugin appends `CustomFunctions.associate("ID", fn);` to this file. This name makes
// those calls safe where Excel's runtime is absent (see runtime.ts).
const CustomFunctions = functionAssociation();

const progressOf = rangeFunction(specs.PROGRESS);
const statusOf = rangeFunction(specs.STATUS);
const gradeOf = rangeFunction(specs.GRADE);
const withdrawalOf = rangeFunction(specs.WITHDRAWAL);
const thresholdOf = rangeFunction(specs.THRESHOLD);
const fyOf = rangeFunction(specs.FY);
const warekiOf = rangeFunction(specs.WAREKI);
const valueOf = rangeFunction(specs.VALUE);
const targetOf = rangeFunction(specs.TARGET);
const explainOf = rangeFunction(specs.EXPLAIN);

/**
 * Progress rate (R1): actual ÷ target, rounded to 0.1% (0.416 for 41.6%).
 * @customfunction PROGRESS
 * @param actual Actual value(s), e.g. 20.8% or "２０．８％".
 * @param target Target text(s) as written, e.g. "H29年度までに50%以上".
 * @param [baseline] Baseline value for a relative or lower-is-better target.
 * @param [direction] Direction overriding the target's: 以上 or 以下 (未満, 超).
 * @returns Progress rate as a fraction.
 */
export function progress(
  actual: unknown[][],
  target: unknown[][],
  baseline?: unknown[][],
  direction?: unknown[][],
): unknown[][] {
  return progressOf(actual, target, baseline, direction);
}

/**
 * Status in a multi-year plan (R2): 目標達成, 概ね順調, 必ずしも順調ではない or 未測定.
 * @customfunction STATUS
 * @param actual Actual value(s).
 * @param target Target text(s) as written.
 * @param [year] Year k of the plan period (default 1).
 * @param [years] Length n of the plan period in years (default 1).
 * @returns Status text.
 */
export function status(actual: unknown[][], target: unknown[][], year?: unknown[][], years?: unknown[][]): unknown[][] {
  return statusOf(actual, target, year, years);
}

/**
 * Single-year grade (R3): A when the actual meets the target, else B.
 * @customfunction GRADE
 * @param actual Actual value(s).
 * @param target Target text(s) as written, e.g. "48%以上".
 * @returns A or B.
 */
export function grade(actual: unknown[][], target: unknown[][]): unknown[][] {
  return gradeOf(actual, target);
}

/**
 * Withdrawal criterion (R4): 目標達成, 目標未達成 or 撤退基準未達成.
 * @customfunction WITHDRAWAL
 * @param actual Actual value(s) of the activity.
 * @param target Activity target(s), e.g. "1,000件以上".
 * @param criterion Withdrawal criterion, e.g. "600件未満" (below it the initiative is rebuilt).
 * @returns Withdrawal status text.
 */
export function withdrawal(actual: unknown[][], target: unknown[][], criterion: unknown[][]): unknown[][] {
  return withdrawalOf(actual, target, criterion);
}

/**
 * Expected progress in year k of n, rounded up at 0.1% (0.334 for 1 of 3).
 * @customfunction THRESHOLD
 * @param year Year k of the plan period.
 * @param years Length n of the plan period in years.
 * @returns Threshold as a fraction.
 */
export function threshold(year: unknown[][], years: unknown[][]): unknown[][] {
  return thresholdOf(year, years);
}

/**
 * Fiscal year as a western year: 平成27年度, H27年度 or 27年度 give 2015.
 * @customfunction FY
 * @param text Fiscal year as written.
 * @returns Western year.
 */
export function fy(text: unknown[][]): unknown[][] {
  return fyOf(text);
}

/**
 * Fiscal year in the Japanese era: 2024 gives 令和6年度, 2019 gives 令和元年度.
 * @customfunction WAREKI
 * @param year Western year.
 * @returns Fiscal year in the Japanese era.
 */
export function wareki(year: unknown[][]): unknown[][] {
  return warekiOf(year);
}

/**
 * The number a cell means: "５１．３％" gives 0.513, "15,914千円" gives 15914, "△5" gives -5.
 * @customfunction VALUE
 * @param text Value as written.
 * @returns Number.
 */
export function value(text: unknown[][]): unknown[][] {
  return valueOf(text);
}

/**
 * A target text read into one row: value, unit, direction, target year, baseline.
 * @customfunction TARGET
 * @param text Target text(s) as written, e.g. "H29年度までに50%以上".
 * @returns One row per target: value, unit, direction, target year, baseline.
 */
export function target(text: unknown[][]): unknown[][] {
  return targetOf(text);
}

/**
 * One sentence in Japanese showing the working behind the status.
 * @customfunction EXPLAIN
 * @param actual Actual value(s).
 * @param target Target text(s) as written.
 * @param [year] Year k of the plan period (default 1).
 * @param [years] Length n of the plan period in years (default 1).
 * @returns Explanation text.
 */
export function explain(
  actual: unknown[][],
  target: unknown[][],
  year?: unknown[][],
  years?: unknown[][],
): unknown[][] {
  return explainOf(actual, target, year, years);
}

/**
 * Table 2 (R8) from a consolidated sheet: per indicator cases, on track, of which achieved, behind, not measured, and a total row.
 * @customfunction SUMMARY
 * @param indicators Indicator ids, one case per row (e.g. 1-1-ア).
 * @param statuses Statuses of the same rows (as KUSEI.STATUS gives them).
 * @param [wards] Ward names of the same rows: a city-wide indicator then counts only the 全市 row.
 * @returns Table 2 with a header row and a total row.
 */
export function summary(indicators: unknown[][], statuses: unknown[][], wards?: unknown[][]): unknown[][] {
  return summaryTable(indicators, statuses, wards ?? null);
}

/** The ids above, for tests and the localized metadata check. */
export const FUNCTION_IDS = [
  'PROGRESS',
  'STATUS',
  'GRADE',
  'WITHDRAWAL',
  'THRESHOLD',
  'FY',
  'WAREKI',
  'VALUE',
  'TARGET',
  'EXPLAIN',
  'SUMMARY',
] as const;

void CustomFunctions;
