import type { CellValue } from '../cell';
import type { KuseiError } from '../result';

/**
 * The parts of helper A's readers and rules that validation uses, named in one place so the checks
 * read as the domain does. Bound to the real functions in rules-binding.ts.
 */
export interface Quantity {
  readonly value: number;
  readonly unit: string | null;
}

export interface TargetReading {
  readonly value: number | null;
  readonly unit: string | null;
  readonly direction: 'higher' | 'lower' | null;
  readonly targetYear: number | null;
  /** True when "X%増" on a percentage could mean points or per cent of the base (domain §3). */
  readonly ambiguous: boolean;
}

export interface RulesApi {
  quantity(cell: CellValue, numberFormat?: string): Quantity | KuseiError;
  target(cell: CellValue): TargetReading | KuseiError;
  notMeasured(cell: CellValue): boolean;
  grade(actual: CellValue, target: CellValue): 'A' | 'B' | KuseiError;
  status(actual: CellValue, target: CellValue, year: number, years: number): string | KuseiError;
  withdrawal(actual: CellValue, target: CellValue, criterion: CellValue): string | KuseiError;
}
