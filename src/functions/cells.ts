import type { CellValue } from '../core/cell';

/**
 * What Excel passes for one cell of an `any` parameter, made into the core's CellValue.
 *
 * - An empty cell may arrive as null or as "" depending on the host: both mean "empty".
 * - With `allowErrorForDataTypeAny` (functions.json), an error in an input cell arrives as a value
 *   instead of stopping the whole call (Microsoft: "Errors as custom function inputs"), so one
 *   `#DIV/0!` in a range gives an error in its own result cell only. It arrives as the error cell
 *   value's JSON (`{ type: "Error", basicType: "Error", basicValue: "#DIV/0!", errorType: "Div0" }`,
 *   Excel.ErrorCellValue) or, from older hosts, in the CustomFunctions.Error shape (`{ code }`). The
 *   core gets a CellError, so it answers "the input is #DIV/0!" instead of reading the object as text.
 * - With `allowCustomDataForDataTypeAny`, a data-type cell arrives as its cell value's JSON
 *   (Microsoft: "Use data types with custom functions"): a formatted number
 *   (`{ type: "FormattedNumber", basicValue: 0.208, numberFormat: "0.0%" }`) is its basicValue; an
 *   entity, whose basicValue is the #VALUE! a plain read would give, is the text its cell shows.
 *   Anything else unreadable is #VALUE! in its own cell.
 */
export function fromExcel(cell: unknown): CellValue {
  if (cell === null || cell === undefined || cell === '') return null;
  const kind = typeof cell;
  if (kind === 'string' || kind === 'number' || kind === 'boolean') return cell as string | number | boolean;
  if (kind === 'object' && !Array.isArray(cell)) return fromObject(cell as Readonly<Record<string, unknown>>);
  return UNREADABLE;
}

const UNREADABLE: CellValue = { cellError: '#VALUE!' };

function fromObject(value: Readonly<Record<string, unknown>>): CellValue {
  const code = value['code'] ?? value['errorCode'];
  if (typeof code === 'string') return { cellError: code };
  const type = value['type'];
  if (typeof type !== 'string') return UNREADABLE;
  const basic = value['basicValue'];
  if (type === 'Error') return { cellError: typeof basic === 'string' ? basic : '#VALUE!' };
  const text = value['text'];
  if (value['basicType'] === 'Error' || basic === undefined) {
    // An entity (or linked entity): what the cell shows is its text.
    return typeof text === 'string' ? fromExcel(text) : UNREADABLE;
  }
  return typeof basic === 'object' && basic !== null ? UNREADABLE : fromExcel(basic);
}

/** A parameter as Excel gives it: a matrix for ranges, possibly a bare value, null when omitted. */
export type ExcelArgument = unknown;

/** Any argument as a non-empty matrix: an omitted argument is one empty cell. */
export function asMatrix(argument: ExcelArgument): readonly (readonly unknown[])[] {
  if (Array.isArray(argument)) {
    const rows = argument as unknown[];
    if (rows.length === 0) return [[null]];
    if (isMatrix(rows)) return rows as unknown[][];
    // A one-dimensional array (not what Excel sends, but what a script might): one row.
    return [rows.map((cell) => (Array.isArray(cell) ? null : cell))];
  }
  return [[argument ?? null]];
}

function isMatrix(rows: readonly unknown[]): boolean {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!Array.isArray(row) || row.length === 0) return false;
  }
  return true;
}
