import type { CellValue } from '../../core/cell';
import type { ReadLimit } from '../../core/read-limits';
import type { SheetSnapshot, WorkbookSnapshot } from '../../core/snapshot';
import { columnLetters } from '../../core/address';
import type { FileReadError } from '../errors';
import { excelDateText } from './number-formats';
import {
  readXlsxParts,
  type ReadXlsxOptions,
  type XlsxParts,
  type XlsxSheet,
  type XlsxWorkbook,
} from './read-workbook';
import { scanSheet, type CellArea, type CellSink, type SheetLayout } from './sheet-part';
import { NO_STYLES, type CellStyles } from './styles-part';

/**
 * Cells of one sheet's grid (rows × columns, empty ones included). A ward's sheet has a few thousand;
 * a 100,000-row table of 9 columns 900,000. Past it the rows that do not fit are not read and the file
 * says so (`sheet.tooManyRows`): a grid is never sized by a stray address (a cell at XFD1048576 beside
 * A1 would otherwise ask for 17 billion cells).
 */
export const MAX_GRID_CELLS = 5_000_000;

interface Extent {
  rows: number;
  cols: number;
}

function area(extent: Extent): number {
  return extent.rows * extent.cols;
}

function clip(merge: CellArea, extent: Extent): CellArea | null {
  if (merge.top >= extent.rows || merge.left >= extent.cols) return null;
  return {
    top: merge.top,
    left: merge.left,
    bottom: Math.min(merge.bottom, extent.rows - 1),
    right: Math.min(merge.right, extent.cols - 1),
  };
}

function rangeText(area: CellArea): string {
  return `${columnLetters(area.left)}${area.top + 1}:${columnLetters(area.right)}${area.bottom + 1}`;
}

function nullRow<T>(cols: number): (T | null)[] {
  return new Array<T | null>(cols).fill(null);
}

/** Rows by index as they were filled: a row no cell touched is absent. */
type Rows<T> = ((T | null)[] | undefined)[];

/**
 * The grid of `rows` cut to `extent`: absent rows are rows of nulls, holes become null, and each row
 * array is the one filled while reading (padded in place), so the grid is never copied.
 */
function gridOf<T>(rows: Rows<T>, extent: Extent): (T | null)[][] {
  const grid: (T | null)[][] = [];
  for (let r = 0; r < extent.rows; r++) {
    const row = rows[r];
    if (row === undefined) {
      grid.push(nullRow<T>(extent.cols));
      continue;
    }
    if (row.length > extent.cols) row.length = extent.cols;
    for (let c = 0; c < extent.cols; c++) if (row[c] === undefined) row[c] = null;
    grid.push(row);
  }
  return grid;
}

/** Whether some row of `rows` above `extent.rows` was touched (then the grid exists). */
function touched<T>(rows: Rows<T> | null, extent: Extent): rows is Rows<T> {
  return rows !== null && rows.some((row, r) => row !== undefined && r < extent.rows);
}

/** Index past the last cell of `row` with a value or a formula (0 when none). */
function rowEnd(values: readonly (CellValue | null)[] | undefined, formulas: readonly (string | null)[] | undefined) {
  let end = 0;
  for (const row of [values, formulas]) {
    if (row === undefined) continue;
    for (let c = row.length - 1; c >= end; c--) {
      if (row[c] !== null && row[c] !== undefined) {
        end = c + 1;
        break;
      }
    }
  }
  return end;
}

/**
 * One sheet's snapshot built as its cells are read (src/files/xlsx/sheet-part.ts `scanSheet`): each
 * cell goes straight into its row of the grid, dates become the days they name, and the rows are
 * padded to the sheet's width at the end. A 100,000-row read thus holds its cells once (issue 11:
 * peak memory), never a sparse copy beside the grid.
 */
export class SheetGrid implements CellSink {
  private readonly values: Rows<CellValue> = [];
  private formulas: Rows<string> | null = null;
  private formats: Rows<string> | null = null;
  /** Cells read in each row (a cell written twice counts twice, as the file has it twice). */
  private readonly cellsInRow: (number | undefined)[] = [];
  private readonly content: Extent = { rows: 0, cols: 0 };
  /** Cells and last column of the row started last: a dense row's width sizes the next row's array. */
  private lastRowCells = 0;
  private lastRowEnd = 0;

