import ExcelJS from 'exceljs';
import type { CellValue } from '../../../src/core/cell';
import type { SheetSnapshot, WorkbookSnapshot } from '../../../src/core/snapshot';
import { workbookToSnapshot } from '../../../src/files/exceljs-snapshot';

/** The old read path (ExcelJS's xlsx.load + its snapshot), the reference where ExcelJS is right. */
export async function excelJsSnapshot(bytes: Uint8Array, fileName: string): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbookToSnapshot(workbook, fileName);
}

/** One cell of a sheet, as compared: value, formula, format. */
export interface CellView {
  readonly address: string;
  readonly value: CellValue;
  readonly formula: string | null;
  readonly format: string | null;
}

function letters(index: number): string {
  let out = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    out = String.fromCharCode(65 + ((rest - 1) % 26)) + out;
  }
  return out;
}

/**
 * A sheet as a list of its non-empty cells plus merges and hidden rows: two readings agree when these
 * agree, whatever empty rows or columns each grid carries at its end.
 */
export function sheetView(sheet: SheetSnapshot): {
  name: string;
  hidden: boolean;
  cells: CellView[];
  merges: string[];
  hiddenRows: number[];
} {
  const cells: CellView[] = [];
  let lastRow = -1;
  sheet.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const formula = sheet.formulas?.[r]?.[c] ?? null;
      if (value === null && formula === null) return;
      lastRow = Math.max(lastRow, r);
      cells.push({ address: `${letters(c)}${r + 1}`, value, formula, format: sheet.numberFormats?.[r]?.[c] ?? null });
    }),
  );
  return {
    name: sheet.name,
    hidden: sheet.hidden === true,
    cells,
    merges: [...(sheet.merges ?? [])].sort(),
    hiddenRows: (sheet.hiddenRows ?? []).filter((row) => row <= lastRow),
  };
}
