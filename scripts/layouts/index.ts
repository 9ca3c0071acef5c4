/**
 * Layout writers: rows of data → an ExcelJS worksheet laid out like a ward's template (domain §7).
 * Used by scripts/make-fixtures.ts (test fixtures) and by the example-workbook generator.
 */
export { baseId, circledLetter, hasPlanColumns, idParts, PLAN_HEADERS, POLICY_GROUPS, POLICY_SECTIONS } from './common';
export type { PlanColumns, Value } from './common';
export {
  FUKUSHIMA_INDICATOR_COLUMNS,
  FUKUSHIMA_INITIATIVE_COLUMNS,
  writeFukushimaIndicatorTable,
  writeFukushimaInitiativeTable,
} from './fukushima';
export type { FukushimaIndicatorRow, FukushimaInitiativeRow, TablePlacement } from './fukushima';
export { writeNishiSheet } from './nishi';
export type { NishiBlock, NishiIndicator, NishiPlacement } from './nishi';
export { writeTaishoSheet } from './taisho';
export type { TaishoItem, TaishoPlacement } from './taisho';
export { writeKonohanaSheet } from './konohana';
export type { KonohanaBlock, KonohanaMeasure, KonohanaPlacement } from './konohana';
export { STANDARD_COLUMNS, STANDARD_HEADERS, writeStandardSheet } from './standard';
export type { StandardColumn, StandardOptions, StandardPlacement, StandardRow } from './standard';
export { FUKUSHIMA_INDICATORS, FUKUSHIMA_INITIATIVES, KONOHANA_BLOCKS, NISHI_BLOCKS, TAISHO_ITEMS } from './seeds';
