import type { CellValue } from '../cell';
import type { Field } from '../layouts/fields';
import type { SheetGrid } from '../layouts/grid';
import type { HeaderBlock } from '../layouts/header';
import { isBlankText } from '../layouts/normalize';

/** One mapped cell of a data row: where it is and what it holds (a merged cell's anchor value). */
export interface CellRef {
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
  /** Set when this value is one line of a multi-outcome cell. */
  readonly line?: number;
  /** Excel number format, when the host gave one (a 0.513 shown as 51.3%). */
  readonly numberFormat?: string;
  /** True when the value is carried down from a merged cell that starts in a row above. */
  readonly carried?: boolean;
}

export type RowCells = Partial<Record<Field, CellRef[]>>;

/** The fields of a table's columns in first-appearance order, each with its columns (most have one). */
interface RowPlan {
  readonly fields: readonly { readonly field: Field; readonly cols: readonly number[] }[];
}

const plans = new WeakMap<HeaderBlock, RowPlan>();

function planOf(block: HeaderBlock): RowPlan {
  const known = plans.get(block);
  if (known) return known;
  const byField = new Map<Field, number[]>();
  for (const column of block.columns) {
    const cols = byField.get(column.field);
    if (cols) cols.push(column.col);
    else byField.set(column.field, [column.col]);
  }
  const plan: RowPlan = { fields: [...byField].map(([field, cols]) => ({ field, cols })) };
  plans.set(block, plan);
  return plan;
}

/**
 * The mapped cells of one data row, grouped by field (repeatable fields may have several), keyed in
 * the order the fields first appear in the table. The grouping is worked out once per table.
 */
export function rowCells(grid: SheetGrid, block: HeaderBlock, row: number): RowCells {
  const plan = planOf(block);
  const cells: RowCells = {};
  for (const { field, cols } of plan.fields) {
    // Arrays of their final size: an empty array grown by push reserves room for 17 refs, per field
    // per row, which the garbage collector then has to sweep up.
    cells[field] = cols.length === 1 ? [cellRef(grid, row, cols[0] ?? 0)] : cols.map((col) => cellRef(grid, row, col));
  }
  return cells;
}

/** One cell of a data row: a blank cell inside a merge reads as the merge's anchor. */
function cellRef(grid: SheetGrid, row: number, col: number): CellRef {
  const value = grid.value(row, col);
  if (value === null) {
    const merge = grid.mergeAt(row, col);
    if (merge && merge.top < row) return { row, col, value: grid.value(merge.top, merge.left), carried: true };
  }
  const numberFormat = typeof value === 'number' ? grid.numberFormat(row, col) : undefined;
  return numberFormat ? { row, col, value, numberFormat } : { row, col, value };
}

export function first(cells: RowCells, field: Field): CellRef | null {
  return cells[field]?.[0] ?? null;
}

export function hasContent(ref: CellRef | null | undefined): boolean {
  if (!ref) return false;
  const { value } = ref;
  return !(value === null || (typeof value === 'string' && isBlankText(value)));
}

/** True when every mapped cell of the row is blank: nothing to read. */
export function isEmptyRow(cells: RowCells): boolean {
  for (const field in cells) {
    const refs = cells[field as Field];
    if (refs === undefined) continue;
    for (const ref of refs) if (hasContent(ref)) return false;
  }
  return true;
}

/** True for a text cell written on several lines (it may hold several outcomes). */
export function isMultiLine(value: CellValue): boolean {
  return typeof value === 'string' && value.includes('\n');
}

/** Lines of a multi-line text cell; other values are one line. */
export function linesOf(value: CellValue): CellValue[] {
  if (typeof value !== 'string' || !value.includes('\n')) return [value];
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
