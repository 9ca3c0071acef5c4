import type { CaseRecord } from '../record';
import type { Finding } from '../finding';
import type { Field } from '../layouts/fields';
import type { LayoutId } from '../layouts/layout';
import type { ColumnMapping } from '../layouts/mapping';
import type { KuseiSettings } from '../settings';

/** What validation needs of an indicator catalogue (helper A's `Catalogue` fits). */
export interface CatalogueLike {
  readonly id: string;
  readonly name?: string;
  readonly indicators: readonly {
    readonly id: string;
    readonly name?: string;
    readonly scope?: string;
    readonly unit?: string;
  }[];
}

export interface ReadOptions {
  readonly settings: KuseiSettings;
  readonly catalogue: CatalogueLike;
  /** File name (may name the ward: "福島区_H27.xlsx"). */
  readonly fileName?: string;
  /** A user correction of the mapping `readSheet` reported; the sheet is re-read with it. */
  readonly mapping?: ColumnMapping;
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
  readonly catalogue: CatalogueLike;
  readonly fileName?: string;
  /** Corrections by sheet name. */
  readonly mappings?: Readonly<Record<string, ColumnMapping>>;
}
