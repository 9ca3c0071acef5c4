import type { CellValue } from '../cell';
import type { Field } from '../layouts/fields';
import type { SheetGrid } from '../layouts/grid';
import type { HeaderBlock } from '../layouts/header';

/** One mapped cell of a data row: where it is and what it holds (a merged cell's anchor value). */
export interface CellRef {
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
  /** Set when this value is one line of a multi-outcome cell. */
  readonly line?: number;
  /** Excel number format, when the host gave one (a 0.513 shown as 51.3%). */
  readonly numberFormat?: string;
}

export type RowCells = Partial<Record<Field, CellRef[]>>;

/** The mapped cells of one data row, grouped by field (repeatable fields may have several). */
export function rowCells(grid: SheetGrid, block: HeaderBlock, row: number): RowCells {
  const cells: RowCells = {};
  for (const column of block.columns) {
    let value = grid.value(row, column.col);
    if (value === null) {
      const merge = grid.mergeAt(row, column.col);
      if (merge && merge.top < row) value = grid.value(merge.top, merge.left);
    }
    const numberFormat = typeof value === 'number' ? grid.numberFormat(row, column.col) : undefined;
    (cells[column.field] ??= []).push(
      numberFormat ? { row, col: column.col, value, numberFormat } : { row, col: column.col, value },
    );
  }
  return cells;
}

export function first(cells: RowCells, field: Field): CellRef | null {
  return cells[field]?.[0] ?? null;
}

export function hasContent(ref: CellRef | null | undefined): boolean {
  if (!ref) return false;
  const { value } = ref;
  return !(value === null || (typeof value === 'string' && value.trim() === ''));
}

/** True when every mapped cell of the row is blank: nothing to read. */
export function isEmptyRow(cells: RowCells): boolean {
  for (const refs of Object.values(cells)) {
    if (refs?.some(hasContent)) return false;
  }
  return true;
}

/** Lines of a multi-line text cell; other values are one line. */
export function linesOf(value: CellValue): CellValue[] {
  if (typeof value !== 'string' || !value.includes('\n')) return [value];
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
