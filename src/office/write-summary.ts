import type { GridCell, SummaryGrid } from '../core/report/grids';
import { columnLetters } from '../core/address';
import type { SummaryOutcome } from '../workbook/gateway';
import { chartBlock } from '../workbook/summary-chart';

/** ExcelJS widths are in characters; Office's columnWidth is in points (about 6 per character). */
const POINTS_PER_CHARACTER = 6;

function toFormulaCell(cell: GridCell | undefined): string | number {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'object' ? `=${cell.formula}` : cell;
}

function writeGrid(sheet: Excel.Worksheet, grid: SummaryGrid, withFreeze: boolean): void {
  const width = grid.rows.reduce((max, row) => Math.max(max, row.length), 1);
  const last = columnLetters(width - 1);
  sheet.getRange(`A1:${last}${grid.rows.length}`).formulas = grid.rows.map((row) =>
    Array.from({ length: width }, (_, c) => toFormulaCell(row[c])),
  );
  for (const [address, format] of Object.entries(grid.formats)) sheet.getRange(address).numberFormat = [[format]];
  for (const range of grid.merges) sheet.getRange(range).merge(false);
  for (const row of grid.headingRows) sheet.getRange(`A${row}:${last}${row}`).format.font.bold = true;
  grid.columnWidths.forEach((characters, c) => {
    sheet.getRange(`${columnLetters(c)}:${columnLetters(c)}`).format.columnWidth = characters * POINTS_PER_CHARACTER;
  });
  if (withFreeze && grid.freezeRows > 0) sheet.freezePanes.freezeRows(grid.freezeRows);
}

/** The chart data beside Table 2 and a native stacked bar chart of it. */
function addChart(sheet: Excel.Worksheet, grid: SummaryGrid): void {
  const block = chartBlock(grid);
  if (!block) return;
  const width = block.rows[0]?.length ?? 0;
  sheet.getRange(block.range).formulas = block.rows.map((row) =>
    Array.from({ length: width }, (_, c) => toFormulaCell(row[c])),
  );
  sheet.getRange(
    `${columnLetters(block.column)}${block.headerRow}:${columnLetters(block.column + width - 1)}${block.headerRow}`,
  ).format.font.bold = true;
  const chart = sheet.charts.add('BarStacked', sheet.getRange(block.range), 'Columns');
  chart.title.text = block.title;
  const below = block.headerRow + block.rows.length + 1;
  chart.setPosition(`${columnLetters(block.column)}${below}`, `${columnLetters(block.column + 7)}${below + 20}`);
}

/**
 * 集計 and 全区一覧 into the open workbook in two requests: learn the sheet names, then (unless a
 * sheet of the same name exists and replacing was not agreed) add both sheets, write them, add the
 * chart and show 集計, in one batch.
 */
export async function writeSummary(
  context: Excel.RequestContext,
  grids: readonly SummaryGrid[],
  replace: boolean,
  withFreeze: boolean,
): Promise<SummaryOutcome> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();

  const names = grids.map((grid) => grid.name);
  const existing = sheets.items.map((sheet) => sheet.name).filter((name) => names.includes(name));
  if (existing.length > 0 && !replace) return { kind: 'exists', sheets: existing };
  for (const name of existing) sheets.getItem(name).delete();

  const added = grids.map((grid) => {
    const sheet = sheets.add(grid.name);
    writeGrid(sheet, grid, withFreeze);
    return sheet;
  });
  const summary = added[0];
  const summaryGrid = grids[0];
  if (summary && summaryGrid) {
    addChart(summary, summaryGrid);
    summary.activate();
  }
  await context.sync();
  return { kind: 'written', sheets: names };
}
