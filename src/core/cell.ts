/**
 * What a spreadsheet cell holds, the same for every host: Office.js, ExcelJS, CSV and the
 * custom-function runtime all convert into this before the core sees anything.
 *
 * A real error value in a cell (#N/A computed by a formula) is a `CellError`, never the text
 * "#N/A": a user may type that text, and the two mean different things.
 */
export interface CellError {
  readonly cellError: string;
}

export type CellValue = string | number | boolean | null | CellError;

export function isCellError(value: unknown): value is CellError {
  return typeof value === 'object' && value !== null && typeof (value as CellError).cellError === 'string';
}
