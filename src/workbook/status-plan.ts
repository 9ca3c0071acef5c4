import type { CellValue } from '../core/cell';
import type { CaseRecord } from '../core/record';
import { planYearIndex, type KuseiSettings } from '../core/settings';
import type { SheetSnapshot } from '../core/snapshot';
import { splitEmbedded, valuePart } from '../core/validate/embedded';
import { columnLetters, localAddress, parseA1 } from '../core/address';
import type { Placement, StatusPlanResult } from './engine';
import type { FormulaCell } from '../workbook/gateway';
import { STATUS_STYLES } from './status-styles';

/** The core's rules as the status formulas compute them, for the cached results we store. */
export interface StatusRules {
  progress(actual: CellValue, target: CellValue): CellValue;
  status(actual: CellValue, target: CellValue, year: number, years: number): CellValue;
}

export const PROGRESS_HEADER = '進捗率';
export const STATUS_HEADER = '状況';

interface RowRefs {
  readonly row: number;
  readonly actual: string;
  /** A cell address, or the target as a quoted text when the sheet writes it inside other text. */
  readonly target: string;
  readonly actualValue: CellValue;
  readonly targetValue: CellValue;
}

/** The target as the sheet states it: its own cell, or the text after a label (西区 "…:48%以上"). */
function targetValue(record: CaseRecord): CellValue {
  return valuePart(record.target !== null ? record.target : record.activityTarget);
}

/**
 * A target cell the formula can point at, or, where the target sits inside a longer text (an
 * outcome or activity-target cell "…:30%以上"), the target itself as a quoted literal.
 */
function targetArgument(record: CaseRecord): string | null {
  const cell = record.source.cells.target;
  if (cell && record.target !== null && !isEmbedded(record)) return cell;
  const value = targetValue(record);
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string' || value.trim() === '') return null;
  return `"${value.replace(/"/g, '""')}"`;
}

/** True when the target cell holds more than the target (a label before it). */
function isEmbedded(record: CaseRecord): boolean {
  const target = record.target;
  return typeof target === 'string' && splitEmbedded(target) !== null;
}

function mostCommon(values: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: number | null = null;
  for (const [value, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = value;
  return best;
}

/**
 * Where the 進捗率 and 状況 columns go and what each cell says: live formulas over each row's own
 * actual and target cells, with the plan year from the settings (`=KUSEI.STATUS(F5,E5,1,3)`).
 * Beside the actual column by default, or right of the table when the user prefers that to
 * overwriting. A row holding several outcomes in one cell is left out: a formula cannot point into
 * part of a cell.
 */
export function planStatusColumns(
  sheet: SheetSnapshot,
  records: readonly CaseRecord[],
  /** 1-based header rows of the sheet's tables: the headers go on the one above the first planned row. */
  headerRows: readonly number[],
  settings: KuseiSettings,
  placement: Placement,
  rules: StatusRules,
): StatusPlanResult {
  const byRow = new Map<number, CaseRecord[]>();
  for (const record of records) {
    if (record.source.sheet !== sheet.name) continue;
    byRow.set(record.source.row, [...(byRow.get(record.source.row) ?? []), record]);
  }
  let skippedRows = 0;
  const rows: RowRefs[] = [];
  for (const [row, group] of byRow) {
    const record = group[0];
    const actual = record?.source.cells.actual;
    const target = record ? targetArgument(record) : null;
    if (!record || !actual || !target) continue;
    if (group.length > 1) {
      skippedRows++;
      continue;
    }
    rows.push({ row, actual, target, actualValue: record.actual, targetValue: targetValue(record) });
  }
  const actualColumn = mostCommon(rows.map((refs) => parseA1(localAddress(refs.actual))?.col ?? -1).filter((col) => col >= 0));
  if (actualColumn === null || rows.length === 0) return { plan: null, skippedRows };
  const inColumn = rows.filter((refs) => parseA1(localAddress(refs.actual))?.col === actualColumn).sort((a, b) => a.row - b.row);
  skippedRows += rows.length - inColumn.length;

  const origin = parseA1(localAddress(sheet.origin)) ?? { row: 0, col: 0 };
  const width = sheet.values.reduce((max, row) => Math.max(max, row.length), 0);
  const progressCol = placement === 'besideActual' ? actualColumn + 1 : origin.col + width;
  const firstRow = inColumn[0]?.row ?? 2;
  const above = headerRows.filter((row) => row < firstRow);
  const header = above.length > 0 ? Math.max(...above) : Math.max(1, firstRow - 1);
  const year = planYearIndex(settings);
  const years = settings.planYears;

  const progressCells: FormulaCell[] = inColumn.map((refs) => ({
    row: refs.row,
    formula: `=KUSEI.PROGRESS(${refs.actual},${refs.target})`,
    cached: rules.progress(refs.actualValue, refs.targetValue),
  }));
  const statusCells: FormulaCell[] = inColumn.map((refs) => ({
    row: refs.row,
    formula: `=KUSEI.STATUS(${refs.actual},${refs.target},${year},${years})`,
    cached: rules.status(refs.actualValue, refs.targetValue, year, years),
  }));
  return {
    plan: {
      sheet: sheet.name,
      progress: {
        column: columnLetters(progressCol),
        headerRow: header,
        header: PROGRESS_HEADER,
        numberFormat: '0.0%',
        cells: progressCells,
      },
      status: {
        column: columnLetters(progressCol + 1),
        headerRow: header,
        header: STATUS_HEADER,
        numberFormat: 'General',
        cells: statusCells,
      },
      styles: STATUS_STYLES,
    },
    skippedRows,
  };
}
