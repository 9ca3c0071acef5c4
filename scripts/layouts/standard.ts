import type ExcelJS from 'exceljs';
import { address, headerCell, percentNumber, setCell, writeTitle, type Value } from './common';

/**
 * The KUSEI standard long layout (the columns of fy2015_city.csv): one row per ward × indicator.
 * Options reproduce the variations wards make: a title block above, other wordings (full-width,
 * line breaks), another column order, extra columns, percentages as formatted numbers.
 */
export const STANDARD_COLUMNS = [
  'ward',
  'id',
  'name',
  'target',
  'unit',
  'actual',
  'listedInPlan',
  'implementation',
  'note',
] as const;

export type StandardColumn = (typeof STANDARD_COLUMNS)[number];

export const STANDARD_HEADERS: Readonly<Record<StandardColumn, string>> = {
  ward: '区名',
  id: '指標番号',
  name: '取組の方向性',
  target: '目標値',
  unit: '単位',
  actual: '27年度実績',
  listedInPlan: '区運営方針への記載',
  implementation: '取組の実施状況',
  note: '備考',
};

/** The header row as fy2015_city.csv writes it, in column order. */
export const STANDARD_HEADER_ROW: readonly string[] = STANDARD_COLUMNS.map((column) => STANDARD_HEADERS[column]);

export type StandardRow = Readonly<Record<StandardColumn, Value>>;

export interface StandardOptions {
  readonly title?: readonly string[];
  readonly headers?: Partial<Record<StandardColumn, string>>;
  readonly order?: readonly StandardColumn[];
  /** Columns KUSEI does not read, inserted before the given standard column. */
  readonly extraColumns?: readonly {
    readonly before: StandardColumn;
    readonly header: string;
    readonly value: (index: number) => Value;
  }[];
  /** Write "51.3%" actuals as 0.513 with a percent number format. */
  readonly percentAsNumber?: boolean;
}

export interface StandardPlacement {
  readonly headerRow: number;
  /** Cell address of a column of data row `index` (0-based). */
  cell(index: number, column: StandardColumn): string;
}

export function writeStandardSheet(
  ws: ExcelJS.Worksheet,
  rows: readonly StandardRow[],
  options: StandardOptions = {},
): StandardPlacement {
  const headerRow = options.title ? writeTitle(ws, options.title, 1) + 1 : 1;
  const order = options.order ?? STANDARD_COLUMNS;
  const layout: (
    { kind: 'standard'; column: StandardColumn } | { kind: 'extra'; header: string; value: (i: number) => Value }
  )[] = [];
  for (const column of order) {
    for (const extra of options.extraColumns ?? []) {
      if (extra.before === column) layout.push({ kind: 'extra', header: extra.header, value: extra.value });
    }
    layout.push({ kind: 'standard', column });
  }
  const colOf = new Map<StandardColumn, number>();
  layout.forEach((entry, index) => {
    const col = index + 1;
    if (entry.kind === 'standard') {
      colOf.set(entry.column, col);
      headerCell(ws, headerRow, col, options.headers?.[entry.column] ?? STANDARD_HEADERS[entry.column]);
    } else headerCell(ws, headerRow, col, entry.header);
  });
  rows.forEach((row, index) => {
    const sheetRow = headerRow + 1 + index;
    layout.forEach((entry, position) => {
      const col = position + 1;
      if (entry.kind === 'extra') {
        setCell(ws, sheetRow, col, entry.value(index));
        return;
      }
      const value = row[entry.column];
      const asNumber =
        options.percentAsNumber && entry.column === 'actual' && typeof value === 'string' ? percentNumber(value) : null;
      if (asNumber !== null) setCell(ws, sheetRow, col, asNumber, '0.0%');
      else setCell(ws, sheetRow, col, value === '' ? null : value);
    });
  });
  ws.columns.forEach((column) => {
    column.width = 16;
  });
  return {
    headerRow,
    cell: (index, column) => address(headerRow + 1 + index, colOf.get(column) ?? 1),
  };
}
