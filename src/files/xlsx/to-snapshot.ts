import type { CellValue } from '../../core/cell';
import type { ReadLimit } from '../../core/read-limits';
import type { SheetSnapshot, WorkbookSnapshot } from '../../core/snapshot';
import { columnLetters } from '../../core/address';
import { excelDateText } from './number-formats';
import type { XlsxSheet, XlsxWorkbook } from './read-workbook';
import type { CellArea } from './sheet-part';

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

/** The grid of a sheet: everything Excel would count as used if that fits, else the cells with content. */
function extentOf(sheet: XlsxSheet, limits: ReadLimit[]): { extent: Extent; keep: (index: number) => boolean } {
  const { cells } = sheet;
  const content: Extent = { rows: 0, cols: 0 };
  for (let i = 0; i < cells.rows.length; i++) {
    const row = cells.rows[i] ?? 0;
    const col = cells.cols[i] ?? 0;
    if (row >= content.rows) content.rows = row + 1;
    if (col >= content.cols) content.cols = col + 1;
  }
  // Styled empty cells, merges and hidden rows widen the used area in Excel (and in ExcelJS's reading).
  const used: Extent = {
    rows: Math.max(content.rows, cells.styledArea.bottom + 1),
    cols: Math.max(content.cols, cells.styledArea.right + 1),
  };
  for (const merge of cells.merges) {
    used.rows = Math.max(used.rows, merge.bottom + 1);
    used.cols = Math.max(used.cols, merge.right + 1);
  }
  for (const row of cells.hiddenRows) used.rows = Math.max(used.rows, row + 1);
  if (area(used) <= MAX_GRID_CELLS) return { extent: used, keep: () => true };
  if (content.rows === 0) return { extent: { rows: 0, cols: 0 }, keep: () => true };
  if (area(content) <= MAX_GRID_CELLS) return { extent: content, keep: () => true };
  // Content alone is too large: keep the rows that fit under the widest column, report the others.
  const fitRows = Math.max(1, Math.floor(MAX_GRID_CELLS / content.cols));
  let dropped = 0;
  let firstDropped = Number.POSITIVE_INFINITY;
  const kept: Extent = { rows: 0, cols: 0 };
  for (let i = 0; i < cells.rows.length; i++) {
    const row = cells.rows[i] ?? 0;
    if (row >= fitRows) {
      dropped++;
      firstDropped = Math.min(firstDropped, row);
      continue;
    }
    kept.rows = Math.max(kept.rows, row + 1);
    kept.cols = Math.max(kept.cols, (cells.cols[i] ?? 0) + 1);
  }
  limits.push({
    code: 'sheet.tooManyRows',
    sheet: sheet.name,
    row: firstDropped,
    col: null,
    limit: fitRows,
    count: dropped,
  });
  return { extent: kept, keep: (i) => (cells.rows[i] ?? 0) < fitRows };
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

export function sheetToSnapshot(sheet: XlsxSheet, workbook: XlsxWorkbook, limits: ReadLimit[]): SheetSnapshot {
  const { cells } = sheet;
  const { extent, keep } = extentOf(sheet, limits);
  const values: CellValue[][] = [];
  for (let r = 0; r < extent.rows; r++) values.push(nullRow<CellValue>(extent.cols));
  let formulas: (string | null)[][] | null = null;
  let formats: (string | null)[][] | null = null;
  const { formats: styleFormats, dates } = workbook.styles;
  for (let i = 0; i < cells.rows.length; i++) {
    if (!keep(i)) continue;
    const row = cells.rows[i] ?? 0;
    const col = cells.cols[i] ?? 0;
    const style = cells.styles[i] ?? 0;
    let value = cells.values[i] ?? null;
    if (typeof value === 'number' && dates[style] === true) {
      // A date is the day it names ("2015-04-01"); the core reads dates as text, never as serials.
      value = excelDateText(value, workbook.date1904) ?? { cellError: '#VALUE!' };
    }
    const valueRow = values[row];
    if (valueRow) valueRow[col] = value;
    const formula = cells.formulas[i] ?? null;
    if (formula !== null) {
      formulas ??= Array.from({ length: extent.rows }, () => nullRow<string>(extent.cols));
      const formulaRow = formulas[row];
      if (formulaRow) formulaRow[col] = formula;
    }
    const format = styleFormats[style] ?? null;
    if (format !== null) {
      formats ??= Array.from({ length: extent.rows }, () => nullRow<string>(extent.cols));
      const formatRow = formats[row];
      if (formatRow) formatRow[col] = format;
    }
  }
  // Merges: listed clipped to the grid (first one per top-left, as Excel allows no overlap); the cells
  // they cover other than the top-left are empty, as Excel shows them. The work is bounded by the grid.
  const merges: string[] = [];
  const masters = new Set<number>();
  let budget = extent.rows * extent.cols + 1_000_000;
  for (const merge of cells.merges) {
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
        const valueRow = values[r];
        if (valueRow) valueRow[c] = null;
        const formulaRow = formulas?.[r];
        if (formulaRow) formulaRow[c] = null;
        const formatRow = formats?.[r];
        if (formatRow) formatRow[c] = null;
      }
    }
  }
  const hiddenRows = [...new Set(cells.hiddenRows.filter((row) => row < extent.rows))].sort((a, b) => a - b);
  return {
    name: sheet.name,
    origin: 'A1',
    values,
    ...(formulas ? { formulas } : {}),
    ...(formats ? { numberFormats: formats } : {}),
    ...(merges.length > 0 ? { merges } : {}),
    ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
    ...(sheet.hidden ? { hidden: true } : {}),
  };
}

export function xlsxWorkbookToSnapshot(workbook: XlsxWorkbook, fileName?: string): WorkbookSnapshot {
  const limits = [...workbook.limits];
  const sheets = workbook.sheets.map((sheet) => sheetToSnapshot(sheet, workbook, limits));
  return {
    ...(fileName === undefined ? {} : { fileName }),
    sheets,
    ...(limits.length > 0 ? { limits } : {}),
    ...(workbook.storedChoices === undefined ? {} : { storedChoices: workbook.storedChoices }),
  };
}
