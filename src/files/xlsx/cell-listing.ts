import type { CellValue } from '../../core/cell';
import { columnLetters } from '../../core/address';
import type { XlsxWorkbook } from './read-workbook';

/** One cell as the reader read it: the value as written (a date is its serial number), formula, format. */
export interface ListedCell {
  readonly address: string;
  readonly value: CellValue;
  readonly formula: string | null;
  readonly format: string | null;
}

export interface ListedSheet {
  readonly name: string;
  readonly hidden: boolean;
  readonly cells: readonly ListedCell[];
}

/**
 * The cells of a workbook in reading order (row by row), each as its part wrote it: what `kusei read`
 * shows so a user can see what the reader saw. Cells a merge covers (other than its top-left) are
 * left out, as the snapshot leaves them empty; a formula with no cached result has value null.
 */
/**
 * Indexes of the cells a merge covers other than its top-left. Each merge costs the smaller of its area
 * and the sheet's cell count, and the whole at most MAX_MERGE_WORK steps, so a crafted sheet of huge
 * overlapping merges cannot make it quadratic (Excel allows no overlap; past the budget, cells stay).
 */
const MAX_MERGE_WORK = 20_000_000;

function coveredCells(cells: XlsxWorkbook['sheets'][number]['cells']): Set<number> {
  const hidden = new Set<number>();
  if (cells.merges.length === 0) return hidden;
  const at = new Map<number, number>();
  cells.rows.forEach((row, index) => at.set(row * 16_384 + (cells.cols[index] ?? 0), index));
  let work = 0;
  for (const merge of cells.merges) {
    const area = (merge.bottom - merge.top + 1) * (merge.right - merge.left + 1);
    if (area <= at.size) {
      work += area;
      if (work > MAX_MERGE_WORK) break;
      for (let r = merge.top; r <= merge.bottom; r++) {
        for (let c = merge.left; c <= merge.right; c++) {
          const index = at.get(r * 16_384 + c);
          if (index !== undefined && !(r === merge.top && c === merge.left)) hidden.add(index);
        }
      }
    } else {
      work += at.size;
      if (work > MAX_MERGE_WORK) break;
      cells.rows.forEach((r, index) => {
        const c = cells.cols[index] ?? 0;
        const inside = r >= merge.top && r <= merge.bottom && c >= merge.left && c <= merge.right;
        if (inside && !(r === merge.top && c === merge.left)) hidden.add(index);
      });
    }
  }
  return hidden;
}

export function listCells(workbook: XlsxWorkbook): ListedSheet[] {
  return workbook.sheets.map((sheet) => {
    const { cells } = sheet;
    const hidden = coveredCells(sheet.cells);
    const order = Array.from({ length: cells.rows.length }, (_, index) => index);
    order.sort((a, b) => (cells.rows[a] ?? 0) - (cells.rows[b] ?? 0) || (cells.cols[a] ?? 0) - (cells.cols[b] ?? 0));
    const listed: ListedCell[] = [];
    for (const index of order) {
      const row = cells.rows[index] ?? 0;
      const col = cells.cols[index] ?? 0;
      if (hidden.has(index)) continue;
      listed.push({
        address: `${columnLetters(col)}${row + 1}`,
        value: cells.values[index] ?? null,
        formula: cells.formulas[index] ?? null,
        format: workbook.styles.formats[cells.styles[index] ?? 0] ?? null,
      });
    }
    return { name: sheet.name, hidden: sheet.hidden, cells: listed };
  });
}
