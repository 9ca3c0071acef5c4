import type { Catalogue } from '../core/catalogue/types';
import type { CellValue } from '../core/cell';
import { CITY_WIDE, REFERENCE_ONLY, portableRowCells, rowScope, textFormula, type RowScope } from '../core/portable';
import type { CaseRecord } from '../core/record';
import { planYearIndex, type KuseiSettings } from '../core/settings';
import type { SheetSnapshot } from '../core/snapshot';
import { splitEmbedded, valuePart } from '../core/validate/embedded';
import { columnIndex, columnLetters, localAddress, parseA1 } from '../core/address';
import { isKuseiError } from '../core/result';
import { progress } from '../core/rules/progress';
import { status } from '../core/rules/status';
import type { SheetReading } from '../core/validate/types';
import type { FormulaCell, StatusColumnsPlan } from './gateway';
import { STATUS_STYLES } from './status-styles';

/** The core's rules as the status formulas compute them, for the cached results we store. */
export interface StatusRules {
  progress(actual: CellValue, target: CellValue): CellValue;
  status(actual: CellValue, target: CellValue, year: number, years: number): CellValue;
}

/**
 * Where the columns go: right of the table (default; into the columns written before, if any), beside
 * the actual when no field is there, or into new columns right of everything (never those written
 * before: the choice when they hold something the user typed).
 */
export type Placement = 'besideActual' | 'afterTable' | 'newColumns';

export interface StatusPlanResult {
  readonly plan: StatusColumnsPlan | null;
  /** Rows left out because one cell holds several outcomes (a formula cannot point into a cell). */
  readonly skippedRows: number;
}

export const PROGRESS_HEADER = '進捗率';
export const STATUS_HEADER = '状況';

/** What else the plan needs to know about the sheet beside its records. */
export interface PlanContext {
  /** The catalogue, to tell rows the city does not judge per ward (参考, 全市で判定). */
  readonly catalogue?: Catalogue | null;
  /** 0-based columns the reader mapped to a field: never written over. */
  readonly mappedColumns?: readonly number[];
}

interface RowRefs {
  readonly row: number;
  readonly actual: string;
  /** A cell address, or the target as a quoted text when the sheet writes it inside other text. */
  readonly target: string;
  readonly actualValue: CellValue;
  readonly targetValue: CellValue;
  readonly scope: RowScope;
}

/** The target as the sheet states it: its own cell, or the text after a label (西区 "…:48%以上"). */
function targetValue(record: CaseRecord): CellValue {
  return valuePart(record.target !== null ? record.target : record.activityTarget);
}

/**
 * Excel refuses a text literal over 255 characters inside a formula, so a long target is joined
 * from pieces ("…"&"…"). Pieces are cut before quoting, so a doubled quote is never split.
 */
const LITERAL_PIECE = 250;

export function textLiteral(text: string): string {
  const pieces: string[] = [];
  for (let start = 0; start < text.length || pieces.length === 0; start += LITERAL_PIECE) {
    pieces.push(`"${text.slice(start, start + LITERAL_PIECE).replace(/"/g, '""')}"`);
  }
  return pieces.join('&');
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
  return textLiteral(value);
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

function text(value: CellValue | undefined): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** The column of 進捗率 where a header row already has 進捗率 and 状況 side by side (written before). */
function existingColumns(sheet: SheetSnapshot, header: number): number | null {
  const origin = parseA1(localAddress(sheet.origin)) ?? { row: 0, col: 0 };
  // header is the sheet's row number (1-based), origin a 0-based offset.
  const row = sheet.values[header - 1 - origin.row] ?? [];
  for (let offset = 0; offset + 1 < row.length; offset++) {
    if (text(row[offset]) === PROGRESS_HEADER && text(row[offset + 1]) === STATUS_HEADER) return origin.col + offset;
  }
  return null;
}

/**
 * Where the 進捗率 and 状況 columns go and what each cell says. By default (settings.statusFormulas
 * 'excel') portable formulas of Excel's own functions that any Excel or LibreOffice recalculates
 * to the core's answer without the add-in (core/portable); with 'kusei' live KUSEI formulas
 * (`=KUSEI.STATUS(F5,E5,1,3)`). Right of the table by default, or beside the actual column when
 * the two columns there are not mapped to a field; where the columns were written before, there
 * again. A row holding several outcomes in one cell is left out: a formula cannot point into part
 * of a cell.
 */
export function planStatusColumns(
  sheet: SheetSnapshot,
  records: readonly CaseRecord[],
  /** 1-based header rows of the sheet's tables: the headers go on the one above the first planned row. */
  headerRows: readonly number[],
  settings: KuseiSettings,
  placement: Placement,
  rules: StatusRules,
  context: PlanContext = {},
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
    rows.push({
      row,
      actual,
      target,
      actualValue: record.actual,
      targetValue: targetValue(record),
      scope: rowScope(record, context.catalogue ?? null),
    });
  }
  const actualColumn = mostCommon(
    rows.map((refs) => parseA1(localAddress(refs.actual))?.col ?? -1).filter((col) => col >= 0),
  );
  if (actualColumn === null || rows.length === 0) return { plan: null, skippedRows };
  const inColumn = rows
    .filter((refs) => parseA1(localAddress(refs.actual))?.col === actualColumn)
    .sort((a, b) => a.row - b.row);
  skippedRows += rows.length - inColumn.length;

  const firstRow = inColumn[0]?.row ?? 2;
  const above = headerRows.filter((row) => row < firstRow);
  const header = above.length > 0 ? Math.max(...above) : Math.max(1, firstRow - 1);
  const progressCol = progressColumn(sheet, header, actualColumn, placement, context.mappedColumns ?? []);
  const year = planYearIndex(settings);
  const years = settings.planYears;
  const cells = inColumn.map((refs) =>
    (settings.statusFormulas ?? 'excel') === 'excel'
      ? portableCells(refs, year, years)
      : kuseiCells(refs, year, years, rules),
  );

  return {
    plan: {
      sheet: sheet.name,
      progress: {
        column: columnLetters(progressCol),
        headerRow: header,
        header: PROGRESS_HEADER,
        numberFormat: '0.0%',
        cells: cells.map((cell) => cell.progress),
      },
      status: {
        column: columnLetters(progressCol + 1),
        headerRow: header,
        header: STATUS_HEADER,
        numberFormat: 'General',
        cells: cells.map((cell) => cell.status),
      },
      styles: STATUS_STYLES,
    },
    skippedRows,
  };
}

