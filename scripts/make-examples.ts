/**
 * Generates examples/wards/: the 24 FY2015 ward workbooks (and 全市.xlsx, the city's own row) from
 * examples/fy2015_city.csv, spread over the layouts of domain §7 and the KUSEI standard layout, written
 * by the same layout writers the fixtures use (scripts/layouts/), so the layout reader reads them back.
 *
 *   npx tsx scripts/make-examples.ts            # writes examples/wards/ (replacing its own files)
 *   npx tsx scripts/make-examples.ts <csv> <dir>
 *
 * Which ward gets which layout (the wards the seeds show keep their own template):
 * - standard (8 wards, each a variation wards make: title block, column order, header wording,
 *   percentages as formatted numbers, extra columns);
 * - 福島区 indicator progress table (seed 004): 福島区 and 3 more;
 * - 西区 ward plan outcome table (seed 002): 西区 and 3 more (one block per indicator, titled with its id);
 * - 此花区 PDCA sheets (seed 003): 此花区 and 3 more;
 * - 大正区 initiative sheets (seed 001): 大正区 and 3 more. Initiative sheets carry 業績目標 (activity
 *   targets), not outcome indicators, so these workbooks hold a second sheet with the ward's outcomes in
 *   the standard layout; the consolidation reads both and counts only the outcomes.
 * The seed layouts have no columns for Table 1 (区運営方針への記載, 取組の実施状況); like a ward adding two
 * columns to its template, the writers' tables get them on the right.
 * The city's 1-3-ア row (区名 全市, 構築済) is its own workbook, 全市.xlsx, in the standard layout: it is
 * 市民局's report, not a ward's.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { grade } from '../src/core';
import { parseCsv } from '../src/files/csv';
import { headerCell, setCell, type Value } from './layouts/common';
import { writeFukushimaIndicatorTable, type FukushimaIndicatorRow } from './layouts/fukushima';
import { writeKonohanaSheet, type KonohanaBlock } from './layouts/konohana';
import { writeNishiSheet, type NishiBlock } from './layouts/nishi';
import { STANDARD_COLUMNS, writeStandardSheet, type StandardOptions, type StandardRow } from './layouts/standard';
import { writeTaishoSheet, type TaishoItem } from './layouts/taisho';

export type ExampleLayout = 'standard' | 'fukushima' | 'nishi' | 'konohana' | 'taisho';

/** Each ward's template. Standard wards carry the variation named in STANDARD_VARIANTS. */
export const WARD_LAYOUTS: Readonly<Record<string, ExampleLayout>> = {
  北区: 'standard',
  中央区: 'standard',
  港区: 'standard',
  天王寺区: 'standard',
  浪速区: 'standard',
  淀川区: 'standard',
  旭区: 'standard',
  鶴見区: 'standard',
  福島区: 'fukushima',
  都島区: 'fukushima',
  西淀川区: 'fukushima',
  東成区: 'fukushima',
  西区: 'nishi',
  生野区: 'nishi',
  城東区: 'nishi',
  住之江区: 'nishi',
  此花区: 'konohana',
  東淀川区: 'konohana',
  阿倍野区: 'konohana',
  住吉区: 'konohana',
  大正区: 'taisho',
  東住吉区: 'taisho',
  平野区: 'taisho',
  西成区: 'taisho',
};

const title = (ward: string): string[] => [
  `平成27年度 区政運営基本方針 成果指標の実績（${ward}）`,
  '作成: 区政推進担当',
];

const STANDARD_VARIANTS: Readonly<Record<string, StandardOptions>> = {
  北区: {},
  中央区: { title: title('中央区') },
  港区: { order: ['id', 'name', 'ward', 'target', 'actual', 'unit', 'implementation', 'listedInPlan', 'note'] },
  天王寺区: {
    headers: {
      ward: '区　名',
      id: '指標\n番号',
      target: '目標値\n（H29年度）',
      actual: '２７年度\n実績',
      listedInPlan: '区運営方針\nへの記載',
    },
  },
  浪速区: { percentAsNumber: true },
  淀川区: {
    extraColumns: [
      { before: 'target', header: '担当課', value: () => '区政推進課' },
      { before: 'note', header: '前年度実績', value: () => '－' },
    ],
  },
  旭区: { title: title('旭区'), percentAsNumber: true },
  鶴見区: { order: ['ward', 'id', 'target', 'actual', 'listedInPlan', 'implementation', 'name', 'unit', 'note'] },
};

