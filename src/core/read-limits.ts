/**
 * Limits a reader applies while turning a file into a snapshot, so that no file — crafted or broken —
 * can make a reader hold more than a ward's workbook ever needs. Each limit reached is kept on the
 * snapshot (`WorkbookSnapshot.limits`) and becomes a finding of the file, so the user is told what was
 * not read; the file's other cells, and the other files of a batch, are still read.
 */

/** Excel's own sheet size (Excel specifications and limits): rows 1–1,048,576, columns A–XFD. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;
/** Excel's limit of characters in one cell: longer text would not survive a round trip through Excel. */
export const EXCEL_MAX_CELL_TEXT = 32_767;
/**
 * Non-empty cells read from one file. A ward's workbook holds a few thousand; a city-wide CSV of every
 * ward's cases a few tens of thousands; 5,000,000 short cells cost about 200 MB of memory, the most
 * one file may take beside the other files of a batch under a 512 MB heap.
 */
export const MAX_CELLS_PER_FILE = 5_000_000;
/**
 * Findings listed per file. Past this one finding says how many more there were (and of which
 * severity): 500,000 findings would be 96 MB of text that nobody reads, while the first thousand show
 * what is wrong.
 */
export const MAX_FINDINGS_PER_FILE = 1_000;

/** A limit a reader reached: where (0-based sheet row and column, when it has a place) and the limit. */
export interface ReadLimit {
  readonly code: ReadLimitCode;
  readonly sheet: string;
  readonly row: number | null;
  readonly col: number | null;
  readonly limit: number;
  /** The length of a clipped cell's text, or the count of what was not read. */
  readonly count?: number;
}

export type ReadLimitCode =
  /** Rows past Excel's last row (or past the rows a reader holds): not read. */
  | 'sheet.tooManyRows'
  /** Cells past column XFD in a row: not read. */
  | 'sheet.tooManyColumns'
  /** The file's cells past MAX_CELLS_PER_FILE: not read. */
  | 'file.tooManyCells'
  /** A cell's text longer than Excel allows: clipped to EXCEL_MAX_CELL_TEXT. */
  | 'cell.beyondExcelLength'
  /** A CSV quote opened and never closed: the rest of the file is not read. */
  | 'csv.unclosedQuote';
