import type { CellValue } from '../core/cell';

/**
 * What Excel passes for one cell of an `any` parameter, made into the core's CellValue. An empty
 * cell may arrive as null or as "" depending on the host: both mean "empty". An error in an input
 * cell arrives as an object carrying its code (CustomFunctions.Error): the core gets a CellError,
 * so it can answer "the input is #N/A" instead of reading the object as text.
 */
export function fromExcel(cell: unknown): CellValue {
  if (cell === null || cell === undefined || cell === '') return null;
  if (typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean') return cell;
  if (typeof cell === 'object') {
    const code = (cell as { code?: unknown; errorCode?: unknown }).code ?? (cell as { errorCode?: unknown }).errorCode;
    if (typeof code === 'string') return { cellError: code };
  }
  return { cellError: '#VALUE!' };
}

/** A parameter as Excel gives it: a matrix for ranges, possibly a bare value, null when omitted. */
export type ExcelArgument = unknown;

/** Any argument as a non-empty matrix: an omitted argument is one empty cell. */
export function asMatrix(argument: ExcelArgument): readonly (readonly unknown[])[] {
  if (Array.isArray(argument)) {
    const rows = argument as unknown[];
    if (rows.length === 0) return [[null]];
    if (rows.every((row) => Array.isArray(row) && row.length > 0)) return rows as unknown[][];
    // A one-dimensional array (not what Excel sends, but what a script might): one row.
    return [rows.map((cell) => (Array.isArray(cell) ? null : cell))];
  }
  return [[argument ?? null]];
}
