import type ExcelJS from 'exceljs';
import type { SummaryGrid } from '../core/aggregate/summary-sheets';

export interface SummaryWorkbookOptions {
  /**
   * Write each formula's cached result (the default: a viewer that does not calculate still shows
   * the figures). Off only to prove that a spreadsheet program recalculates them by itself.
   */
  readonly cachedResults?: boolean;
}

/**
 * Fills a workbook with the summary grids: 集計 first (what a coordinator opens the file for), then
 * 全区一覧. The caller creates the workbook from ExcelJS's Node or browser build, so this runs in the
 * CLI and in the pane's standalone mode alike.
 */
export function fillSummaryWorkbook(
  workbook: ExcelJS.Workbook,
  grids: readonly SummaryGrid[],
  options: SummaryWorkbookOptions = {},
): void {
  workbook.creator = 'KUSEI';
  // Excel recalculates everything when it opens the file, so the figures follow 全区一覧 even if a
  // program that cannot calculate changed it in between.
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const grid of grids) addGrid(workbook, grid, options.cachedResults ?? true);
}

function addGrid(workbook: ExcelJS.Workbook, grid: SummaryGrid, cachedResults: boolean): void {
  const sheet = workbook.addWorksheet(grid.name);
  grid.columnWidths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  grid.rows.forEach((cells, rowIndex) => {
    const row = sheet.getRow(rowIndex + 1);
    cells.forEach((cell, colIndex) => {
      if (cell === null) return;
      const target = row.getCell(colIndex + 1);
      target.value =
        typeof cell === 'object'
          ? cachedResults
            ? { formula: cell.formula, result: cell.result }
            : { formula: cell.formula }
          : cell;
    });
  });
  for (const heading of grid.headingRows) sheet.getRow(heading).font = { bold: true };
  for (const [address, format] of Object.entries(grid.formats)) sheet.getCell(address).numFmt = format;
  for (const range of grid.merges) sheet.mergeCells(range);
  if (grid.freezeRows > 0) sheet.views = [{ state: 'frozen', ySplit: grid.freezeRows }];
}
