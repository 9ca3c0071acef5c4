import { kuseiError } from '../messages/value-errors';
import { describeValue } from '../values/describe';
import type { Result } from '../result';
import type { AmbiguousIncreaseRule } from '../settings';
import type { Era } from '../values/fiscal-year';
import { normalizeText } from '../values/normalize';
import { readQuantity } from '../values/quantity';
import type { Direction } from '../values/target';
import { ownEntry } from '../lookup';

/** Options every rule accepts after its positional arguments (the workbook's settings). */
export interface RuleOptions {
  /** `X%増` on a percentage indicator: points (default) or per cent of the base. */
  readonly ambiguousIncrease?: AmbiguousIncreaseRule;
  /** Higher-is-better with a baseline: plain ratio (default, R1) or distance covered. */
  readonly progressMethod?: 'ratio' | 'distance';
  /** Era of bare years in target texts (default 平成). */
  readonly bareEra?: Era;
  /** Baseline for status/grade/withdrawal/explain (progress takes it positionally). */
  readonly baseline?: unknown;
  /** Direction overriding the target text's. */
  readonly direction?: unknown;
}

/**
 * A rule judged at a year of the plan's period (R2 with R7): KUSEI.STATUS and KUSEI.EXPLAIN take the
 * actual, the target, year k and period n, then the options; the steps they share take the same.
 */
export type PeriodRule<T> = (
  actual: unknown,
  target: unknown,
  year?: unknown,
  years?: unknown,
  options?: RuleOptions,
) => Result<T>;

export function isOmitted(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

export interface DirectionOverride {
  readonly direction: Direction;
  readonly strict: boolean;
}

const DIRECTION_ARGS: Readonly<Record<string, DirectionOverride>> = {
  以上: { direction: 'higher', strict: false },
  増: { direction: 'higher', strict: false },
  higher: { direction: 'higher', strict: false },
  up: { direction: 'higher', strict: false },
  '>=': { direction: 'higher', strict: false },
  超: { direction: 'higher', strict: true },
  '>': { direction: 'higher', strict: true },
  以下: { direction: 'lower', strict: false },
  減: { direction: 'lower', strict: false },
  lower: { direction: 'lower', strict: false },
  down: { direction: 'lower', strict: false },
  '<=': { direction: 'lower', strict: false },
  未満: { direction: 'lower', strict: true },
  '<': { direction: 'lower', strict: true },
};

/** A direction argument (`以上`, `以下`, `未満`, `higher`, `lower` …); omitted gives null. */
export function readDirectionArg(value: unknown): Result<DirectionOverride | null> {
  if (isOmitted(value)) return null;
  const text = typeof value === 'string' ? normalizeText(value).toLowerCase() : describeValue(value);
  return (
    ownEntry(DIRECTION_ARGS, text) ?? kuseiError('#VALUE!', 'DIRECTION_UNREADABLE', { text: describeValue(value) })
  );
}

/** A whole-number argument (year k, period n), written as a number or as text ("１"). */
export function readCount(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) ? value : null;
  const quantity = readQuantity(value);
  if ('error' in quantity || quantity.unit !== null || !Number.isInteger(quantity.value)) return null;
  return quantity.value;
}