  constructor(
    private readonly styles: CellStyles,
    private readonly date1904: boolean,
  ) {}

  cell(row: number, col: number, cellValue: CellValue | null, formula: string | null, style: number): void {
    let value = cellValue;
    if (typeof value === 'number' && this.styles.dates[style] === true) {
      // A date is the day it names ("2015-04-01"); the core reads dates as text, never as serials.
      value = excelDateText(value, this.date1904) ?? { cellError: '#VALUE!' };
    }
    if (row >= this.content.rows) this.content.rows = row + 1;
    if (col >= this.content.cols) this.content.cols = col + 1;
    this.cellsInRow[row] = (this.cellsInRow[row] ?? 0) + 1;
    let valueRow = this.values[row];
    if (valueRow === undefined) {
      // Sized like the row before when that row was dense (no gaps): the array never grows. The
      // sizes asked for add up to at most the cells read, whatever addresses the file claims.
      const width = this.lastRowCells === this.lastRowEnd ? this.lastRowCells : 0;
      valueRow = width > 0 ? nullRow<CellValue>(width) : [];
      this.values[row] = valueRow;
      this.lastRowCells = 0;
      this.lastRowEnd = 0;
    }
    valueRow[col] = value;
    this.lastRowCells++;
    if (col >= this.lastRowEnd) this.lastRowEnd = col + 1;
    if (formula !== null) {
      this.formulas ??= [];
      (this.formulas[row] ??= [])[col] = formula;
    }
    const format = this.styles.formats[style] ?? null;
    if (format !== null) {
      this.formats ??= [];
      (this.formats[row] ??= [])[col] = format;
    }
  }

  /** The snapshot of the sheet; a limit reached (too many rows for the grid) is added to `limits`. */
  finish(name: string, hidden: boolean, layout: SheetLayout, limits: ReadLimit[]): SheetSnapshot {
    const extent = this.extent(name, layout, limits);
    const values = gridOf(this.values, extent);
    const formulas = touched(this.formulas, extent) ? gridOf(this.formulas, extent) : null;
    const formats = touched(this.formats, extent) ? gridOf(this.formats, extent) : null;
    const merges = clearMerged(layout.merges, extent, [values, formulas, formats]);
    const hiddenRows = [...new Set(layout.hiddenRows.filter((row) => row < extent.rows))].sort((a, b) => a - b);
    return {
      name,
      origin: 'A1',
      values,
      ...(formulas ? { formulas } : {}),
      ...(formats ? { numberFormats: formats } : {}),
      ...(merges.length > 0 ? { merges } : {}),
      ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
      ...(hidden ? { hidden: true } : {}),
    };
  }

  /** The grid: everything Excel would count as used if that fits, else the cells with content. */
  private extent(name: string, layout: SheetLayout, limits: ReadLimit[]): Extent {
    const { content } = this;
    // Styled empty cells, merges and hidden rows widen the used area in Excel (and in ExcelJS's reading).
    const used: Extent = {
      rows: Math.max(content.rows, layout.styledArea.bottom + 1),
      cols: Math.max(content.cols, layout.styledArea.right + 1),
    };
    for (const merge of layout.merges) {
      used.rows = Math.max(used.rows, merge.bottom + 1);
      used.cols = Math.max(used.cols, merge.right + 1);
    }
    for (const row of layout.hiddenRows) used.rows = Math.max(used.rows, row + 1);
    if (area(used) <= MAX_GRID_CELLS) return used;
    if (content.rows === 0) return { rows: 0, cols: 0 };
    if (area(content) <= MAX_GRID_CELLS) return content;
    // Content alone is too large: keep the rows that fit under the widest column, report the others.
    const fitRows = Math.max(1, Math.floor(MAX_GRID_CELLS / content.cols));
    let dropped = 0;
    let firstDropped = Number.POSITIVE_INFINITY;
    const kept: Extent = { rows: 0, cols: 0 };
    this.cellsInRow.forEach((count, row) => {
      if (count === undefined) return;
      if (row >= fitRows) {
        dropped += count;
        firstDropped = Math.min(firstDropped, row);
        return;
      }
      kept.rows = row + 1;
      kept.cols = Math.max(kept.cols, rowEnd(this.values[row], this.formulas?.[row]));
    });
    limits.push({
      code: 'sheet.tooManyRows',
      sheet: name,
      row: firstDropped,
      col: null,
      limit: fitRows,
      count: dropped,
    });
    return kept;
  }
}

