import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseRecord, ImplementationStatus } from '../../src/core/record';

/**
 * The FY2015 data (examples/fy2015_city.csv, a copy of ../shared/data) as records, read here by a
 * plain split so that the aggregation tests do not depend on the layout reader: each field's cell is
 * where the standard layout has it (A 区名 … I 備考).
 */
export const CSV_PATH = join(__dirname, '..', '..', 'examples', 'fy2015_city.csv');

const IMPLEMENTATION: Record<string, ImplementationStatus> = {
  全て実施: 'full',
  一部実施: 'partial',
  実施: 'done',
  未実施: 'notDone',
};
const LISTING: Record<string, boolean> = { 記載あり: true, 記載なし: false };

export interface CsvRow {
  readonly ward: string;
  readonly id: string;
  readonly name: string;
  readonly target: string;
  readonly unit: string;
  readonly actual: string;
  readonly listed: string;
  readonly implementation: string;
  readonly note: string;
}

export function csvRows(path = CSV_PATH): CsvRow[] {
  const lines = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter(Boolean);
  return lines.slice(1).map((line) => {
    const [
      ward = '',
      id = '',
      name = '',
      target = '',
      unit = '',
      actual = '',
      listed = '',
      implementation = '',
      note = '',
    ] = line.split(',');
    return { ward, id, name, target, unit, actual, listed, implementation, note };
  });
}

export function recordOf(row: CsvRow, line: number, file = 'fy2015_city.csv'): CaseRecord {
  return {
    ward: row.ward,
    indicatorId: row.id,
    indicatorText: row.name,
    target: row.target,
    actual: row.actual === '' ? null : row.actual,
    previous: null,
    declaredMark: null,
    explanation: null,
    activityTarget: null,
    withdrawalCriterion: null,
    listedInPlan: row.listed === '' ? null : (LISTING[row.listed] ?? null),
    implementation: row.implementation === '' ? null : (IMPLEMENTATION[row.implementation] ?? null),
    note: row.note === '' ? null : row.note,
    source: {
      file,
      sheet: 'fy2015_city',
      row: line,
      cells: {
        ward: `A${line}`,
        indicatorId: `B${line}`,
        target: `D${line}`,
        actual: `F${line}`,
        listedInPlan: `G${line}`,
        implementation: `H${line}`,
      },
    },
  };
}

export function csvRecords(path = CSV_PATH): CaseRecord[] {
  return csvRows(path).map((row, index) => recordOf(row, index + 2));
}
