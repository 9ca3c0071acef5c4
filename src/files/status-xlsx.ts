import type ExcelJS from 'exceljs';
import { needsConsent } from '../workbook/conflicts';
import type { ColumnWrite, StatusColumnsPlan, WriteConflict, WriteOutcome } from '../workbook/gateway';
import { addStatusFormatting, cellContent, setFormula, setValue } from './xlsx-cells';

/**
 * The status columns into an ExcelJS worksheet: the pane in standalone mode and `kusei status`
 * write through this one function. Nothing is written when a cell in the way holds something else
 * than what we write (our header, our formulas) and `overwrite` was not given: the conflicts come
 * back for the caller to ask about. Formulas keep their cached results for programs that do not
 * recalculate; a cell planned without "=" is written as a plain value.
 */
export function writeStatusColumnsXlsx(
  sheet: ExcelJS.Worksheet,
  plan: StatusColumnsPlan,
  overwrite: boolean,
): WriteOutcome {
  const conflicts = [plan.progress, plan.status].flatMap((column) => conflictsIn(sheet, column));
  if (conflicts.length > 0 && !overwrite) return { kind: 'conflicts', conflicts };

  let written = 0;
  for (const column of [plan.progress, plan.status]) {
    const headerCell = sheet.getCell(`${column.column}${column.headerRow}`);
    headerCell.value = column.header;
    headerCell.font = { bold: true };
    for (const cell of column.cells) {
      const target = sheet.getCell(`${column.column}${cell.row}`);
      if (cell.formula.startsWith('=')) setFormula(target, cell.formula, cell.cached);
      else setValue(target, cell.cached);
      target.numFmt = column.numberFormat;
      written++;
    }
  }
  const rows = plan.status.cells.map((cell) => cell.row);
  if (rows.length > 0) {
    const first = rows.reduce((min, row) => Math.min(min, row));
    const last = rows.reduce((max, row) => Math.max(max, row));
    addStatusFormatting(sheet, `${plan.status.column}${first}:${plan.status.column}${last}`, plan.styles);
  }
  return { kind: 'written', cells: written + 2 };
}

function conflictsIn(sheet: ExcelJS.Worksheet, column: ColumnWrite): WriteConflict[] {
  const addresses = [
    `${column.column}${column.headerRow}`,
    ...column.cells.map((cell) => `${column.column}${cell.row}`),
  ];
  return addresses.flatMap((address) => {
    const text = cellContent(sheet.getCell(address));
    return needsConsent(text, column.header) ? [{ address, text }] : [];
  });
}
