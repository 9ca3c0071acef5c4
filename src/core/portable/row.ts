import type { CellValue } from '../cell';
import { toPermille } from '../rules/round';
import { readPeriod, thresholdOf } from '../rules/threshold';
import { portableFormulas, quoted } from './formulas';
import { portableModel } from './model';
import type { RowScope } from './scope';
import { simulatePortable } from './simulate';
import { CITY_WIDE, NEEDS_REVIEW, REFERENCE_ONLY } from './words';

/** One cell of the portable columns: its formula (with "=") and the value it computes now. */
export interface PortableCell {
  readonly formula: string;
  readonly cached: CellValue;
}

export interface PortableRowCells {
  readonly progress: PortableCell;
  readonly status: PortableCell;
}

/** A formula giving a fixed text: readable as it stands, recognised as ours when written again. */
export function textFormula(text: string): PortableCell {
  return { formula: `=${quoted(text)}`, cached: text === '' ? null : text };
}

/** Year k of n as the formulas compare it: k/n rounded up at 0.1%, in thousandths; null when k/n is not a period. */
export function thresholdPermille(year: number, years: number): number | null {
  const period = readPeriod(year, years);
  return 'error' in period ? null : toPermille(thresholdOf(period));
}

/**
 * The portable progress and status cells of one row: `actualRef` is the actual's cell ("F5"),
 * `target` the target as the core reads it (its own cell's value, or the part after a label).
 * A row the city does not judge per ward gets 「参考」/「全市で判定」; a target the core cannot read,
 * or a plan year outside the period, gets 「要確認」 (no formula could be right).
 */
export function portableRowCells(
  actualRef: string,
  actual: CellValue,
  target: CellValue,
  year: number,
  years: number,
  scope: RowScope,
): PortableRowCells {
  if (scope === 'cityWide') return { progress: textFormula(''), status: textFormula(CITY_WIDE) };
  const model = portableModel(target);
  const threshold = thresholdPermille(year, years);
  if (model === null || threshold === null) {
    const review = textFormula(NEEDS_REVIEW);
    return { progress: review, status: scope === 'reference' ? textFormula(REFERENCE_ONLY) : review };
  }
  const formulas = portableFormulas(actualRef, model, threshold);
  const result = simulatePortable(actual, model, threshold);
  return {
    progress: { formula: formulas.progress, cached: result.progress },
    status: scope === 'reference' ? textFormula(REFERENCE_ONLY) : { formula: formulas.status, cached: result.status },
  };
}
