import { isKuseiError } from '../result';
import type { KuseiSettings } from '../settings';
import { grade } from '../rules/grade';
import { status } from '../rules/status';
import { withdrawal } from '../rules/withdrawal';
import { isNotMeasured } from '../values/not-measured';
import { readQuantity } from '../values/quantity';
import { readTarget } from '../values/target';
import type { RulesApi } from './rules-api';

/** Helper A's readers and rules with the workbook's settings applied (one set of rules everywhere). */
export function rulesFor(settings: KuseiSettings): RulesApi {
  const options = { ambiguousIncrease: settings.ambiguousIncrease };
  return {
    quantity: (cell, numberFormat) => readQuantity(cell, numberFormat),
    target: (cell) => {
      const parsed = readTarget(cell, options);
      if (isKuseiError(parsed)) return parsed;
      return {
        value: parsed.value,
        unit: parsed.unit,
        direction: parsed.directionStated || parsed.kind !== 'value' ? parsed.direction : null,
        targetYear: parsed.targetYear,
        ambiguous: parsed.warnings.some((warning) => warning.code === 'TARGET_AMBIGUOUS_INCREASE'),
      };
    },
    notMeasured: (cell) => isNotMeasured(cell),
    grade: (actual, target) => grade(actual, target, options),
    status: (actual, target, year, years) => status(actual, target, year, years, options),
    withdrawal: (actual, target, criterion) => withdrawal(actual, target, criterion, options),
  };
}
