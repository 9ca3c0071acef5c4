import { explain, fy, grade, progress, status, target, threshold, value, wareki, withdrawal } from '../lib';
import type { ParsedTarget } from '../core/values';
import { toWareki } from '../core/values';
import type { ExcelCell, FunctionSpec } from './broadcast';

/**
 * Every cell-by-cell KUSEI function as data: its id, its parameters (names as in functions.json) and
 * the core function it applies. The wrappers in functions.ts are made from these by rangeFunction.
 */
export const PROGRESS: FunctionSpec<number> = {
  id: 'PROGRESS',
  parameters: [
    { name: 'actual' },
    { name: 'target' },
    { name: 'baseline', optional: true },
    { name: 'direction', optional: true },
  ],
  compute: (actual, goal, baseline, direction) => progress(actual, goal, baseline, direction),
};

export const STATUS: FunctionSpec<string> = {
  id: 'STATUS',
  parameters: [
    { name: 'actual' },
    { name: 'target' },
    { name: 'year', optional: true },
    { name: 'years', optional: true },
  ],
  compute: (actual, goal, year, years) => status(actual, goal, year, years),
};

export const GRADE: FunctionSpec<string> = {
  id: 'GRADE',
  parameters: [{ name: 'actual' }, { name: 'target' }],
  compute: (actual, goal) => grade(actual, goal),
};

export const WITHDRAWAL: FunctionSpec<string> = {
  id: 'WITHDRAWAL',
  parameters: [{ name: 'actual' }, { name: 'target' }, { name: 'criterion' }],
  compute: (actual, goal, criterion) => withdrawal(actual, goal, criterion),
};

export const THRESHOLD: FunctionSpec<number> = {
  id: 'THRESHOLD',
  parameters: [{ name: 'year' }, { name: 'years' }],
  compute: (year, years) => threshold(year, years),
};

export const FY: FunctionSpec<number> = {
  id: 'FY',
  parameters: [{ name: 'text' }],
  compute: (text) => fy(text),
};

export const WAREKI: FunctionSpec<string> = {
  id: 'WAREKI',
  parameters: [{ name: 'year' }],
  compute: (year) => wareki(year),
};

export const VALUE: FunctionSpec<number> = {
  id: 'VALUE',
  parameters: [{ name: 'text' }],
  compute: (text) => value(text),
};

/** TARGET's columns, in order (docs/functions.md lists them for users). */
export const TARGET_COLUMNS = ['value', 'unit', 'direction', 'targetYear', 'baseline'] as const;

export const TARGET: FunctionSpec<ParsedTarget> = {
  id: 'TARGET',
  parameters: [{ name: 'text' }],
  compute: (text) => target(text),
  toCells: targetRow,
  width: TARGET_COLUMNS.length,
};

export const EXPLAIN: FunctionSpec<string> = {
  id: 'EXPLAIN',
  parameters: [
    { name: 'actual' },
    { name: 'target' },
    { name: 'year', optional: true },
    { name: 'years', optional: true },
  ],
  compute: (actual, goal, year, years) => explain(actual, goal, year, years),
};

export const ELEMENTWISE_SPECS = [
  PROGRESS,
  STATUS,
  GRADE,
  WITHDRAWAL,
  THRESHOLD,
  FY,
  WAREKI,
  VALUE,
  TARGET,
  EXPLAIN,
] as const;

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
