import type { CellValue } from '../core/cell';
import type { FunctionMessageCode } from '../core/messages/functions';
import type { FunctionMetadataCode } from '../core/messages/function-metadata';
import type { KuseiError, Result } from '../core/result';
import { asMatrix, fromExcel, type ExcelArgument } from './cells';
import { excelError, officeLanguage, toExcelError, type ExcelErrorValue, type Language } from './excel-errors';
import { functionMessage } from './messages';

/**
 * The one place where custom-function arguments are checked, converted and broadcast (function
 * metadata as data, as HyperFormula does it): every KUSEI function is a `FunctionDef` in table.ts
 * naming its parameters and the core function it applies, and `wrapperOf` makes the function Excel
 * calls out of it.
 *
 * A cell function is applied cell by cell. Broadcasting follows Excel's own array rules: a single
 * cell (or a single row / column) repeats against a range, the result has the largest height and
 * width among the arguments and spills, and a cell where a shorter range has no value is #N/A. Each
 * result cell is computed on its own, so one bad cell gives an error in its own result cell only.
 * A table function (KUSEI.SUMMARY) gets its arguments converted the same way, whole, and returns a
 * table.
 */
export type ExcelCell = string | number | boolean | ExcelErrorValue;

export interface ParameterDef {
  /** Message code of the parameter's name (ja: Excel's Japanese tooltip, en: functions.json's name). */
  readonly name: FunctionMessageCode;
  readonly description: FunctionMetadataCode;
  readonly optional?: boolean;
}

interface FunctionBase {
  /** The id and the name in Excel (KUSEI.<id>); never localized, or formulas break across locales. */
  readonly id: string;
  readonly description: FunctionMetadataCode;
  readonly parameters: readonly ParameterDef[];
}

/**
 * The core function on one cell of each argument, positionally (at most four; omitted arguments and
 * those beyond the function's own are null).
 */
export type CellCompute<Out> = (a: CellValue, b: CellValue, c: CellValue, d: CellValue, e: CellValue) => Result<Out>;

export interface CellFunctionDef<Out> extends FunctionBase {
  readonly kind: 'cell';
  readonly compute: CellCompute<Out>;
  /** How one result is shown; default: the value itself in one cell. */
  readonly toCells?: (value: Out) => readonly ExcelCell[];
  /** Cells per result (a row): 1 unless `toCells` spreads a result over several columns. */
  readonly width?: number;
}

/** A matrix of converted cells, one per argument (an omitted argument is one empty cell). */
export type CellMatrix = readonly (readonly CellValue[])[];

export interface TableFunctionDef extends FunctionBase {
  readonly kind: 'table';
  /** The whole arguments in, a table (or the reason there is none) out; `omitted[i]` when argument i was not given. */
  readonly compute: (
    args: readonly CellMatrix[],
    omitted: readonly boolean[],
    language: Language,
  ) => ExcelCell[][] | KuseiError;
}

export type FunctionDef = CellFunctionDef<unknown> | TableFunctionDef;

/** A cell function's definition, with its result type checked against its `toCells`. */
export function cellFunctionDef<Out, Id extends string = string>(
  def: Omit<CellFunctionDef<Out>, 'kind' | 'id'> & { readonly id: Id },
): FunctionDef & { readonly id: Id } {
  return { kind: 'cell', ...def } as unknown as FunctionDef & { readonly id: Id };
}

export type RangeFunction = (...args: ExcelArgument[]) => ExcelCell[][];

type Matrix = readonly (readonly unknown[])[];

const MAX_CELL_ARGUMENTS = 5;

/** Makes the function Excel calls out of a definition. */
export function wrapperOf(def: FunctionDef, language: () => Language = officeLanguage): RangeFunction {
  return def.kind === 'table' ? tableFunction(def, language) : cellFunction(def, language);
}

function tableFunction(def: TableFunctionDef, language: () => Language): RangeFunction {
  return (...args: ExcelArgument[]): ExcelCell[][] => {
    const omitted = def.parameters.map((_, i) => args[i] === null || args[i] === undefined);
    const matrices = def.parameters.map((_, i) => asMatrix(args[i]).map((row) => row.map(fromExcel)));
    const lang = language();
    const result = def.compute(matrices, omitted, lang);
    return Array.isArray(result) ? result : [[toExcelError(result, lang)]];
  };
}

function cellFunction<Out>(def: CellFunctionDef<Out>, language: () => Language): RangeFunction {
  if (def.parameters.length > MAX_CELL_ARGUMENTS)
    throw new Error(`${def.id}: at most ${MAX_CELL_ARGUMENTS} parameters`);
  const width = def.width ?? 1;
  const toCells = def.toCells;
  return (...args: ExcelArgument[]): ExcelCell[][] => {
    const matrices: Matrix[] = def.parameters.map((_, index) => asMatrix(args[index]));
    const rows = maxRows(matrices);
    const cols = maxCols(matrices);
    if (cols === 1 && width === 1 && toCells === undefined && fitsColumn(matrices, rows)) {
      return columnFast(def.compute, matrices, rows, language);
    }
    return general(def, matrices, rows, cols, width, language);
  };
}

