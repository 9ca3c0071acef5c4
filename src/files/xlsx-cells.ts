import type ExcelJS from 'exceljs';
// Cell helpers shared by the pane's standalone mode and `kusei status` (both write with ExcelJS).
import type { CellValue } from '../core/cell';
import { isCellError } from '../core/cell';
import type { StatusStyle } from '../workbook/gateway';

/** What a cell holds, as text to compare and show in the overwrite question. */
export function cellContent(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  if (value instanceof Date) return value.toISOString();
  if ('formula' in value && typeof value.formula === 'string') return `=${value.formula}`;
  if ('sharedFormula' in value) return `=${String(value.sharedFormula)}`;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return '';
}

type FormulaResult = ExcelJS.CellFormulaValue['result'];

function toResult(cached: CellValue): FormulaResult {
  if (cached === null) return undefined;
  if (isCellError(cached)) return { error: cached.cellError as ExcelJS.CellErrorValue['error'] };
  return cached;
}

/** A formula cell as ExcelJS stores it: without "=", with its cached result for other programs. */
export function setFormula(cell: ExcelJS.Cell, formula: string, cached: CellValue): void {
  const result = toResult(cached);
  cell.value = {
    formula: formula.replace(/^=/, ''),
    ...(result === undefined ? {} : { result }),
  };
}

export function setValue(cell: ExcelJS.Cell, value: CellValue): void {
  if (value === null) cell.value = null;
  else if (isCellError(value)) cell.value = { error: value.cellError as ExcelJS.CellErrorValue['error'] };
  else cell.value = value;
}

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

/**
 * The status colours on `ref` (earlier rules on the same range replaced). Written as expression
 * rules with the formula Excel itself uses for "text contains": ExcelJS drops the `text` attribute
 * of containsText rules, so the formula is what every program evaluates anyway.
 */
export function addStatusFormatting(sheet: ExcelJS.Worksheet, ref: string, styles: readonly StatusStyle[]): void {
  const topLeft = ref.split(':')[0] ?? ref;
  // ExcelJS keeps the entries the filter accepts.
  sheet.removeConditionalFormatting((existing: { ref?: string }) => existing.ref !== ref);
  sheet.addConditionalFormatting({
    ref,
    rules: styles.map((style, index) => ({
      type: 'expression',
      formulae: [`NOT(ISERROR(SEARCH("${style.text}",${topLeft})))`],
      priority: index + 1,
      style: {
        fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(style.fill) } },
        font: { color: { argb: argb(style.font) } },
      },
    })),
  });
}
