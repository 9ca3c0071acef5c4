import type { AmbiguousIncreaseRule } from '../settings';
import type { Quantity } from './quantity';
import type { TargetChange, TargetWarning } from './target-types';
import { PERCENT } from './units';

export interface AppliedChange {
  readonly value: number;
  readonly warnings: readonly TargetWarning[];
}

/**
 * The target value of a change applied to a baseline. `X%増` on a percentage baseline is ambiguous
 * (X points, or X per cent of the base): the setting decides and a warning says so. On any other
 * unit a percentage change is relative; a change in the baseline's own unit is added.
 */
export function applyChange(
  base: Quantity,
  change: TargetChange,
  rule: AmbiguousIncreaseRule,
  text: string,
): AppliedChange {
  const signed = change.sign * change.amount;
  if (change.unit === PERCENT) {
    if (change.points) return { value: base.value + signed, warnings: [] };
    if (base.unit === PERCENT) {
      const points = base.value + signed;
      const relative = base.value * (1 + signed);
      const value = rule === 'points' ? points : relative;
      return { value, warnings: [ambiguityWarning(text, change, rule, value)] };
    }
    return { value: base.value * (1 + signed), warnings: [] };
  }
  return { value: base.value + signed, warnings: [] };
}

/** The warning for `X%増` on a percentage indicator; the example shows the value it was read as. */
export function ambiguityWarning(
  text: string,
  change: TargetChange,
  rule: AmbiguousIncreaseRule,
  value: number | null,
): TargetWarning {
  const example = value === null ? '50%以上' : `${Math.round(value * 1e5) / 1e3}%${change.sign > 0 ? '以上' : '以下'}`;
  return {
    code: 'TARGET_AMBIGUOUS_INCREASE',
    params: {
      text,
      amount: Math.round(change.amount * 1e6) / 1e4,
      change: change.sign > 0 ? '増' : '減',
      changeEn: change.sign > 0 ? 'increase' : 'decrease',
      rule: rule === 'points' ? 'ポイント差' : '比率',
      ruleEn: rule === 'points' ? 'percentage points' : 'per cent of the base',
      example,
    },
  };
}