/**
 * Merges: listed clipped to the grid (first one per top-left, as Excel allows no overlap); the cells
 * they cover other than the top-left are empty, as Excel shows them. The work is bounded by the grid.
 */
function clearMerged(
  areas: readonly CellArea[],
  extent: Extent,
  grids: readonly ((unknown[] | undefined)[] | null)[],
): string[] {
  const merges: string[] = [];
  const masters = new Set<number>();
  let budget = extent.rows * extent.cols + 1_000_000;
  for (const merge of areas) {
    const clipped = clip(merge, extent);
    if (clipped === null) continue;
    const key = clipped.top * 16_384 + clipped.left;
    if (masters.has(key)) continue;
    masters.add(key);
    merges.push(rangeText(clipped));
    const size = (clipped.bottom - clipped.top + 1) * (clipped.right - clipped.left + 1);
    if (size > budget) continue;
    budget -= size;
    for (let r = clipped.top; r <= clipped.bottom; r++) {
      for (let c = clipped.left; c <= clipped.right; c++) {
        if (r === clipped.top && c === clipped.left) continue;
        for (const grid of grids) {
          const row = grid?.[r];
          if (row) row[c] = null;
        }
      }
    }
  }
  return merges;
}

/** A sheet's sparse cells (as `readXlsxWorkbook` reads them) → its snapshot. */
export function sheetToSnapshot(sheet: XlsxSheet, workbook: XlsxWorkbook, limits: ReadLimit[]): SheetSnapshot {
  const { cells } = sheet;
  const grid = new SheetGrid(workbook.styles, workbook.date1904);
  for (let i = 0; i < cells.rows.length; i++) {
    grid.cell(
      cells.rows[i] ?? 0,
      cells.cols[i] ?? 0,
      cells.values[i] ?? null,
      cells.formulas[i] ?? null,
      cells.styles[i] ?? 0,
    );
  }
  return grid.finish(sheet.name, sheet.hidden, cells, limits);
}

function workbookSnapshot(
  parts: XlsxParts<unknown>,
  sheets: readonly SheetSnapshot[],
  limits: readonly ReadLimit[],
  fileName: string | undefined,
): WorkbookSnapshot {
  return {
    ...(fileName === undefined ? {} : { fileName }),
    sheets,
    ...(limits.length > 0 ? { limits } : {}),
    ...(parts.storedChoices === undefined ? {} : { storedChoices: parts.storedChoices }),
    ...(parts.definedNames.length > 0 ? { definedNames: parts.definedNames } : {}),
  };
}

export function xlsxWorkbookToSnapshot(workbook: XlsxWorkbook, fileName?: string): WorkbookSnapshot {
  const limits = [...workbook.limits];
  const sheets = workbook.sheets.map((sheet) => sheetToSnapshot(sheet, workbook, limits));
  return workbookSnapshot(workbook, sheets, limits, fileName);
}

const NO_LAYOUT: SheetLayout = { hiddenRows: [], merges: [], styledArea: { bottom: -1, right: -1 } };

/**
 * The bytes of an .xlsx file → its snapshot, each worksheet's grid filled as its part is read (no
 * sparse copy of the cells in between); the same snapshot as `xlsxWorkbookToSnapshot` of
 * `readXlsxWorkbook` (test/files/xlsx-chunking.property.test.ts), or the same file error.
 */
export function readXlsxSnapshot(
  bytes: Uint8Array,
  fileName: string,
  options: ReadXlsxOptions,
): WorkbookSnapshot | FileReadError {
  // Limits of the grids come after those of the reading, as in `xlsxWorkbookToSnapshot`.
  const gridLimits: ReadLimit[] = [];
  const read = readXlsxParts<SheetSnapshot>(bytes, fileName, options, {
    unread: (name, hidden) => new SheetGrid(NO_STYLES, false).finish(name, hidden, NO_LAYOUT, gridLimits),
    read(name, hidden, text, parts) {
      const grid = new SheetGrid(parts.styles, parts.date1904);
      const layout = scanSheet(text, parts.strings, name, parts.budget, grid);
      return 'problem' in layout ? layout : grid.finish(name, hidden, layout, gridLimits);
    },
  });
  if ('fileError' in read) return read;
  return workbookSnapshot(read, read.sheets, [...read.limits, ...gridLimits], fileName);
}
