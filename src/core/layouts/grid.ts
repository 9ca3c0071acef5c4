import type { CellValue } from '../cell';
import type { SheetSnapshot } from '../snapshot';
import { parseA1, parseRange, type CellRange } from '../address';

const NO_MERGES: readonly CellRange[] = [];

/**
 * Read access to a snapshot in sheet coordinates (0-based sheet rows/columns), merge-aware.
 * Never copies the values: a million-row snapshot is read in place.
 */
export class SheetGrid {
  readonly originRow: number;
  readonly originCol: number;
  readonly rowCount: number;
  readonly colCount: number;
  private readonly merges: readonly CellRange[];
  /** Merges by covered row, so looking up a data cell costs the merges of its row, not of the sheet. */
  private mergesByRow: Map<number, CellRange[]> | null = null;
  private static readonly INDEXED_ROWS_PER_MERGE = 10_000;
  private readonly hiddenRows: ReadonlySet<number>;

  constructor(readonly sheet: SheetSnapshot) {
    const origin = parseA1(sheet.origin) ?? { row: 0, col: 0 };
    this.originRow = origin.row;
    this.originCol = origin.col;
    this.rowCount = sheet.values.length;
    let width = 0;
    for (const row of sheet.values) if (row.length > width) width = row.length;
    this.colCount = width;
    this.merges = (sheet.merges ?? []).map(parseRange).filter((range): range is CellRange => range !== null);
    this.hiddenRows = new Set((sheet.hiddenRows ?? []).map((offset) => offset + this.originRow));
  }

  get firstRow(): number {
    return this.originRow;
  }

  /** One past the last sheet row. */
  get endRow(): number {
    return this.originRow + this.rowCount;
  }

  get firstCol(): number {
    return this.originCol;
  }

  get endCol(): number {
    return this.originCol + this.colCount;
  }

  value(row: number, col: number): CellValue {
    return this.sheet.values[row - this.originRow]?.[col - this.originCol] ?? null;
  }

  rowValues(row: number): readonly CellValue[] {
    return this.sheet.values[row - this.originRow] ?? [];
  }

  formula(row: number, col: number): string | null {
    return this.sheet.formulas?.[row - this.originRow]?.[col - this.originCol] ?? null;
  }

  numberFormat(row: number, col: number): string | undefined {
    return this.sheet.numberFormats?.[row - this.originRow]?.[col - this.originCol] ?? undefined;
  }

  isHiddenRow(row: number): boolean {
    return this.hiddenRows.has(row);
  }

  /** The merged area covering a cell, or null when the cell is not merged. */
  mergeAt(row: number, col: number): CellRange | null {
    if (this.merges.length === 0) return null;
    const index = this.mergeIndex();
    // Asked of most cells validation reads: a shared empty list, not a new one per unmerged row.
    for (const range of index.get(row) ?? NO_MERGES) {
      if (col >= range.left && col <= range.right) return range;
    }
    for (const range of index.get(-1) ?? NO_MERGES) {
      if (row >= range.top && row <= range.bottom && col >= range.left && col <= range.right) return range;
    }
    return null;
  }

  private mergeIndex(): Map<number, CellRange[]> {
    if (this.mergesByRow) return this.mergesByRow;
    const index = new Map<number, CellRange[]>();
    const add = (key: number, range: CellRange): void => {
      const list = index.get(key);
      if (list) list.push(range);
      else index.set(key, [range]);
    };
    for (const range of this.merges) {
      // A merge over thousands of rows is kept aside (key -1) instead of indexed row by row.
      if (range.bottom - range.top >= SheetGrid.INDEXED_ROWS_PER_MERGE) add(-1, range);
      else for (let row = range.top; row <= range.bottom; row++) add(row, range);
    }
    this.mergesByRow = index;
    return index;
  }
}
