import Values from './values.json';
import { withExcelKinds } from './table';
import type { ExcelErrorKind } from '../result';

/**
 * The Excel error a custom function shows for each error value of reading values, targets, fiscal
 * years and applying the rules (the texts are values.json: a translator edits that file). The kinds
 * stay here, in TypeScript, because JSON would widen '#N/A' to string, and `kuseiError` checks at
 * compile time that a code is returned with its own kind. A code left out (VALUE_CELL_ERROR, the
 * warnings) takes its Excel error from the input, or is never an error value.
 */
const EXCEL_KINDS = {
  VALUE_EMPTY: '#N/A',
  VALUE_NOT_MEASURED: '#N/A',
  VALUE_UNREADABLE: '#VALUE!',
  VALUE_UNKNOWN_UNIT: '#VALUE!',
  VALUE_BOOLEAN: '#VALUE!',
  VALUE_NOT_FINITE: '#NUM!',
  TARGET_EMPTY: '#N/A',
  TARGET_UNREADABLE: '#VALUE!',
  TARGET_SEVERAL_VALUES: '#VALUE!',
  TARGET_NEEDS_BASELINE: '#N/A',
  TARGET_ZERO: '#DIV/0!',
  TARGET_EQUALS_BASELINE: '#DIV/0!',
  TARGET_LOWER_NEEDS_BASELINE: '#N/A',
  UNIT_MISMATCH: '#VALUE!',
  MILESTONE_ACTUAL_UNREADABLE: '#VALUE!',
  NOT_MEASURED: '#N/A',
  YEAR_UNREADABLE: '#VALUE!',
  YEAR_OUT_OF_ERA: '#NUM!',
  YEAR_OUT_OF_RANGE: '#NUM!',
  PERIOD_INVALID: '#NUM!',
  DIRECTION_UNREADABLE: '#VALUE!',
  CATALOGUE_INVALID: '#VALUE!',
} as const satisfies Partial<Record<keyof typeof Values, ExcelErrorKind>>;

/**
 * Messages for reading values, targets, fiscal years and applying the rules: the error values of the
 * core. Every message says what to write instead: the user fixes the cell, not the add-in. `{name}`
 * placeholders are filled from the error's params.
 */
export const VALUE_MESSAGES = withExcelKinds(Values, EXCEL_KINDS);
