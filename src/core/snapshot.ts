import type { CellValue } from './cell';
import type { ReadLimit } from './read-limits';

/**
 * One worksheet as the core sees it: a rectangle of cells starting at `origin`, read in one go by a
 * host (Office.js used range, ExcelJS worksheet, CSV). The core never reads files or calls Office.
 * Rows and columns are 0-based offsets from `origin`; addresses shown to users are A1 style.
 */
export interface SheetSnapshot {
  readonly name: string;
  /** A1 address of values[0][0], e.g. "A1" or "B3". */
  readonly origin: string;
  /** Cell values; for formula cells the cached result. */
  readonly values: readonly (readonly CellValue[])[];
  /** Formula text without the leading "=", or null, same shape as values; absent when unknown. */
  readonly formulas?: readonly (readonly (string | null)[])[];
  /** Excel number formats ("0.0%"), same shape as values; absent when unknown. */
  readonly numberFormats?: readonly (readonly (string | null)[])[];
  /** Merged areas as A1 ranges ("A1:C2"), in sheet coordinates. */
  readonly merges?: readonly string[];
  /** 0-based offsets (from origin) of hidden rows. */
  readonly hiddenRows?: readonly number[];
  readonly hidden?: boolean;
}

export interface WorkbookSnapshot {
  /** File name without directories, when the workbook came from a file (may name the ward). */
  readonly fileName?: string;
  readonly sheets: readonly SheetSnapshot[];
  /** Limits the reader reached (src/core/read-limits.ts); each becomes a finding of the file. */
  readonly limits?: readonly ReadLimit[];
  /** The pane's choices stored in the file (raw JSON, read with parseChoices), when it has them. */
  readonly storedChoices?: string;
}