/**
 * Beside the actual only when neither column there is mapped to a field (on the standard layout
 * they are 区運営方針への記載 and 取組の実施状況, Table 1's inputs); else right of the table.
 */
function progressColumn(
  sheet: SheetSnapshot,
  header: number,
  actualColumn: number,
  placement: Placement,
  mapped: readonly number[],
): number {
  const existing = placement === 'newColumns' ? null : existingColumns(sheet, header);
  if (existing !== null) return existing;
  const beside = actualColumn + 1;
  if (placement === 'besideActual' && !mapped.includes(beside) && !mapped.includes(beside + 1)) return beside;
  const origin = parseA1(localAddress(sheet.origin)) ?? { row: 0, col: 0 };
  const width = sheet.values.reduce((max, row) => Math.max(max, row.length), 0);
  return Math.max(origin.col + width, ...mapped.map((col) => col + 1));
}

interface RowCells {
  readonly progress: FormulaCell;
  readonly status: FormulaCell;
}

function portableCells(refs: RowRefs, year: number, years: number): RowCells {
  const cells = portableRowCells(refs.actual, refs.actualValue, refs.targetValue, year, years, refs.scope);
  return { progress: { row: refs.row, ...cells.progress }, status: { row: refs.row, ...cells.status } };
}

function kuseiCells(refs: RowRefs, year: number, years: number, rules: StatusRules): RowCells {
  const progress: FormulaCell = {
    row: refs.row,
    formula: `=KUSEI.PROGRESS(${refs.actual},${refs.target})`,
    cached: rules.progress(refs.actualValue, refs.targetValue),
  };
  if (refs.scope === 'cityWide') {
    return { progress: { row: refs.row, ...textFormula('') }, status: { row: refs.row, ...textFormula(CITY_WIDE) } };
  }
  if (refs.scope === 'reference') return { progress, status: { row: refs.row, ...textFormula(REFERENCE_ONLY) } };
  return {
    progress,
    status: {
      row: refs.row,
      formula: `=KUSEI.STATUS(${refs.actual},${refs.target},${year},${years})`,
      cached: rules.status(refs.actualValue, refs.targetValue, year, years),
    },
  };
}

/** The core's own rules for the cached results of KUSEI formulas (what the custom functions give). */
export const CORE_STATUS_RULES: StatusRules = {
  progress: (actual, target) => asCell(progress(actual, target)),
  status: (actual, target, year, years) => asCell(status(actual, target, year, years)),
};

function asCell(result: unknown): CellValue {
  if (isKuseiError(result)) return { cellError: result.error };
  if (typeof result === 'number' || typeof result === 'string' || typeof result === 'boolean') return result;
  return null;
}

/**
 * The plan for a sheet as the core read it: header rows from its tables, every mapped column kept
 * free, the catalogue telling rows not judged per ward. The pane's engine and `kusei status` both
 * plan through here, so they write the same cells.
 */
export function planForReading(
  sheet: SheetSnapshot,
  reading: SheetReading,
  settings: KuseiSettings,
  placement: Placement,
  catalogue: Catalogue | null,
  rules: StatusRules = CORE_STATUS_RULES,
): StatusPlanResult {
  const headerRows = reading.tables.map((table) => table.headerRow);
  const mappedColumns = reading.tables.flatMap((table) =>
    table.columns.flatMap((column) => columnIndex(column.column) ?? []),
  );
  return planStatusColumns(sheet, reading.records, headerRows, settings, placement, rules, {
    catalogue,
    mappedColumns,
  });
}
