import type { CellValue } from '../cell';
import type { SheetSnapshot } from '../snapshot';
import { PLAN_COLUMNS, PLAN_LABELS, readPlanSheet, type PlanSheetReading } from './plan-sheet';

/**
 * A plan brought as JSON (`kusei check --plan plan.json`) is the same table as a 計画定義 sheet, so it
 * is read by the same code and gets the same findings. Keys are the sheet's labels or their English
 * names (the sheet's own tables give both, so they cannot drift apart); findings point at the JSON
 * key (sheet name "plan.json") rather than a cell.
 */
const BLOCK_KEYS = Object.entries(PLAN_LABELS).map(([en, { label }]) => [en, label] as const);
const INDICATOR_KEYS = Object.entries(PLAN_COLUMNS).map(([en, [written]]) => [en, written] as const);

export function readPlanJson(json: unknown, fileName: string): PlanSheetReading {
  const object = isObject(json) ? json : {};
  const rows: CellValue[][] = BLOCK_KEYS.map(([en, ja]) => [ja, cellOf(object[en] ?? object[ja])]);
  const indicators = object.indicators ?? object['指標'];
  rows.push(INDICATOR_KEYS.map(([, ja]) => ja));
  if (Array.isArray(indicators)) {
    for (const raw of indicators as unknown[]) {
      const indicator = isObject(raw) ? raw : {};
      rows.push(INDICATOR_KEYS.map(([en, ja]) => cellOf(indicator[en] ?? indicator[ja])));
    }
  }
  const sheet: SheetSnapshot = { name: fileName, origin: 'A1', values: rows };
  const reading = readPlanSheet(sheet);
  // A JSON file has no cells: keep the finding, drop the address the table form gave it.
  return { plan: reading.plan, findings: reading.findings.map((finding) => ({ ...finding, cell: null, row: null })) };
}

function cellOf(value: unknown): CellValue {
  if (Array.isArray(value)) return value.map(String).join('、');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
