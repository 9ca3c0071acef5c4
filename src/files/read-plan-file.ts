import { basename } from 'node:path';
import { readPlanJson, readPlanSheet, PLAN_SHEET_NAME, type PlanSheetReading } from '../core/plan';
import type { WorkbookSnapshot } from '../core/snapshot';
import { fileError, isFileReadError, type FileReadError } from './errors';
import { readInputBytes } from './open-input';
import { readXlsxFile } from './read-xlsx-file';

/**
 * Node only: a plan a coordinator brings (`--plan FILE`): a workbook with a 計画定義 sheet, or a JSON
 * file with the same fields. Read-only; a file that cannot be read at all is a file error, a plan
 * with mistakes is a reading with findings (and no plan).
 */
export async function readPlanFile(path: string): Promise<PlanSheetReading | FileReadError> {
  const name = basename(path);
  if (/\.json$/i.test(path)) {
    const bytes = await readInputBytes(path);
    if (isFileReadError(bytes)) return bytes;
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''));
    } catch {
      return fileError('PLAN_FILE_NOT_JSON', name);
    }
    return readPlanJson(json, name);
  }
  const workbook = await readXlsxFile(path);
  if (isFileReadError(workbook)) return workbook;
  return planOfWorkbook(workbook, name);
}

/** The 計画定義 sheet of a workbook, by name first, else the first sheet whose A column says 計画ID. */
export function planOfWorkbook(workbook: WorkbookSnapshot, name: string): PlanSheetReading | FileReadError {
  const sheet =
    workbook.sheets.find((s) => s.name.trim() === PLAN_SHEET_NAME) ??
    workbook.sheets.find((s) => s.values.some((row) => row[0] === '計画ID'));
  return sheet ? readPlanSheet(sheet) : fileError('PLAN_SHEET_MISSING', name);
}
