import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../../src/core/cell';
import { FY2015_CATALOGUE } from '../../../src/core/catalogue';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { SheetSnapshot } from '../../../src/core/snapshot';
import type { ReadOptions } from '../../../src/core/validate';
import { STANDARD_HEADER_ROW } from '../../../scripts/layouts/standard';

/** The KUSEI standard long layout's header (fy2015_city.csv). */
export const STANDARD_HEADER = [...STANDARD_HEADER_ROW] as const;

export const OPTIONS: ReadOptions = { settings: DEFAULT_SETTINGS, catalogue: FY2015_CATALOGUE };

/** A standard-layout row; 此花区's 1-1-ア is 51.3% against H29年度までに50%以上 (fy2015_city.csv, seed 003). */
export function standardRow(
  ward: string,
  id: string,
  target: CellValue,
  actual: CellValue,
  note: CellValue = null,
): CellValue[] {
  return [ward, id, '取組', target, '%', actual, '記載あり', '全て実施', note];
}

export function sheetOf(name: string, values: CellValue[][], extra: Partial<SheetSnapshot> = {}): SheetSnapshot {
  return { name, origin: 'A1', values, ...extra };
}

/** An ExcelJS workbook with one standard-layout sheet holding `rows` (after the header). */
export function standardWorkbook(sheetName: string, rows: readonly CellValue[][]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow([...STANDARD_HEADER]);
  for (const row of rows) sheet.addRow(row.map((cell) => cell ?? undefined));
  return workbook;
}

/** The bytes as an ArrayBuffer of their own, as ExcelJS's `xlsx.load` takes them. */
export function arrayBufferOf(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export async function xlsxBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The two good rows every corpus workbook carries, so a file that is read gives records. */
export const GOOD_ROWS: CellValue[][] = [
  standardRow('此花区', '1-1-ア', 'H29年度までに50%以上', '51.3%'),
  standardRow('此花区', '1-2-ア', 'H29年度までに50%以上', '84.7%'),
];

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Deep-freezes a value so any write by the code under test throws (strict mode). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as object)) deepFreeze(child);
  }
  return value;
}
