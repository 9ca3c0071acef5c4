import { isCellError } from '../cell';
import { describeValue } from '../values/describe';
import { kuseiError } from '../messages/value-errors';
import type { KuseiError, Result } from '../result';
import { isNotMeasured } from '../values/not-measured';
import { readMilestoneActual } from '../values/milestone';
import { readQuantity, type Quantity } from '../values/quantity';
import {
  applyChange,
  readTarget,
  type Direction,
  type ParsedTarget,
  type TargetReadOptions,
  type TargetWarning,
} from '../values/target';
import { percentFraction } from '../values/scan';
import { PERCENT } from '../values/units';
import { alignTo, commonUnit } from './align';
import { isOmitted, readDirectionArg, type RuleOptions } from './args';
import { roundRate } from './round';

/**
 * One actual judged against one target: everything progress, status, grade, withdrawal and explain
 * need, computed once so they always agree. Values are in the common unit (fractions for %).
 */
export interface Evaluation {
  readonly target: ParsedTarget;
  readonly unit: string | null;
  readonly actual: number;
  readonly targetValue: number;
  readonly baseline: number | null;
  readonly direction: Direction;
  readonly strict: boolean;
  /** R3: the actual meets the target in its direction. */
  readonly met: boolean;
  /** R1, rounded to 0.1%; an error value when it cannot be computed (zero target, no baseline…). */
  readonly progress: Result<number>;
  readonly formula: 'ratio' | 'distance' | 'lowerDistance' | 'milestone';
  readonly warnings: readonly TargetWarning[];
}

export function notMeasuredError(actual: unknown): KuseiError {
  return kuseiError('#N/A', 'NOT_MEASURED', { text: describeValue(actual) || '空欄' });
}

export function evaluate(
  actual: unknown,
  target: unknown,
  baseline?: unknown,
  direction?: unknown,
  options: RuleOptions = {},
): Result<Evaluation> {
  const parsed = readTargetFor(target, actual, options);
  if ('error' in parsed) return parsed;
  const override = readDirectionArg(direction);
  if (override !== null && 'error' in override) return override;
  if (isCellError(actual)) return readQuantity(actual) as KuseiError;
  if (isNotMeasured(actual)) return notMeasuredError(actual);
  const dir = override?.direction ?? parsed.direction;
  const strict = override?.strict ?? parsed.strict;

  if (parsed.kind === 'milestone') return evaluateMilestone(actual, parsed);

  const actualQ = readQuantity(actual);
  if ('error' in actualQ) return actualQ;
  let baseQ: Quantity | null = parsed.baseline?.value ?? null;
  if (!isOmitted(baseline)) {
    const read = readQuantity(baseline);
    if ('error' in read) return read;
    baseQ = read;
  }
  const extraWarnings: TargetWarning[] = [];
  const targetQ = targetQuantity(parsed, baseQ, actualQ, options, extraWarnings);
  if ('error' in targetQ) return targetQ;
  const warnings = extraWarnings.length === 0 ? parsed.warnings : [...parsed.warnings, ...extraWarnings];

  const unit = commonUnit(targetQ.unit, actualQ.unit);
  const a = alignTo(actualQ, unit, actual, parsed.text);
  if (typeof a !== 'number') return a;
  const t = alignTo(targetQ, unit, actual, parsed.text);
  if (typeof t !== 'number') return t;
  let b: number | null = null;
  if (baseQ !== null) {
    const aligned = alignTo(baseQ, unit, isOmitted(baseline) ? parsed.text : baseline, parsed.text);
    if (typeof aligned !== 'number') return aligned;
    b = aligned;
  }
  const met = meets(a, t, dir, strict);
  const { progress, formula } = progressOf(a, t, b, dir, options, parsed.text);
  return {
    target: parsed,
    unit,
    actual: a,
    targetValue: t,
    baseline: b,
    direction: dir,
    strict,
    met,
    progress,
    formula,
    warnings,
  };
}

/**
 * The target, read once per text (memoised). Only when the text holds several values is the
 * actual's unit used to take the one value in that unit (seed 004 業績目標 cells list two).
 */
function readTargetFor(target: unknown, actual: unknown, options: RuleOptions): Result<ParsedTarget> {
  const parsed = readTarget(target, options);
  if (!('error' in parsed) || parsed.code !== 'TARGET_SEVERAL_VALUES') return parsed;
  const actualQ = readQuantity(actual);
  if ('error' in actualQ || actualQ.unit === null) return parsed;
  return readTarget(target, { ...targetOptions(options), preferUnit: actualQ.unit });
}

