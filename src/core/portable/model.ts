import type { CellValue } from '../cell';
import { evaluate } from '../rules/evaluate';
import type { RuleOptions } from '../rules/args';
import { readTarget } from '../values/target';
import type { Direction } from '../values/target-types';

/**
 * A target as the core reads it, reduced to what a formula of Excel's own functions needs: the
 * value to reach in the comparison's unit, the direction, and for a lower-is-better target the
 * baseline. The target text is read once, by the core, when the columns are written; from then on
 * only the actual changes, and the formula compares it the way the core would (R1, R2, R3).
 */
export type PortableModel =
  | {
      readonly kind: 'ratio' | 'lowerDistance';
      /** The comparison's unit: '%' (fractions), another unit, or null (bare numbers). */
      readonly unit: string | null;
      readonly target: number;
      /** The baseline of a lower-is-better target ((b − actual) ÷ (b − target)); null otherwise. */
      readonly baseline: number | null;
      readonly direction: Direction;
      readonly strict: boolean;
    }
  | { readonly kind: 'milestone' };

/**
 * The model of one target, or null when the core cannot read the target at all (then no formula can
 * be right, whatever the actual). The core is asked with a plain number as the actual: the target's
 * value, unit and direction do not depend on which number the actual later holds.
 */
export function portableModel(target: CellValue, options: RuleOptions = {}): PortableModel | null {
  const parsed = readTarget(target, options);
  if ('error' in parsed) return null;
  if (parsed.kind === 'milestone') return { kind: 'milestone' };
  const evaluation = evaluate(PROBE_ACTUAL, target, options.baseline, options.direction, options);
  if ('error' in evaluation) return null;
  // A distance-covered progress (an option the pane never passes) has no portable form yet.
  if (evaluation.formula !== 'ratio' && evaluation.formula !== 'lowerDistance') return null;
  return {
    kind: evaluation.formula,
    unit: evaluation.unit,
    target: evaluation.targetValue,
    baseline: evaluation.formula === 'lowerDistance' ? evaluation.baseline : null,
    direction: evaluation.direction,
    strict: evaluation.strict,
  };
}

/** Any bare number works (see portableModel); 0.5 is a fraction against a percentage, like most actuals. */
const PROBE_ACTUAL = 0.5;
