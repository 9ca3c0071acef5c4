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

/** A defined name of the workbook (print areas are `_xlnm.Print_Area`), as the file holds it. */
export interface SnapshotDefinedName {
  readonly name: string;
  /** The sheet a local name belongs to (`localSheetId`), or null for a name of the whole workbook. */
  readonly sheet: string | null;
  /** What the name refers to, as written ("'区'!$A$1:$I$40", a constant, a formula). */
  readonly ref: string;
  readonly hidden: boolean;
}

export interface WorkbookSnapshot {
  /** File name without directories, when the workbook came from a file (may name the ward). */
  readonly fileName?: string;
  readonly sheets: readonly SheetSnapshot[];
  /** Limits the reader reached (src/core/read-limits.ts); each becomes a finding of the file. */
  readonly limits?: readonly ReadLimit[];
  /** The pane's choices stored in the file (raw JSON, read with parseChoices), when it has them. */
  readonly storedChoices?: string;
  /** The workbook's defined names, when it has any (files read by KUSEI's .xlsx reader). */
  readonly definedNames?: readonly SnapshotDefinedName[];
}
