import { kuseiError } from '../messages/value-errors';
import type { Result } from '../result';
import { describeValue } from '../values/describe';
import type { Quantity } from '../values/quantity';
import { percentFraction } from '../values/scan';
import { PERCENT, unitFactor } from '../values/units';

/**
 * Puts a quantity in the unit the comparison uses. A bare number against a percentage: at most 1
 * is a fraction (0.513 from a percent-formatted cell), above 1 is percent points (51.3 means
 * 51.3%). A bare number against any other unit is in that unit. Different units (% vs 件 vs 点)
 * do not compare: that is an error value, never a comparison.
 */
export function alignTo(
  quantity: Quantity,
  unit: string | null,
  /** The actual's cell, described only when the units disagree (messages cost time by the million). */
  actualCell: unknown,
  targetText: string,
): Result<number> {
  if (quantity.unit === unit || (quantity.unit === null && unit !== PERCENT) || unit === null) {
    return quantity.value;
  }
  if (quantity.unit === null) {
    return Math.abs(quantity.value) <= 1 ? quantity.value : percentFraction(quantity.value);
  }
  const factor = unitFactor(quantity.unit, unit);
  if (factor !== null) return quantity.value * factor;
  return kuseiError('#VALUE!', 'UNIT_MISMATCH', {
    actual: describeValue(actualCell),
    target: targetText,
    actualUnit: quantity.unit,
    targetUnit: unit,
  });
}

/** The unit two quantities are compared in: the target's, else the actual's. */
export function commonUnit(target: string | null, actual: string | null): string | null {
  return target ?? actual;
}
