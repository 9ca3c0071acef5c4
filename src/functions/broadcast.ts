import type { CellValue } from '../core/cell';
import { isKuseiError, type Result } from '../core/result';
import { asMatrix, fromExcel, type ExcelArgument } from './cells';
import { excelError, officeLanguage, toExcelError, type ExcelErrorValue, type Language } from './excel-errors';
import { functionMessage } from './messages';

/**
 * The one place where custom-function arguments are checked, converted and broadcast (function
 * metadata as data, as HyperFormula does it): every KUSEI function is a `FunctionSpec` naming its
 * parameters and the core function applied to one cell of each.
 *
 * Broadcasting follows Excel's own array rules: a single cell (or a single row / column) repeats
 * against a range, the result has the largest height and width among the arguments and spills, and a
 * cell where a shorter range has no value is #N/A. Each result cell is computed on its own, so one
 * bad cell gives an error in its own result cell only.
 */
export type ExcelCell = string | number | boolean | ExcelErrorValue;

export interface ParameterSpec {
  readonly name: string;
  readonly optional?: boolean;
}

export interface FunctionSpec<Out> {
  readonly id: string;
  readonly parameters: readonly ParameterSpec[];
  /** The core function on one cell of each argument (omitted arguments are null). */
  readonly compute: (...cells: CellValue[]) => Result<Out>;
  /** How one result is shown; default: the value itself in one cell. */
  readonly toCells?: (value: Out) => readonly ExcelCell[];
  /** Cells per result (a row): 1 unless `toCells` spreads a result over several columns. */
  readonly width?: number;
}

export type RangeFunction = (...args: ExcelArgument[]) => ExcelCell[][];

interface Shape {
  readonly rows: number;
  readonly cols: number;
}

/** Makes the wrapper Excel calls out of a spec. */
export function rangeFunction<Out>(spec: FunctionSpec<Out>, language: () => Language = officeLanguage): RangeFunction {
  const width = spec.width ?? 1;
  const toCells = spec.toCells ?? ((value: Out) => [value as unknown as ExcelCell]);
  return (...args: ExcelArgument[]): ExcelCell[][] => {
    const matrices = spec.parameters.map((_, index) => asMatrix(args[index]));
    const shape = broadcastShape(matrices);
    const out: ExcelCell[][] = new Array<ExcelCell[]>(shape.rows);
    const cells: CellValue[] = new Array<CellValue>(matrices.length);
    for (let r = 0; r < shape.rows; r++) {
      const row: ExcelCell[] = [];
      for (let c = 0; c < shape.cols; c++) {
        const missing = gatherCells(matrices, r, c, cells);
        if (missing >= 0) {
          pushRepeated(row, shapeError(spec.parameters, matrices, missing, language()), width);
          continue;
        }
        const result = spec.compute(...cells);
        if (isKuseiError(result)) pushRepeated(row, toExcelError(result, language()), width);
        else for (const cell of toCells(result)) row.push(cell);
      }
      out[r] = row;
    }
    return out;
  };
}

function broadcastShape(matrices: readonly (readonly (readonly unknown[])[])[]): Shape {
  let rows = 1;
  let cols = 1;
  for (const matrix of matrices) {
    rows = Math.max(rows, matrix.length);
    cols = Math.max(cols, matrix[0]?.length ?? 1);
  }
  return { rows, cols };
}

/**
 * Fills `into` with each argument's cell at (r, c), a single row or column repeating. Returns the
 * index of an argument that has no cell there (a shorter range), or -1.
 */
function gatherCells(
  matrices: readonly (readonly (readonly unknown[])[])[],
  r: number,
  c: number,
  into: CellValue[],
): number {
  for (let i = 0; i < matrices.length; i++) {
    const matrix = matrices[i] as readonly (readonly unknown[])[];
    const row = matrix.length === 1 ? matrix[0] : matrix[r];
    if (row === undefined) return i;
    const index = row.length === 1 ? 0 : c;
    if (index >= row.length) return i;
    into[i] = fromExcel(row[index]);
  }
  return -1;
}

function shapeError(
  parameters: readonly ParameterSpec[],
  matrices: readonly (readonly (readonly unknown[])[])[],
  index: number,
  language: Language,
): ExcelErrorValue {
  const matrix = matrices[index] ?? [];
  const size = `${matrix.length}×${matrix[0]?.length ?? 0}`;
  const name = parameters[index]?.name ?? String(index + 1);
  return excelError('#N/A', functionMessage('SHAPE_MISMATCH', language, { name, size }));
}

function pushRepeated(row: ExcelCell[], cell: ExcelCell, times: number): void {
  for (let i = 0; i < times; i++) row.push(cell);
}