function targetOptions(options: RuleOptions): TargetReadOptions {
  const { ambiguousIncrease, bareEra } = options;
  return { ...(ambiguousIncrease ? { ambiguousIncrease } : {}), ...(bareEra ? { bareEra } : {}) };
}

/**
 * Floating point noise must not decide "met" (32.4% + 2.5 points is 0.34900000000000003), nor may a
 * real difference be ignored: like Excel, the 15 significant digits compare. (A tolerance of a
 * billionth once counted 999,999,999 件 against 1,000,000,000件以上 as met.)
 */
export function meets(actual: number, target: number, direction: Direction, strict: boolean): boolean {
  // Numbers further apart than 15 digits can blur compare the same either way: skip the round trip.
  if (Math.abs(actual - target) > (Math.abs(actual) + Math.abs(target)) * 1e-13) {
    return direction === 'higher' ? actual > target : actual < target;
  }
  const a = significant(actual);
  const t = significant(target);
  if (direction === 'higher') return strict ? a > t : a >= t;
  return strict ? a < t : a <= t;
}

function significant(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(15)) : value;
}

function targetQuantity(
  parsed: ParsedTarget,
  base: Quantity | null,
  actual: Quantity,
  options: RuleOptions,
  warnings: TargetWarning[],
): Result<Quantity> {
  if (parsed.value !== null) return { value: parsed.value, unit: parsed.unit };
  if (base === null) return kuseiError('#N/A', 'TARGET_NEEDS_BASELINE', { text: parsed.text });
  // A bare baseline on a percentage indicator is a percentage too (the actual says which kind).
  const typedBase: Quantity =
    base.unit === null && actual.unit === PERCENT
      ? { value: Math.abs(base.value) <= 1 ? base.value : percentFraction(base.value), unit: PERCENT }
      : base;
  if (parsed.change === null) return typedBase;
  const applied = applyChange(typedBase, parsed.change, options.ambiguousIncrease ?? 'points', parsed.text);
  for (const warning of applied.warnings) warnings.push(warning);
  return { value: applied.value, unit: typedBase.unit };
}

function progressOf(
  a: number,
  t: number,
  b: number | null,
  direction: Direction,
  options: RuleOptions,
  text: string,
): { progress: Result<number>; formula: Evaluation['formula'] } {
  if (direction === 'lower') {
    if (b === null)
      return { progress: kuseiError('#N/A', 'TARGET_LOWER_NEEDS_BASELINE', { text }), formula: 'lowerDistance' };
    if (b === t)
      return { progress: kuseiError('#DIV/0!', 'TARGET_EQUALS_BASELINE', { value: t }), formula: 'lowerDistance' };
    return { progress: finiteRate((b - a) / (b - t)), formula: 'lowerDistance' };
  }
  if (b !== null && options.progressMethod === 'distance') {
    if (b === t)
      return { progress: kuseiError('#DIV/0!', 'TARGET_EQUALS_BASELINE', { value: t }), formula: 'distance' };
    return { progress: finiteRate((a - b) / (t - b)), formula: 'distance' };
  }
  if (t === 0) return { progress: kuseiError('#DIV/0!', 'TARGET_ZERO'), formula: 'ratio' };
  return { progress: finiteRate(a / t), formula: 'ratio' };
}

/** A rate rounded to 0.1%, or #NUM! when it overflows (1e300 ÷ 1e-300): never ±Infinity in a cell. */
function finiteRate(rate: number): Result<number> {
  const rounded = roundRate(rate);
  return Number.isFinite(rounded) ? rounded : kuseiError('#NUM!', 'VALUE_NOT_FINITE');
}

function evaluateMilestone(actual: unknown, parsed: ParsedTarget): Result<Evaluation> {
  const done = readMilestoneActual(actual);
  if (done === null) {
    return kuseiError('#VALUE!', 'MILESTONE_ACTUAL_UNREADABLE', { text: describeValue(actual), target: parsed.text });
  }
  return {
    target: parsed,
    unit: null,
    actual: done ? 1 : 0,
    targetValue: 1,
    baseline: null,
    direction: 'higher',
    strict: false,
    met: done,
    progress: done ? 1 : 0,
    formula: 'milestone',
    warnings: parsed.warnings,
  };
}
