import type ExcelJS from 'exceljs';
import type { SummaryGrid } from '../core/report/grids';

export interface SummaryWorkbookOptions {
  /**
   * Write each formula's cached result (the default: a viewer that does not calculate still shows
   * the figures). Off only to prove that a spreadsheet program recalculates them by itself.
   */
  readonly cachedResults?: boolean;
}

/**
 * Fills a workbook with the summary grids, ready to hand on (issue 15 §5): each sheet prints on A4
 * landscape, one page wide, its header rows repeated; lists are frozen and filtered; statuses are
 * coloured; Table 2 carries in-cell data bars. ExcelJS writes no native charts (docs/dependencies.md):
 * the chart's data sits beside Table 2 and the pane draws the native chart when it writes into Excel.
 * The caller creates the workbook from ExcelJS's Node or browser build, so this runs in both.
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

/** ExcelJS wants ARGB without '#'. */
function argb(colour: string): string {
  return `FF${colour.replace('#', '').toUpperCase()}`;
}

function addGrid(workbook: ExcelJS.Workbook, grid: SummaryGrid, cachedResults: boolean): void {
  const sheet = workbook.addWorksheet(grid.name, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      ...(grid.print?.titleRows ? { printTitlesRow: grid.print.titleRows } : {}),
      ...(grid.print?.area ? { printArea: grid.print.area } : {}),
    },
    headerFooter: { oddFooter: '&P / &N' },
  });
  grid.columnWidths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  for (const col of grid.wrapColumns ?? []) sheet.getColumn(col + 1).alignment = { wrapText: true, vertical: 'top' };
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
  for (const [address, colour] of Object.entries(grid.fills ?? {}))
    sheet.getCell(address).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(colour) } };
  for (const range of grid.merges) sheet.mergeCells(range);
  for (const bar of grid.dataBars ?? [])
    sheet.addConditionalFormatting({
      ref: bar.range,
      rules: [
        {
          type: 'dataBar',
          priority: 1,
          gradient: false,
          cfvo: [{ type: 'num', value: 0 }, { type: 'max' }],
          color: { argb: argb(bar.color) },
        } as ExcelJS.DataBarRuleType,
      ],
    });
  if (grid.autoFilter) sheet.autoFilter = grid.autoFilter;
  const xSplit = grid.freezeColumns ?? 0;
  if (grid.freezeRows > 0 || xSplit > 0) sheet.views = [{ state: 'frozen', ySplit: grid.freezeRows, xSplit }];
}
