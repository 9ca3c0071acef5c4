import type ExcelJS from 'exceljs';
import type { CellValue } from '../core/cell';
import type { SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { normalizeFormula } from './xlsx/formula';

/**
 * ExcelJS workbook → the core's snapshot, for a workbook KUSEI is WRITING (the pane's standalone mode
 * re-reads its ExcelJS model after adding columns). Files are read by src/files/xlsx, never through
 * ExcelJS. Browser-safe (no Node APIs): it takes the workbook object,
 * so it works with the Node build and with `exceljs/dist/exceljs.min.js` alike. Reads values (the cached
 * result for formula cells), formulas, number formats, merges, hidden rows and sheets. Never changes
 * the workbook.
 */

export { normalizeFormula } from './xlsx/formula';

interface FormulaLike {
  formula?: string;
  sharedFormula?: string;
  result?: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A plain value of an ExcelJS cell value (not a formula). */
export function plainValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : { cellError: '#NUM!' };
  if (value instanceof Date) {
    // Dates are shown as the day they name; the core reads them as text, never as a serial number.
    return Number.isNaN(value.getTime())
      ? { cellError: '#VALUE!' }
      : `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if (isObject(value)) {
    if (typeof value.error === 'string') return { cellError: value.error };
    if (Array.isArray(value.richText)) {
      return (value.richText as unknown[])
        .map((run) => (isObject(run) && typeof run.text === 'string' ? run.text : ''))
        .join('');
    }
    if ('formula' in value || 'sharedFormula' in value) return plainValue((value as FormulaLike).result);
    if (typeof value.text === 'string') return value.text;
    if (isObject(value.text) && Array.isArray((value.text as { richText?: unknown }).richText)) {
      return plainValue(value.text);
    }
  }
  return { cellError: '#VALUE!' };
}

function formulaOf(value: unknown, cell: { formula?: unknown }): string | null {
  if (isObject(value) && ('formula' in value || 'sharedFormula' in value)) {
    const text =
      typeof cell.formula === 'string' && cell.formula !== '' ? cell.formula : (value as FormulaLike).formula;
    return typeof text === 'string' ? normalizeFormula(text) : null;
  }
  return null;
}

interface MergeLike {
  range?: string;
}

function mergesOf(worksheet: ExcelJS.Worksheet): string[] {
  const internal = (worksheet as unknown as { _merges?: Record<string, MergeLike> })._merges;
  if (internal) {
    return Object.values(internal)
      .map((merge) => merge.range)
      .filter((range): range is string => typeof range === 'string');
  }
  return [];
}

export function worksheetToSnapshot(worksheet: ExcelJS.Worksheet): SheetSnapshot {
  const rowCount = worksheet.rowCount;
  const colCount = worksheet.columnCount;
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  const hiddenRows: number[] = [];
  let anyFormula = false;
  let anyFormat = false;
  for (let r = 1; r <= rowCount; r++) {
    const row = worksheet.findRow(r);
    const rowValues: CellValue[] = new Array<CellValue>(colCount).fill(null);
    const rowFormulas: (string | null)[] = new Array<string | null>(colCount).fill(null);
    const rowFormats: (string | null)[] = new Array<string | null>(colCount).fill(null);
    if (row) {
      if (row.hidden) hiddenRows.push(r - 1);
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        if (colNumber > colCount) return;
        // Merged cells other than the top-left repeat its value in ExcelJS; the core expects them empty.
        if (cell.isMerged && cell.master !== cell) return;
        const raw: unknown = cell.value;
        rowValues[colNumber - 1] = plainValue(raw);
        const formula = formulaOf(raw, cell);
        if (formula !== null) {
          rowFormulas[colNumber - 1] = formula;
          anyFormula = true;
        }
        const format = cell.numFmt;
        if (typeof format === 'string' && format !== '' && format !== 'General') {
          rowFormats[colNumber - 1] = format;
          anyFormat = true;
        }
      });
    }
    values.push(rowValues);
    formulas.push(rowFormulas);
    numberFormats.push(rowFormats);
  }
  const merges = mergesOf(worksheet);
  return {
    name: worksheet.name,
    origin: 'A1',
    values,
    ...(anyFormula ? { formulas } : {}),
    ...(anyFormat ? { numberFormats } : {}),
    ...(merges.length > 0 ? { merges } : {}),
    ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
    ...(worksheet.state === 'hidden' || worksheet.state === 'veryHidden' ? { hidden: true } : {}),
  };
}

export function workbookToSnapshot(workbook: ExcelJS.Workbook, fileName?: string): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  workbook.eachSheet((worksheet) => {
    sheets.push(worksheetToSnapshot(worksheet));
  });
  return fileName === undefined ? { sheets } : { fileName, sheets };
}
