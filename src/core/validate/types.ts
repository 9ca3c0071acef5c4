import type { CaseRecord } from '../record';
import type { Finding } from '../finding';
import type { Field } from '../layouts/fields';
import type { LayoutId } from '../layouts/layout';
import type { ColumnMapping } from '../layouts/mapping';
import type { KuseiSettings } from '../settings';
import type { Catalogue } from '../catalogue/types';
import type { SheetFacts } from './form-reader';
import type { UnlistedFindings } from './limits';

export interface ReadOptions {
  readonly settings: KuseiSettings;
  readonly catalogue: Catalogue;
  /** File name (may name the ward: "福島区_H27.xlsx"). */
  readonly fileName?: string;
  /** A user correction of the mapping `readSheet` reported; the sheet is re-read with it. */
  readonly mapping?: ColumnMapping;
  /** Facts read from the workbook's other sheets (a 表紙 naming the ward and year). */
  readonly workbook?: SheetFacts;
  /** List every judged row in `listed` (kusei check --json); off by default, so big sheets pay nothing. */
  readonly listRecords?: boolean;
}

export interface ColumnReading {
  /** Column letter. */
  readonly column: string;
  readonly field: Field;
  readonly header: string;
  /** 0–1: how well the header matched the dictionary (1 for a user correction). */
  readonly score: number;
}

export interface TableReading {
  readonly layout: LayoutId;
  /** 1-based sheet rows of the header (top and bottom differ for multi-row headers). */
  readonly headerTop: number;
  readonly headerRow: number;
  readonly columns: readonly ColumnReading[];
  readonly confidence: number;
  /** Data rows read. */
  readonly rows: number;
}

export interface SheetReading {
  readonly sheet: string;
  /** The sheet's layout (its first table's), null when nothing was recognised. */
  readonly layout: LayoutId | null;
  readonly layoutName: string | null;
  /** 0–1: how sure the mapping and layout are (1 for a user correction). */
  readonly confidence: number;
  /** The mapping used, in the shape a correction is given back. */
  readonly mapping: ColumnMapping | null;
  readonly tables: readonly TableReading[];
  /** Ward of the sheet (title, sheet name or file name), when the layout has no ward column. */
  readonly ward: string | null;
  /** Data rows read. */
  readonly rows: number;
  readonly records: readonly CaseRecord[];
  readonly findings: readonly Finding[];
  /** Findings counted but not listed (past MAX_FINDINGS_PER_FILE), by severity; absent when none. */
  readonly unlisted?: UnlistedFindings;
  /** One entry per judged row, as `kusei check --json` lists it (issue 12 §6). */
  readonly listed?: readonly ListedRecord[];
}

/**
 * What the reader understood of one judged row: where its values are (A1, without the sheet), the
 * values as written, the mark the sheet declares and the one the rules give, in the sheet's own words.
 */
export interface ListedRecord {
  readonly sheet: string;
  /** 1-based sheet row. */
  readonly row: number;
  readonly indicator: string | null;
  readonly cells: {
    readonly actual: string | null;
    readonly target: string | null;
    readonly mark: string | null;
    readonly explanation: string | null;
  };
  readonly actual: string | null;
  readonly target: string | null;
  readonly declaredMark: string | null;
  readonly computedMark: string | null;
  /** R1 progress, 0.416 for 41.6%; null when not computed. */
  readonly progress: number | null;
}

/** A validation report modelled on Frictionless's. */
export interface Report {
  readonly valid: boolean;
  readonly stats: {
    readonly rows: number;
    readonly records: number;
    readonly errors: number;
    readonly warnings: number;
  };
  /** Layout of the first recognised sheet, null when none. */
  readonly layout: LayoutId | null;
  readonly sheets: readonly SheetReading[];
  readonly records: readonly CaseRecord[];
  readonly findings: readonly Finding[];
}

export interface ValidateOptions {
  readonly settings: KuseiSettings;
  readonly catalogue: Catalogue;
  readonly fileName?: string;
  /** Corrections by sheet name. */
  readonly mappings?: Readonly<Record<string, ColumnMapping>>;
  /** List every judged row (kusei check --json). */
  readonly listRecords?: boolean;
}
