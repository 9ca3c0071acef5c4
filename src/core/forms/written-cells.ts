import type { CellValue } from '../cell';
import type { SheetGrid } from '../layouts/grid';
import { isBlank, normalizeHeader } from '../layouts/normalize';
import { cellText } from '../text';

/**
 * A cell something is written in, as a form reader sees it: a merged area counts once, at its top-left
 * cell, with its extent (a stage caption merged over four rows covers them all).
 */
export interface WrittenCell {
  /** 0-based sheet row / column of the top-left cell. */
  readonly row: number;
  readonly col: number;
  /** Last row / column the cell covers (itself when not merged). */
  readonly bottom: number;
  readonly right: number;
  readonly value: CellValue;
  /** The text as written. */
  readonly text: string;
  /** Normalised for label matching (`normalizeHeader`). */
  readonly key: string;
}

/** Forms are a page or a few: a sheet much longer than this is a table, not a form. */
export const MAX_FORM_ROWS = 5000;
/** A form's identifying captions are within its first rows (title, first block). */
export const SIGNATURE_ROWS = 80;
/** Nor does a form run this wide. */
export const MAX_FORM_COLS = 60;

/** The written cells of a sheet in reading order (row by row, left to right), merge-aware. */
export class WrittenCells {
  readonly cells: readonly WrittenCell[];
  private readonly byRow = new Map<number, WrittenCell[]>();

  constructor(
    readonly grid: SheetGrid,
    rows = MAX_FORM_ROWS,
  ) {
    const cells: WrittenCell[] = [];
    const endRow = Math.min(grid.endRow, grid.firstRow + rows);
    const endCol = Math.min(grid.endCol, grid.firstCol + MAX_FORM_COLS);
    for (let row = grid.firstRow; row < endRow; row++) {
      for (let col = grid.firstCol; col < endCol; col++) {
        const value = grid.value(row, col);
        if (isBlank(value)) continue;
        const merge = grid.mergeAt(row, col);
        if (merge && (merge.top !== row || merge.left !== col)) continue;
        const text = cellText(value);
        const cell: WrittenCell = {
          row,
          col,
          bottom: merge ? merge.bottom : row,
          right: merge ? merge.right : col,
          value,
          text,
          key: normalizeHeader(text),
        };
        cells.push(cell);
        const list = this.byRow.get(row);
        if (list) list.push(cell);
        else this.byRow.set(row, [cell]);
      }
    }
    this.cells = cells;
  }

  private static readonly known = new WeakMap<SheetGrid, WrittenCells>();
  private static readonly heads = new WeakMap<SheetGrid, WrittenCells>();

  /**
   * The written cells of a grid's first rows, where every form writes what identifies it (its first
   * block's captions): enough to tell a table from a form without reading a long table whole.
   */
  static head(grid: SheetGrid): WrittenCells {
    let cells = WrittenCells.heads.get(grid);
    if (!cells) WrittenCells.heads.set(grid, (cells = new WrittenCells(grid, SIGNATURE_ROWS)));
    return cells;
  }

  /** The written cells of a grid, gathered once however many form descriptions ask. */
  static of(grid: SheetGrid): WrittenCells {
    let cells = WrittenCells.known.get(grid);
    if (!cells) WrittenCells.known.set(grid, (cells = new WrittenCells(grid)));
    return cells;
  }

  /** True when the sheet is too long to be a form (a table of 100,000 rows is never scanned as one). */
  static tooLarge(grid: SheetGrid): boolean {
    return grid.rowCount > MAX_FORM_ROWS;
  }

  /** Written cells whose top-left is on `row`, left to right. */
  onRow(row: number): readonly WrittenCell[] {
    return this.byRow.get(row) ?? [];
  }

  /** The written cell covering a position (a merge's anchor), or null when nothing is written there. */
  at(row: number, col: number): WrittenCell | null {
    const merge = this.grid.mergeAt(row, col);
    const top = merge ? merge.top : row;
    const left = merge ? merge.left : col;
    return this.onRow(top).find((cell) => cell.col === left) ?? null;
  }

  /** Cells whose top-left lies in the rows [top, bottom], in reading order. */
  inRows(top: number, bottom: number): WrittenCell[] {
    const result: WrittenCell[] = [];
    for (let row = top; row <= bottom; row++) for (const cell of this.onRow(row)) result.push(cell);
    return result;
  }
}

/** A compiled pattern of a description, case-blind as normalised keys are lower case (sources are data; a bad one matches nothing instead of throwing). */
export function pattern(source: string): RegExp {
  try {
    return new RegExp(source, 'iu');
  } catch {
    return /(?!)/u;
  }
}
