import { explain } from '../core/rules/explain';
import { grade } from '../core/rules/grade';
import { progress } from '../core/rules/progress';
import { status } from '../core/rules/status';
import { threshold } from '../core/rules/threshold';
import { withdrawal } from '../core/rules/withdrawal';
import type { CellValue } from '../core/cell';
import type { Result } from '../core/result';
import { readFiscalYear, toWareki } from '../core/values/fiscal-year';
import { readValue } from '../core/values/quantity';
import { readTarget } from '../core/values/target';
import type { ParsedTarget } from '../core/values/target-types';
import { cellFunctionDef, type ExcelCell, type FunctionDef, type ParameterDef } from './broadcast';
import { planPeriodFor } from './period';
import { profileFor } from './profile';
import { evaluate } from '../core/rules/evaluate';
import { gradeUnder, judgeStatus } from '../core/plan/judge';
import { readPeriod } from '../core/rules/threshold';
import { summaryDef } from './summary';

/**
 * THE table of KUSEI's custom functions: for each, its id (the name in Excel), its description, its
 * parameters in order (name and description as message codes, so Japanese and English both come
 * from the one message table, src/core/messages/functions.ts), which are optional, the core function
 * it applies and how wide a result is. Everything else is made from this:
 * - functions.json and functions.ja-JP.json (metadata.ts, written by the build: webpack.config.js);
 * - the functions Excel calls, and their registration (one `CustomFunctions.associate` loop in
 *   functions.ts), through the one converting and broadcasting helper (broadcast.ts);
 * - the tests' expectations of ids and parameters come from the metadata, not a copy.
 * Names follow Microsoft's naming rules: at least three characters, none the same as a built-in
 * Excel function (so FISCALYEAR, not FY; NUMBER, not VALUE). The library API (dist/lib) keeps its
 * own names (fy, value).
 */
const ACTUAL: ParameterDef = { name: 'FN_NAME_ACTUAL', description: 'FN_PARAM_ACTUAL' };
const TARGET_TEXT: ParameterDef = { name: 'FN_NAME_TARGET', description: 'FN_PARAM_TARGET' };
const YEAR: ParameterDef = { name: 'FN_NAME_YEAR', description: 'FN_PARAM_YEAR' };
const YEARS: ParameterDef = { name: 'FN_NAME_YEARS', description: 'FN_PARAM_YEARS' };
const OMITTABLE_YEAR: ParameterDef = { name: 'FN_NAME_YEAR', description: 'FN_PARAM_YEAR_OMITTABLE', optional: true };
const OMITTABLE_YEARS: ParameterDef = {
  name: 'FN_NAME_YEARS',
  description: 'FN_PARAM_YEARS_OMITTABLE',
  optional: true,
};
const OMITTABLE_PROFILE: ParameterDef = { name: 'FN_NAME_PROFILE', description: 'FN_PARAM_PROFILE', optional: true };

/** STATUS under a profile: the city policy's rule when none is chosen, else the profile's (core/plan). */
function statusUnder(
  actual: CellValue,
  target: CellValue,
  year: CellValue,
  years: CellValue,
  profileArg: CellValue,
): Result<string> {
  const profile = profileFor(profileArg);
  if (profile !== null && 'error' in profile) return profile;
  const period = planPeriodFor(target, year, years);
  if ('error' in period) return period;
  if (profile === null) return status(actual, target, period.year, period.years);
  const checked = readPeriod(period.year, period.years);
  if ('error' in checked) return checked;
  const judged = judgeStatus(actual, target, checked, profile);
  return 'error' in judged ? judged : judged.status;
}

/** GRADE under a profile: A/B (R3), or the profile's bands (S/A/B/C against a baseline). */
function gradeUnderProfile(actual: CellValue, target: CellValue, profileArg: CellValue): Result<string> {
  const profile = profileFor(profileArg);
  if (profile === null) return grade(actual, target);
  if ('error' in profile) return profile;
  const evaluation = evaluate(actual, target, undefined, undefined, { progressMethod: profile.progress });
  return 'error' in evaluation ? evaluation : gradeUnder(evaluation, profile);
}

/** TARGET's columns, in order (docs/functions.md lists them for users). */
export const TARGET_COLUMNS = ['value', 'unit', 'direction', 'targetYear', 'baseline'] as const;

/** STATUS and EXPLAIN: the plan period first (period.ts), then the core rule. */
function inPlanPeriod<Out>(
  rule: (actual: unknown, target: unknown, year: unknown, years: unknown) => Result<Out>,
): (actual: CellValue, target: CellValue, year: CellValue, years: CellValue) => Result<Out> {
  return (actual, target, year, years) => {
    const period = planPeriodFor(target, year, years);
    return 'error' in period ? period : rule(actual, target, period.year, period.years);
  };
}