const CITY = '全市';
const EXPLAIN_ISSUE = '目標値に届いていない。取組が区民に十分伝わっていない。';
const EXPLAIN_IMPROVE = '広報の方法を見直し、地域の行事で直接呼びかける。';

export function readExampleCsv(path: string): StandardRow[] {
  const [, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  return rows
    .filter((row) => row.length >= STANDARD_COLUMNS.length)
    .map(
      (row) => Object.fromEntries(STANDARD_COLUMNS.map((column, index) => [column, row[index] ?? ''])) as StandardRow,
    );
}

const text = (value: Value): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
const orNull = (value: Value): Value => (value === '' ? null : value);

/** A/B as the ward marks it (R3); none when the actual is blank (1-3-ア's ward rows). */
function markOf(row: StandardRow): 'A' | 'B' | null {
  const result = grade(orNull(row.actual), row.target);
  return result === 'A' || result === 'B' ? result : null;
}

/** The two Table 1 columns added at `col` on a header row and on each data row. */
function addTable1Columns(
  ws: ExcelJS.Worksheet,
  headerRow: number,
  col: number,
  rows: readonly { row: number; data: StandardRow }[],
): void {
  headerCell(ws, headerRow, col, '区運営方針への記載');
  headerCell(ws, headerRow, col + 1, '取組の実施状況');
  for (const { row, data } of rows) {
    setCell(ws, row, col, orNull(data.listedInPlan));
    setCell(ws, row, col + 1, orNull(data.implementation));
  }
}

const rowOf = (address: string): number => Number(address.replace(/^[A-Z]+/, ''));

function writeStandard(workbook: ExcelJS.Workbook, ward: string, rows: readonly StandardRow[], sheetName = ward): void {
  writeStandardSheet(workbook.addWorksheet(sheetName), rows, STANDARD_VARIANTS[ward] ?? {});
}

function writeFukushima(workbook: ExcelJS.Workbook, ward: string, rows: readonly StandardRow[]): void {
  const ws = workbook.addWorksheet(ward);
  const data: FukushimaIndicatorRow[] = rows.map((row, index) => {
    const mark = markOf(row);
    const previousId = index > 0 ? text(rows[index - 1]?.id ?? '') : '';
    const base = (id: string): string => id.split('-').slice(0, 3).join('-');
    return {
      id: text(row.id),
      name: text(row.name),
      measure: `${text(row.name)}に関する区民の割合等`,
      target: row.target,
      continuation: previousId !== '' && base(previousId) === base(text(row.id)),
      actual: orNull(row.actual),
      mark,
      overall: mark,
      issue: mark === 'B' ? EXPLAIN_ISSUE : null,
      improvement: mark === 'B' ? EXPLAIN_IMPROVE : null,
    };
  });
  const placement = writeFukushimaIndicatorTable(ws, data, { title: title(ward) });
  addTable1Columns(
    ws,
    placement.headerRow,
    16,
    rows.map((row, index) => ({ row: rowOf(placement.cell(index, 'actual')), data: row })),
  );
}

function writeNishi(workbook: ExcelJS.Workbook, ward: string, rows: readonly StandardRow[]): void {
  const ws = workbook.addWorksheet(ward);
  const blocks: NishiBlock[] = rows.map((row, index) => ({
    title: `${text(row.id)} ${text(row.name)}`,
    budgets: [
      ['26決算額', `${3 + (index % 5)}百万円`],
      ['27予算額', `${4 + (index % 4)}百万円`],
    ],
    indicators: [
      {
        measure: `・${text(row.name)}の指標：${text(row.target)}`,
        actual: orNull(row.actual),
        mark: markOf(row),
        previous: '－',
      },
    ],
  }));
  const placement = writeNishiSheet(ws, blocks, { title: title(ward), reportYear: 27 });
  placement.headerRows.forEach((headerRow, block) => {
    const data = rows[block];
    if (data) addTable1Columns(ws, headerRow, 5, [{ row: rowOf(placement.cell(block, 0, 'actual')), data }]);
  });
}

function writeKonohana(workbook: ExcelJS.Workbook, ward: string, rows: readonly StandardRow[]): void {
  const ws = workbook.addWorksheet(ward);
  const blocks: KonohanaBlock[] = rows.map((row) => ({
    id: text(row.id),
    name: text(row.name),
    measures: [{ measure: `${text(row.name)}の指標`, target: row.target, result: orNull(row.actual) }],
  }));
  const placement = writeKonohanaSheet(ws, blocks, { title: title(ward) });
  rows.forEach((data, block) => {
    const row = rowOf(placement.cell(block, 0, 'result'));
    addTable1Columns(ws, row - 1, 5, [{ row, data }]);
  });
}

function writeTaisho(workbook: ExcelJS.Workbook, ward: string, rows: readonly StandardRow[]): void {
  const items: TaishoItem[] = rows
    .filter((row) => markOf(row) !== null)
    .map((row, index) => {
      const met = markOf(row) === 'A';
      return {
        number: index + 1,
        title: text(row.name),
        activityTarget: `${text(row.name)}の指標:${text(row.target).replace(/^H29年度までに/, '')}`,
        actual: orNull(row.actual),
        mark: met ? '目標達成' : '目標未達成',
        explanation: met ? null : EXPLAIN_IMPROVE,
      };
    });
  writeTaishoSheet(workbook.addWorksheet('取組項目'), items, { title: title(ward) });
  writeStandard(workbook, ward, rows, '成果指標');
}

const WRITERS: Readonly<
  Record<ExampleLayout, (workbook: ExcelJS.Workbook, ward: string, rows: readonly StandardRow[]) => void>
> = {
  standard: writeStandard,
  fukushima: writeFukushima,
  nishi: writeNishi,
  konohana: writeKonohana,
  taisho: writeTaisho,
};

export interface ExampleFile {
  readonly path: string;
  readonly ward: string;
  readonly layout: ExampleLayout;
}

/** Writes one workbook per ward of the CSV (and 全市.xlsx for the city's rows) into `dir`. */
export async function makeExamples(csvPath: string, dir: string): Promise<ExampleFile[]> {
  mkdirSync(dir, { recursive: true });
  const byWard = new Map<string, StandardRow[]>();
  for (const row of readExampleCsv(csvPath)) {
    const ward = text(row.ward);
    byWard.set(ward, [...(byWard.get(ward) ?? []), row]);
  }
  const written: ExampleFile[] = [];
  for (const [ward, rows] of byWard) {
    const layout = ward === CITY ? 'standard' : (WARD_LAYOUTS[ward] ?? 'standard');
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'KUSEI examples (scripts/make-examples.ts)';
    workbook.created = new Date(Date.UTC(2016, 5, 30));
    workbook.modified = workbook.created;
    if (ward === CITY)
      writeStandardSheet(workbook.addWorksheet('全市'), rows, { title: ['平成27年度 全市で取り組む指標（市民局）'] });
    else WRITERS[layout](workbook, ward, rows);
    const path = join(dir, `${ward}.xlsx`);
    await workbook.xlsx.writeFile(path);
    written.push({ path, ward, layout });
  }
  return written;
}

if (require.main === module) {
  const root = resolve(__dirname, '..');
  const [csv = join(root, 'examples', 'fy2015_city.csv'), dir = join(root, 'examples', 'wards')] =
    process.argv.slice(2);
  makeExamples(csv, dir).then(
    (files) => {
      const counts = new Map<string, number>();
      for (const file of files) counts.set(file.layout, (counts.get(file.layout) ?? 0) + 1);
      console.log(
        `${files.length} workbooks written to ${dir}: ${[...counts].map(([layout, n]) => `${layout} ${n}`).join(', ')}`,
      );
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
