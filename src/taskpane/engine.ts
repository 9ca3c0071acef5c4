import type { Finding } from '../core/finding';
import { FIELD_LABELS } from '../core/layouts/field-labels';
import { isField } from '../core/layouts/fields';
import type { CodedMessage } from '../core/messages/render';
import type { Language } from '../core/messages/table';
import type { KuseiSettings } from '../core/settings';
import type { SheetSnapshot } from '../core/snapshot';
import type { MappingCorrection, TemplateSheet } from '../workbook/gateway';
import type { Placement, StatusPlanResult } from '../workbook/status-plan';

export type { Placement, StatusPlanResult };

/** One column of the sheet as the pane shows it in the mapping editor. */
export interface SheetColumn {
  /** Column letters ("F"). */
  readonly column: string;
  readonly header: string;
}

/** What "check this sheet" found, shaped for the pane. */
export interface CheckView {
  readonly sheet: string;
  readonly layoutName: string;
  readonly layoutNameEn: string;
  /** 0–1. */
  readonly confidence: number;
  /** 1-based header row, null when no table header was found. */
  readonly headerRow: number | null;
  /** The first table's mapping: column letters → field. */
  readonly mapping: Readonly<Record<string, string>>;
  /** Columns of the header row the editor offers (with their header text). */
  readonly columns: readonly SheetColumn[];
  /** Fields a column can be given. */
  readonly fields: readonly string[];
  readonly findings: readonly Finding[];
  readonly recordCount: number;
  /** The ward the sheet is about (a ward column, title, sheet or file name), when known. */
  readonly ward: string | null;
}

/** Engines may answer at once (tests) or after loading the core (the pane loads it lazily). */
export type Awaitable<T> = T | Promise<T>;

export interface CatalogueChoice {
  readonly id: string;
  readonly name: string;
}

/** Renders a carried message (a finding, an open failure) in a language, from the one message table. */
export type RenderMessage = (message: CodedMessage, language: Language) => string;

/**
 * The rules the pane applies, behind one interface so components can be tested with the real core
 * and any gateway. The real implementation (core-engine.ts) is a thin adapter over src/core.
 */
export interface Engine {
  readonly wards: readonly string[];
  catalogues(): Awaitable<readonly CatalogueChoice[]>;
  check(
    snapshot: SheetSnapshot,
    settings: KuseiSettings,
    correction: MappingCorrection | undefined,
  ): Awaitable<CheckResult>;
  planStatusColumns(check: CheckResult, settings: KuseiSettings, placement: Placement): Awaitable<StatusPlanResult>;
  template(settings: KuseiSettings, ward: string): Awaitable<TemplateSheet>;
  /** The correction to store when the user maps the first table's columns as `columns` (letter → field). */
  correction(check: CheckResult, columns: Readonly<Record<string, string>>): Awaitable<MappingCorrection>;
  /**
   * The renderer of the message table, which comes with the core: the pane's first download carries
   * no table, and a finding or an open failure is shown only once this has answered.
   */
  messages(): Awaitable<RenderMessage>;
}

/** A check's view plus whatever the engine needs later (records, the snapshot) kept opaque. */
export interface CheckResult {
  readonly view: CheckView;
  readonly snapshot: SheetSnapshot;
  readonly detail: unknown;
}

/** How a field is named to users, from the core's field table. */
export function fieldLabel(field: string, lang: 'ja' | 'en'): string {
  return isField(field) ? FIELD_LABELS[field][lang] : field;
}
