import type { CellValue } from '../cell';
import { isKuseiError, type KuseiError, type Result } from '../result';
import type { RuleOptions } from '../rules/args';
import { grade } from '../rules/grade';
import { status } from '../rules/status';
import { withdrawal } from '../rules/withdrawal';
import type { KuseiSettings } from '../settings';
import { isNotMeasured } from '../values/not-measured';
import { readQuantity } from '../values/quantity';
import { readTarget, type ParsedTarget } from '../values/target';

/** Distinct target texts kept per sheet; a sheet with more starts over (memory stays bounded). */
const TARGET_MEMO_LIMIT = 10_000;

/**
 * What the checks ask of a target: a direction only when the text states one (a bare `50%` is
 * reported, though the reader assumes higher-is-better), and whether `X%増` is ambiguous (domain §3).
 */
export interface TargetReading {
  readonly value: number | null;
  readonly unit: string | null;
  readonly direction: 'higher' | 'lower' | null;
  readonly targetYear: number | null;
  readonly ambiguous: boolean;
}

function targetReading(parsed: Result<ParsedTarget>): Result<TargetReading> {
  if (isKuseiError(parsed)) return parsed;
  return {
    value: parsed.value,
    unit: parsed.unit,
    direction: parsed.directionStated || parsed.kind !== 'value' ? parsed.direction : null,
    targetYear: parsed.targetYear,
    ambiguous: parsed.warnings.some((warning) => warning.code === 'TARGET_AMBIGUOUS_INCREASE'),
  };
}

/**
 * The values readers and rules R2–R4 with one workbook's settings applied, so every check of a sheet
 * reads and judges the way KUSEI.STATUS and KUSEI.GRADE do (one set of rules everywhere).
 */
export class BoundRules {
  private readonly options: RuleOptions;
  // Target texts repeat row after row; readings are immutable, so each distinct text is read once.
  private readonly targets = new Map<string, TargetReading | KuseiError>();

  constructor(settings: KuseiSettings) {
    this.options = { ambiguousIncrease: settings.ambiguousIncrease };
  }

  quantity(cell: CellValue, numberFormat?: string): ReturnType<typeof readQuantity> {
    return readQuantity(cell, numberFormat);
  }

  target(cell: CellValue): Result<TargetReading> {
    if (typeof cell !== 'string') return targetReading(readTarget(cell, this.options));
    const known = this.targets.get(cell);
    if (known !== undefined) return known;
    const reading = targetReading(readTarget(cell, this.options));
    if (this.targets.size >= TARGET_MEMO_LIMIT) this.targets.clear();
    this.targets.set(cell, reading);
    return reading;
  }

  notMeasured(cell: CellValue): boolean {
    return isNotMeasured(cell);
  }

  grade(actual: CellValue, target: CellValue): ReturnType<typeof grade> {
    return grade(actual, target, this.options);
  }

  status(actual: CellValue, target: CellValue, year: number, years: number): ReturnType<typeof status> {
    return status(actual, target, year, years, this.options);
  }

  withdrawal(actual: CellValue, target: CellValue, criterion: CellValue): ReturnType<typeof withdrawal> {
    return withdrawal(actual, target, criterion, this.options);
  }
}
