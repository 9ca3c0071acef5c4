import type { CellValue } from '../../src/core/cell';
import { FY2015_CATALOGUE } from '../../src/core/catalogue';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { SheetSnapshot } from '../../src/core/snapshot';
import type { ReadOptions } from '../../src/core/validate';
import { STANDARD_HEADER_ROW } from '../../scripts/layouts/standard';

export const STANDARD_HEADER: CellValue[] = [...STANDARD_HEADER_ROW];

export function sheet(name: string, values: CellValue[][], extra: Partial<SheetSnapshot> = {}): SheetSnapshot {
  return { name, origin: 'A1', values, ...extra };
}

/** A standard-layout row of 此花区 (fy2015_city.csv). */
export function row(id: string, target: string, unit: string, actual: CellValue, ward = '此花区'): CellValue[] {
  return [ward, id, '取組', target, unit, actual, '記載あり', '全て実施', null];
}

export const OPTIONS: ReadOptions = { settings: DEFAULT_SETTINGS, catalogue: FY2015_CATALOGUE };

/** Deep-freezes a snapshot so any write by the reader throws. */
export function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as object)) frozen(child);
  }
  return value;
}
