import type { SummaryGrid } from '../core/report/grids';
import type { CellValue } from '../core/cell';
import type { ColumnMapping } from '../core/layouts/mapping';
import type { KuseiSettings } from '../core/settings';
import type { SheetSnapshot } from '../core/snapshot';

/**
 * What the task pane needs from a workbook, whoever holds it: Excel through Office.js
 * (src/office) or a file opened in a plain browser (src/taskpane/standalone). The pane talks only
 * to this interface, so the same components run in both hosts and in tests with a fake.
 * This module is host-free: no Office types, no DOM.
 */
export type HostKind = 'excel' | 'standalone';

/** A feature of the pane that needs something the host may not have. */
export type Feature =
  'read' | 'mergedAreas' | 'select' | 'settings' | 'write' | 'conditionalFormats' | 'insertSheet' | 'freezePanes';

export interface MissingFeature {
  readonly feature: Feature;
  /** The requirement set the host lacks, e.g. "ExcelApi 1.13". */
  readonly requirement: string;
}

/** A user's correction of the detected column mapping, in the shape `readSheet` reports and takes. */
export type MappingCorrection = ColumnMapping;

/** Per-workbook choices, kept in the workbook (Office: `context.workbook.settings`). */
export interface StoredChoices {
  readonly settings: KuseiSettings | null;
  /** Mapping corrections per sheet name. */
  readonly mappings: Readonly<Record<string, MappingCorrection>>;
}

/** One formula cell the pane writes; `cached` is the value the core computes for it. */
export interface FormulaCell {
  /** 1-based sheet row. */
  readonly row: number;
  /**
   * Formula with the leading "=" (Office convention; ExcelJS writers strip it). Without "=" the cell
   * gets `cached` as a plain value (a file written with `--formulas values`).
   */
  readonly formula: string;
  readonly cached: CellValue;
}

/** One new column: a header cell and formula cells below it. */
export interface ColumnWrite {
  /** Column letters, e.g. "G". */
  readonly column: string;
  readonly headerRow: number;
  readonly header: string;
  readonly numberFormat: string;
  readonly cells: readonly FormulaCell[];
}

/** Text → colours for the status column's conditional formats (distinct, readable pairs). */
export interface StatusStyle {
  readonly text: string;
  readonly fill: string;
  readonly font: string;
}

export interface StatusColumnsPlan {
  readonly sheet: string;
  readonly progress: ColumnWrite;
  readonly status: ColumnWrite;
  readonly styles: readonly StatusStyle[];
}

/** A non-empty cell a write would replace. */
export interface WriteConflict {
  readonly address: string;
  readonly text: string;
}

export type WriteOutcome =
  | { readonly kind: 'written'; readonly cells: number }
  | { readonly kind: 'conflicts'; readonly conflicts: readonly WriteConflict[] };

/** A new sheet's content: a rectangle of values and formulas from A1, plus column formats. */
export interface TemplateSheet {
  readonly name: string;
  /** Rows of cells: a string starting with "=" is a formula, anything else a value. */
  readonly rows: readonly (readonly CellValue[])[];
  /** Number formats per 0-based column index (e.g. { 6: '0.0%' }). */
  readonly columnFormats: Readonly<Record<number, string>>;
  /** Cached results of formula cells, by A1 address, for hosts that store them (files). */
  readonly cached: Readonly<Record<string, CellValue>>;
  /** 1-based header row, for the status conditional formats. */
  readonly headerRow: number;
  readonly statusColumn: string;
  readonly styles: readonly StatusStyle[];
}

/** Writing the consolidation's sheets: done, or refused because sheets of those names exist. */
export type SummaryOutcome =
  | { readonly kind: 'written'; readonly sheets: readonly string[] }
  | { readonly kind: 'exists'; readonly sheets: readonly string[] };

export interface WorkbookGateway {
  readonly kind: HostKind;
  /** What this host lacks (empty when everything works). */
  missingFeatures(): readonly MissingFeature[];
  /** The sheet the user is looking at, read whole (used range). */
  readActiveSheet(): Promise<SheetSnapshot>;
  /** The sheet of that name read whole, or null when there is none (the 計画定義 sheet, issue 16). */
  readSheet?(name: string): Promise<SheetSnapshot | null>;
  /** Recalculate the workbook, so custom functions follow new function settings (hosts with formulas). */
  recalculate?(): Promise<void>;
  /** Select (and scroll to) one cell, e.g. "F12" on sheet "Sheet1". */
  selectCell(sheet: string, address: string): Promise<void>;
  loadChoices(): Promise<StoredChoices>;
  saveChoices(choices: StoredChoices): Promise<void>;
  /**
   * Write both status columns in one batch. Without `overwrite` nothing is written when a target
   * cell is not empty (cells already holding KUSEI formulas or our own headers do not count): the
   * conflicts are returned so the pane can ask.
   */
  writeStatusColumns(plan: StatusColumnsPlan, options: { overwrite: boolean }): Promise<WriteOutcome>;
  /** Add a sheet (a free name derived from template.name); returns the name used. */
  insertTemplate(template: TemplateSheet): Promise<string>;
  /**
   * Write the consolidation's sheets (集計, 全区一覧: their formulas refer to each other by name) with
   * the chart of statuses per indicator. Sheets of those names are replaced only with `replace`.
   */
  writeSummary(grids: readonly SummaryGrid[], options: { replace: boolean }): Promise<SummaryOutcome>;
}