function maxRows(matrices: readonly Matrix[]): number {
  let rows = 1;
  for (const matrix of matrices) rows = Math.max(rows, matrix.length);
  return rows;
}

function maxCols(matrices: readonly Matrix[]): number {
  let cols = 1;
  for (const matrix of matrices) cols = Math.max(cols, matrix[0]?.length ?? 1);
  return cols;
}

/** Every argument a single cell or a one-column range of exactly `rows` rows. */
function fitsColumn(matrices: readonly Matrix[], rows: number): boolean {
  for (const matrix of matrices) {
    if (matrix.length !== 1 && matrix.length !== rows) return false;
    for (let r = 0; r < matrix.length; r++) if ((matrix[r] as readonly unknown[]).length !== 1) return false;
  }
  return true;
}

/**
 * The positional fast path for what sheets mostly do — columns against single cells: single cells
 * are converted once, column cells read by position, the core function called with five fixed
 * arguments (no gathering array, no spread), one result cell per row.
 */
function columnFast<Out>(
  compute: CellCompute<Out>,
  matrices: readonly Matrix[],
  rows: number,
  language: () => Language,
): ExcelCell[][] {
  const [m0, m1, m2, m3, m4] = matrices;
  const c0 = m0 !== undefined && m0.length > 1;
  const c1 = m1 !== undefined && m1.length > 1;
  const c2 = m2 !== undefined && m2.length > 1;
  const c3 = m3 !== undefined && m3.length > 1;
  const c4 = m4 !== undefined && m4.length > 1;
  const s0 = single(m0);
  const s1 = single(m1);
  const s2 = single(m2);
  const s3 = single(m3);
  const s4 = single(m4);
  const out = new Array<ExcelCell[]>(rows);
  for (let r = 0; r < rows; r++) {
    const result = compute(
      c0 ? fromExcel(m0[r]?.[0]) : s0,
      c1 ? fromExcel(m1[r]?.[0]) : s1,
      c2 ? fromExcel(m2[r]?.[0]) : s2,
      c3 ? fromExcel(m3[r]?.[0]) : s3,
      c4 ? fromExcel(m4[r]?.[0]) : s4,
    );
    out[r] = [isError(result) ? toExcelError(result, language()) : (result as unknown as ExcelCell)];
  }
  return out;
}

function single(matrix: Matrix | undefined): CellValue {
  return matrix === undefined ? null : fromExcel(matrix[0]?.[0]);
}

/** Results are values or KuseiErrors; only the latter are objects with `code` and `error`. */
function isError(result: unknown): result is KuseiError {
  return typeof result === 'object' && result !== null && typeof (result as KuseiError).error === 'string';
}

function general<Out>(
  def: CellFunctionDef<Out>,
  matrices: readonly Matrix[],
  rows: number,
  cols: number,
  width: number,
  language: () => Language,
): ExcelCell[][] {
  const toCells = def.toCells ?? ((value: Out) => [value as unknown as ExcelCell]);
  const out = new Array<ExcelCell[]>(rows);
  const cells: CellValue[] = [null, null, null, null, null];
  for (let r = 0; r < rows; r++) {
    const row: ExcelCell[] = [];
    for (let c = 0; c < cols; c++) {
      const missing = gatherCells(matrices, r, c, cells);
      if (missing >= 0) {
        pushRepeated(row, shapeError(def.parameters, matrices, missing, language()), width);
        continue;
      }
      const result = def.compute(
        cells[0] ?? null,
        cells[1] ?? null,
        cells[2] ?? null,
        cells[3] ?? null,
        cells[4] ?? null,
      );
      if (isError(result)) pushRepeated(row, toExcelError(result, language()), width);
      else for (const cell of toCells(result)) row.push(cell);
    }
    out[r] = row;
  }
  return out;
}

/**
 * Fills `into` with each argument's cell at (r, c), a single row or column repeating. Returns the
 * index of an argument that has no cell there (a shorter range), or -1.
 */
function gatherCells(matrices: readonly Matrix[], r: number, c: number, into: CellValue[]): number {
  for (let i = 0; i < matrices.length; i++) {
    const matrix = matrices[i] as Matrix;
    const row = matrix.length === 1 ? matrix[0] : matrix[r];
    if (row === undefined) return i;
    const index = row.length === 1 ? 0 : c;
    if (index >= row.length) return i;
    into[i] = fromExcel(row[index]);
  }
  return -1;
}

function shapeError(
  parameters: readonly ParameterDef[],
  matrices: readonly Matrix[],
  index: number,
  language: Language,
): ExcelErrorValue {
  const matrix = matrices[index] ?? [];
  const size = `${matrix.length}×${matrix[0]?.length ?? 0}`;
  const parameter = parameters[index];
  const name = parameter === undefined ? String(index + 1) : functionMessage(parameter.name, language);
  return excelError('#N/A', functionMessage('SHAPE_MISMATCH', language, { name, size }));
}

function pushRepeated(row: ExcelCell[], cell: ExcelCell, times: number): void {
  for (let i = 0; i < times; i++) row.push(cell);
}
