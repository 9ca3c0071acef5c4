import type ExcelJS from 'exceljs';
import type { SummaryGrid } from '../../core/report/grids';
import { fillSummaryWorkbook } from '../../files/write-summary-xlsx';
import { cellAddress } from '../../core/address';
import { chartBlock } from '../../workbook/summary-chart';

/**
 * The consolidation's sheets in an ExcelJS workbook (the CLI's writer), plus the chart data beside
 * Table 2. ExcelJS cannot write charts: the file carries the data block, and the pane in Excel draws
 * the native chart from the same block.
 */
export function addSummarySheets(workbook: ExcelJS.Workbook, grids: readonly SummaryGrid[]): void {
  fillSummaryWorkbook(workbook, grids);
  const grid = grids[0];
  const sheet = grid ? workbook.getWorksheet(grid.name) : undefined;
  const block = grid ? chartBlock(grid) : null;
  if (!sheet || !block) return;
  block.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      const target = sheet.getCell(cellAddress(block.headerRow - 1 + r, block.column + c));
      target.value = cell !== null && typeof cell === 'object' ? { formula: cell.formula, result: cell.result } : cell;
      if (r === 0) target.font = { bold: true };
    });
  });
}
