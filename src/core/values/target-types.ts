import type { MessageParams } from '../messages/table';
import type { AmbiguousIncreaseRule } from '../settings';
import type { Era } from './fiscal-year';
import type { Quantity } from './quantity';

/**
 * A target as the documents write it (domain §3): a value, a unit, a direction, optionally a target
 * year and a baseline it is relative to. Readings that needed a decision carry warning codes
 * (TARGET_NO_DIRECTION, TARGET_AMBIGUOUS_INCREASE) for validation to report.
 */
export type Direction = 'higher' | 'lower';

export type TargetKind = 'value' | 'relative' | 'milestone';

export type BaselineRef =
  | { readonly kind: 'previousYear' }
  | { readonly kind: 'year'; readonly year: number }
  | { readonly kind: 'unspecified' };

export interface TargetBaseline {
  readonly ref: BaselineRef;
  /** The baseline value when the text gives it (`28年度件数(6件)`), else null. */
  readonly value: Quantity | null;
}

/** A change relative to the baseline: `10%減` → {amount 0.1, unit '%', sign -1}. */
export interface TargetChange {
  readonly amount: number;
  readonly unit: string | null;
  /** Percentage points for sure (`5ポイント増`), as opposed to an ambiguous `5%増`. */
  readonly points: boolean;
  readonly sign: 1 | -1;
}

export interface TargetWarning {
  readonly code: string;
  readonly params: MessageParams;
}

export interface ParsedTarget {
  /** The text as written (trimmed). */
  readonly text: string;
  readonly kind: TargetKind;
  /** The value to reach (fraction for %); null while it depends on a baseline the text does not give. */
  readonly value: number | null;
  readonly unit: string | null;
  readonly direction: Direction;
  /** 未満 / 超: the target value itself does not meet the target. */
  readonly strict: boolean;
  readonly directionStated: boolean;
  readonly targetYear: number | null;
  readonly baseline: TargetBaseline | null;
  readonly change: TargetChange | null;
  /** For a milestone target, what must be done (`仕組みを立ち上げる`). */
  readonly milestone: string | null;
  readonly warnings: readonly TargetWarning[];
}

export interface TargetReadOptions {
  /** How to read `X%増` on a percentage indicator (default: points). */
  readonly ambiguousIncrease?: AmbiguousIncreaseRule;
  /** Era of years written without one (`29年度`): default 平成. */
  readonly bareEra?: Era;
  /** The indicator's unit when known (catalogue, unit column): `%` makes `X%増` ambiguous up front. */
  readonly unit?: string | null;
  /**
   * When the text holds several values (`理解度80%以上 ・満足度70%以上`), the unit of the actual:
   * the one value in that unit is taken, with the warning TARGET_PICKED_BY_UNIT. Without it, or
   * when no single value has the unit, several values are an error.
   */
  readonly preferUnit?: string | null;
}
