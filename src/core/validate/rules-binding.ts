import { isKuseiError, type KuseiError } from '../result';
import type { KuseiSettings } from '../settings';
import { grade } from '../rules/grade';
import { status } from '../rules/status';
import { withdrawal } from '../rules/withdrawal';
import { isNotMeasured } from '../values/not-measured';
import { readQuantity } from '../values/quantity';
import { readTarget, type ParsedTarget } from '../values/target';
import type { RulesApi, TargetReading } from './rules-api';

/** Distinct target texts kept per sheet; a sheet with more starts over (memory stays bounded). */
const TARGET_MEMO_LIMIT = 10_000;

function targetReading(parsed: ParsedTarget | KuseiError): TargetReading | KuseiError {
  if (isKuseiError(parsed)) return parsed;
  return {
    value: parsed.value,
    unit: parsed.unit,
    direction: parsed.directionStated || parsed.kind !== 'value' ? parsed.direction : null,
    targetYear: parsed.targetYear,
    ambiguous: parsed.warnings.some((warning) => warning.code === 'TARGET_AMBIGUOUS_INCREASE'),
  };
}

/** Helper A's readers and rules with the workbook's settings applied (one set of rules everywhere). */
export function rulesFor(settings: KuseiSettings): RulesApi {
  const options = { ambiguousIncrease: settings.ambiguousIncrease };
  // Target texts repeat row after row; readings are immutable, so each distinct text is read once here.
  const targets = new Map<string, TargetReading | KuseiError>();
  return {
    quantity: (cell, numberFormat) => readQuantity(cell, numberFormat),
    target: (cell) => {
      if (typeof cell !== 'string') return targetReading(readTarget(cell, options));
      const known = targets.get(cell);
      if (known !== undefined) return known;
      const reading = targetReading(readTarget(cell, options));
      if (targets.size >= TARGET_MEMO_LIMIT) targets.clear();
      targets.set(cell, reading);
      return reading;
    },
    notMeasured: (cell) => isNotMeasured(cell),
    grade: (actual, target) => grade(actual, target, options),
    status: (actual, target, year, years) => status(actual, target, year, years, options),
    withdrawal: (actual, target, criterion) => withdrawal(actual, target, criterion, options),
  };
}
