import type { CellValue } from '../cell';
import type { SheetSnapshot } from '../snapshot';
import { readPlanSheet, type PlanSheetReading } from './plan-sheet';

/**
 * A plan brought as JSON (`kusei check --plan plan.json`) is the same table as a 計画定義 sheet, so it
 * is read by the same code and gets the same findings. Keys are the sheet's labels or their English
 * names; findings point at the JSON key (sheet name "plan.json") rather than a cell.
 */
const BLOCK_KEYS: readonly (readonly [string, string])[] = [
  ['id', '計画ID'],
  ['name', '計画名'],
  ['firstYear', '初年度'],
  ['lastYear', '最終年度'],
  ['profile', '判定ルール'],
  ['wards', '対象区'],
];

const INDICATOR_KEYS: readonly (readonly [string, string])[] = [
  ['id', '指標番号'],
  ['name', '指標名'],
  ['target', '目標値'],
  ['unit', '単位'],
  ['scope', '集計区分'],
  ['group', '経営課題'],
];

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
