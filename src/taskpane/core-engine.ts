import type { CellValue } from '../core/cell';
// Imported module by module, not through the core's barrel, so the pane's bundle carries only what it uses.
import { CATALOGUES, FY2015_CATALOGUE } from '../core/catalogue/fy2015';
import type { Catalogue } from '../core/catalogue/types';
import { renderMessage } from '../core/messages';
import { renderMessageOf } from '../core/messages/render';
import { isKuseiError } from '../core/result';
import { progress } from '../core/rules/progress';
import { status } from '../core/rules/status';
import { fiscalYearLabel } from '../core/values/fiscal-year';
import { FIELDS } from '../core/layouts/fields';
import { layoutDefinition } from '../core/layouts/layout';
import type { ColumnMapping } from '../core/layouts/mapping';
import { WARD_NAMES } from '../core/layouts/wards';
import type { KuseiSettings } from '../core/settings';
import type { SheetSnapshot } from '../core/snapshot';
import { readSheet } from '../core/validate/read-sheet';
import type { SheetReading } from '../core/validate/types';
import { columnLetters, localAddress, parseA1 } from '../core/address';
import type { CheckResult, CheckView, Engine, Placement, SheetColumn, StatusPlanResult } from './engine';
import type { MappingCorrection, TemplateSheet } from '../workbook/gateway';
import { planForReading, type StatusRules } from '../workbook/status-plan';
import { buildTemplate } from './template';

function catalogueFor(settings: KuseiSettings): Catalogue {
  return CATALOGUES[settings.catalogueId] ?? FY2015_CATALOGUE;
}

function asCell(result: unknown): CellValue {
  if (isKuseiError(result)) return { cellError: result.error };
  if (typeof result === 'number' || typeof result === 'string' || typeof result === 'boolean') return result;
  return null;
}

/** The custom functions' own rules, so stored results match what Excel will compute. */
export const CORE_RULES: StatusRules = {
  progress: (actual, target) => asCell(progress(actual, target)),
  status: (actual, target, year, years) => asCell(status(actual, target, year, years)),
};

function text(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? value.cellError : String(value).replace(/\s+/g, ' ').trim();
}

/** The header row's non-empty cells (and mapped ones), for the mapping editor. */
function headerColumns(
  sheet: SheetSnapshot,
  headerRow: number,
  mapped: Readonly<Record<string, string>>,
): SheetColumn[] {
  const origin = parseA1(localAddress(sheet.origin)) ?? { row: 0, col: 0 };
  // headerRow is the sheet's row number (1-based), origin a 0-based offset.
  const row = sheet.values[headerRow - 1 - origin.row] ?? [];
  const columns: SheetColumn[] = [];
  row.forEach((value, offset) => {
    const letters = columnLetters(origin.col + offset);
    const header = text(value);
    if (header !== '' || letters in mapped) columns.push({ column: letters, header });
  });
  return columns;
}

function viewOf(sheet: SheetSnapshot, reading: SheetReading): CheckView {
  const table = reading.tables[0];
  const mapping: Record<string, string> = {};
  for (const column of table?.columns ?? []) mapping[column.column] = column.field;
  return {
    sheet: reading.sheet,
    layoutName: reading.layoutName ?? renderMessage('layoutName.unrecognised', {}, 'ja'),
    layoutNameEn: reading.layout
      ? layoutDefinition(reading.layout).nameEn
      : renderMessage('layoutName.unrecognised', {}, 'en'),
    confidence: reading.confidence,
    headerRow: table?.headerRow ?? null,
    mapping,
    columns: table ? headerColumns(sheet, table.headerRow, mapping) : [],
    fields: FIELDS,
    findings: reading.findings,
    recordCount: reading.records.length,
    ward: reading.ward ?? reading.records.find((record) => record.ward !== null)?.ward ?? null,
  };
}

function readingOf(check: CheckResult): SheetReading {
  return check.detail as SheetReading;
}

/** The engine over the core, synchronous (the pane loads this module lazily, see lazy-engine.ts). */
export const coreEngine = {
  wards: WARD_NAMES,

  catalogues() {
    return Object.values(CATALOGUES).map((catalogue) => ({ id: catalogue.id, name: catalogue.name }));
  },

  check(snapshot: SheetSnapshot, settings: KuseiSettings, correction: MappingCorrection | undefined): CheckResult {
    const reading = readSheet(snapshot, {
      settings,
      catalogue: catalogueFor(settings),
      ...(correction ? { mapping: correction } : {}),
    });
    return { view: viewOf(snapshot, reading), snapshot, detail: reading };
  },

  planStatusColumns(check: CheckResult, settings: KuseiSettings, placement: Placement): StatusPlanResult {
    // Every column a table maps to a field stays the user's: the status columns never go over one.
    return planForReading(check.snapshot, readingOf(check), settings, placement, catalogueFor(settings), CORE_RULES);
  },

  template(settings: KuseiSettings, ward: string): TemplateSheet {
    const catalogue = catalogueFor(settings);
    return buildTemplate(catalogue.indicators, settings, ward, fiscalYearLabel(settings.reportYear), CORE_RULES);
  },

  correction(check: CheckResult, columns: Readonly<Record<string, string>>): MappingCorrection {
    const reading = readingOf(check);
    const detected: ColumnMapping = reading.mapping ?? { tables: [] };
    const first = detected.tables[0];
    const headerRow = first?.headerRow ?? check.view.headerRow ?? 1;
    const corrected = { ...(first ?? {}), headerRow, columns: columns as ColumnMapping['tables'][number]['columns'] };
    return { ...detected, tables: [corrected, ...detected.tables.slice(1)] };
  },

  messages() {
    return renderMessageOf;
  },
} satisfies Engine;