export const FUNCTIONS = [
  cellFunctionDef<number, 'PROGRESS'>({
    id: 'PROGRESS',
    description: 'FN_PROGRESS',
    parameters: [
      ACTUAL,
      TARGET_TEXT,
      { name: 'FN_NAME_BASELINE', description: 'FN_PARAM_BASELINE', optional: true },
      { name: 'FN_NAME_DIRECTION', description: 'FN_PARAM_DIRECTION', optional: true },
    ],
    compute: (actual, target, baseline, direction) => progress(actual, target, baseline, direction),
  }),
  cellFunctionDef<string, 'STATUS'>({
    id: 'STATUS',
    description: 'FN_STATUS',
    parameters: [ACTUAL, TARGET_TEXT, OMITTABLE_YEAR, OMITTABLE_YEARS, OMITTABLE_PROFILE],
    compute: statusUnder,
  }),
  cellFunctionDef<string, 'GRADE'>({
    id: 'GRADE',
    description: 'FN_GRADE',
    parameters: [ACTUAL, TARGET_TEXT, OMITTABLE_PROFILE],
    compute: gradeUnderProfile,
  }),
  cellFunctionDef<string, 'WITHDRAWAL'>({
    id: 'WITHDRAWAL',
    description: 'FN_WITHDRAWAL',
    parameters: [
      ACTUAL,
      { name: 'FN_NAME_ACTIVITY_TARGET', description: 'FN_PARAM_ACTIVITY_TARGET' },
      { name: 'FN_NAME_CRITERION', description: 'FN_PARAM_CRITERION' },
    ],
    compute: (actual, target, criterion) => withdrawal(actual, target, criterion),
  }),
  cellFunctionDef<number, 'THRESHOLD'>({
    id: 'THRESHOLD',
    description: 'FN_THRESHOLD',
    parameters: [YEAR, YEARS],
    compute: (year, years) => threshold(year, years),
  }),
  cellFunctionDef<number, 'FISCALYEAR'>({
    id: 'FISCALYEAR',
    description: 'FN_FISCALYEAR',
    parameters: [{ name: 'FN_NAME_FISCAL_YEAR_TEXT', description: 'FN_PARAM_FISCAL_YEAR_TEXT' }],
    compute: (text) => readFiscalYear(text),
  }),
  cellFunctionDef<string, 'WAREKI'>({
    id: 'WAREKI',
    description: 'FN_WAREKI',
    parameters: [{ name: 'FN_NAME_WESTERN_YEAR', description: 'FN_PARAM_WESTERN_YEAR' }],
    compute: (year) => toWareki(year),
  }),
  cellFunctionDef<number, 'NUMBER'>({
    id: 'NUMBER',
    description: 'FN_NUMBER',
    parameters: [{ name: 'FN_NAME_VALUE_TEXT', description: 'FN_PARAM_VALUE_TEXT' }],
    compute: (text) => readValue(text),
  }),
  cellFunctionDef<ParsedTarget, 'TARGET'>({
    id: 'TARGET',
    description: 'FN_TARGET',
    parameters: [TARGET_TEXT],
    compute: (text) => readTarget(text),
    toCells: targetRow,
    width: TARGET_COLUMNS.length,
  }),
  cellFunctionDef<string, 'EXPLAIN'>({
    id: 'EXPLAIN',
    description: 'FN_EXPLAIN',
    parameters: [ACTUAL, TARGET_TEXT, OMITTABLE_YEAR, OMITTABLE_YEARS],
    compute: inPlanPeriod((actual, target, year, years) => explain(actual, target, year, years)),
  }),
  summaryDef,
] as const satisfies readonly FunctionDef[];

/** KUSEI.<id> for every function of the table. */
export type FunctionId = (typeof FUNCTIONS)[number]['id'];

/** One target as a row of cells, in the words the documents use; "" where the text gives nothing. */
function targetRow(parsed: ParsedTarget): readonly ExcelCell[] {
  const direction = parsed.direction === 'higher' ? (parsed.strict ? '超' : '以上') : parsed.strict ? '未満' : '以下';
  return [parsed.value ?? '', parsed.unit ?? '', direction, parsed.targetYear ?? '', baselineCell(parsed)];
}

function baselineCell(parsed: ParsedTarget): ExcelCell {
  const baseline = parsed.baseline;
  if (baseline === null) return '';
  if (baseline.value !== null) return baseline.value.value;
  if (baseline.ref.kind === 'previousYear') return '前年度';
  if (baseline.ref.kind === 'year') {
    const era = toWareki(baseline.ref.year);
    return typeof era === 'string' ? era : baseline.ref.year;
  }
  return '基準値';
}
