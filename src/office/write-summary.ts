import type { GridCell, SummaryGrid } from '../core/report/grids';
import { columnLetters } from '../core/address';
import type { SummaryOutcome } from '../workbook/gateway';
import { chartBlock } from '../workbook/summary-chart';
import { loadSheetNames } from './worksheets';

/** ExcelJS widths are in characters; Office's columnWidth is in points (about 6 per character). */
const POINTS_PER_CHARACTER = 6;

/**
 * A grid into a sheet. Only the formulas KUSEI builds go in as formulas; everything else — ward
 * names, actuals, targets, free text copied from ward files — goes in as a value in a text-formatted
 * cell, so a ward cell typed `=HYPERLINK(…)`, `+1+1`, `-2+3` or `@SUM(1)` arrives as that text (Excel
 * reads input starting with =, + or - as a formula, and `1/2` as a date, unless the cell is text).
 */
function writeCells(sheet: Excel.Worksheet, top: number, left: number, rows: readonly (readonly GridCell[])[]): void {
  const width = rows.reduce((max, row) => Math.max(max, row.length), 1);
  const range = `${columnLetters(left)}${top}:${columnLetters(left + width - 1)}${top + rows.length - 1}`;
  const cellAt = (row: readonly GridCell[], c: number): GridCell => row[c] ?? null;
  const block = sheet.getRange(range);
  block.numberFormat = rows.map((row) =>
    Array.from({ length: width }, (_, c) => (typeof cellAt(row, c) === 'string' ? TEXT_FORMAT : 'General')),
  );
  block.values = rows.map((row) =>
    Array.from({ length: width }, (_, c) => {
      const cell = cellAt(row, c);
      return cell === null || typeof cell === 'object' ? '' : cell;
    }),
  );
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell !== null && typeof cell === 'object') {
        sheet.getRange(`${columnLetters(left + c)}${top + r}`).formulas = [[`=${cell.formula}`]];
      }
    }),
  );
}

/** Excel's text number format: what is typed or written into the cell stays text. */
const TEXT_FORMAT = '@';

function writeGrid(sheet: Excel.Worksheet, grid: SummaryGrid, withFreeze: boolean): void {
  const width = grid.rows.reduce((max, row) => Math.max(max, row.length), 1);
  const last = columnLetters(width - 1);
  writeCells(sheet, 1, 0, grid.rows);
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
  writeCells(sheet, block.headerRow, block.column, block.rows);
  sheet.getRange(
    `${columnLetters(block.column)}${block.headerRow}:${columnLetters(block.column + width - 1)}${block.headerRow}`,
  ).format.font.bold = true;
  const chart = sheet.charts.add('BarStacked', sheet.getRange(block.range), 'Columns');
  chart.title.text = block.title;
  const below = block.headerRow + block.rows.length + 1;
  chart.setPosition(`${columnLetters(block.column)}${below}`, `${columnLetters(block.column + 7)}${below + 20}`);
}

/** A sheet name not in use (Excel's limit: 31 characters). */
function spareName(name: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const candidate = `${name.slice(0, 24)}~old${n}`;
    if (!taken.has(candidate)) {
      taken.add(candidate);
      return candidate;
    }
  }
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
  const { sheets, names: inUse } = await loadSheetNames(context);
  const names = grids.map((grid) => grid.name);
  const existing = inUse.filter((name) => names.includes(name));
  if (existing.length > 0 && !replace) return { kind: 'exists', sheets: existing };
  // Excel cannot delete a workbook's last sheet: when the old 集計 and 全区一覧 are all it has, they
  // step aside under a spare name, the new sheets are added, and only then are the old ones deleted.
  const taken = new Set(inUse);
  const old = existing.map((name) => {
    const sheet = sheets.getItem(name);
    sheet.name = spareName(name, taken);
    return sheet;
  });

  const added = grids.map((grid) => {
    const sheet = sheets.add(grid.name);
    writeGrid(sheet, grid, withFreeze);
    return sheet;
  });
  for (const sheet of old) sheet.delete();
  const summary = added[0];
  const summaryGrid = grids[0];
  if (summary && summaryGrid) {
    addChart(summary, summaryGrid);
    summary.activate();
  }
  await context.sync();
  return { kind: 'written', sheets: names };
}
