/**
 * Writes test/fixtures/*.xlsx (and the Shift_JIS CSV) with ExcelJS, each with `<name>.expected.json`
 * beside it: the layout, the number of records, findings (code + cell) that must appear, and whether
 * the file is valid (no error finding). Files named error.* must produce the named error findings.
 *
 *   npx tsx scripts/make-fixtures.ts
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { parseCsv } from '../src/files/csv';
import { headerCell, setCell } from './layouts/common';
import { writeFukushimaIndicatorTable, writeFukushimaInitiativeTable } from './layouts/fukushima';
import { writeKonohanaSheet } from './layouts/konohana';
import { writeNishiSheet } from './layouts/nishi';
import {
  KONOHANA_BLOCKS,
  FUKUSHIMA_INDICATORS,
  FUKUSHIMA_INITIATIVES,
  NISHI_BLOCKS,
  TAISHO_ITEMS,
} from './layouts/seeds';
import { STANDARD_COLUMNS, STANDARD_HEADERS, writeStandardSheet, type StandardRow } from './layouts/standard';
import { writeTaishoSheet } from './layouts/taisho';

const DIR = join(__dirname, '..', 'test', 'fixtures');

export interface ExpectedFinding {
  readonly code: string;
  /** Qualified A1 address ("'福島区'!N12"), or null for sheet-level findings. */
  readonly cell: string | null;
}

export interface Expectation {
  readonly layout: string | null;
  readonly records: number;
  /** True: no error finding may appear. False: at least the listed findings must. */
  readonly valid: boolean;
  readonly findings: readonly ExpectedFinding[];
  /** When given, every record's ward. */
  readonly ward?: string;
  /** When given, how many records are listed in the ward plan (記載あり) and not (記載なし). */
  readonly plan?: { readonly listed: number; readonly unlisted: number };
  /** What the fixture shows, for people reading the folder. */
  readonly about: string;
}

function q(sheet: string, cell: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet)
    ? `${sheet}!${cell}`
    : `'${sheet}'!${cell}`;
}

async function save(name: string, workbook: ExcelJS.Workbook, expectation: Expectation): Promise<void> {
  workbook.creator = 'KUSEI fixtures';
  workbook.created = new Date(Date.UTC(2026, 0, 1));
  workbook.modified = workbook.created;
  await workbook.xlsx.writeFile(join(DIR, `${name}.xlsx`));
  writeFileSync(join(DIR, `${name}.expected.json`), `${JSON.stringify(expectation, null, 2)}\n`);
}

function csvRows(): StandardRow[] {
  const [, ...rows] = parseCsv(readFileSync(join(DIR, 'fy2015_city.csv'), 'utf8'));
  return rows
    .filter((row) => row.length >= STANDARD_COLUMNS.length)
    .map(
      (row) => Object.fromEntries(STANDARD_COLUMNS.map((column, index) => [column, row[index] ?? ''])) as StandardRow,
    );
}

function wardRows(ward: string): StandardRow[] {
  return csvRows().filter((row) => row.ward === ward);
}

function withActual(rows: StandardRow[], id: string, actual: string): StandardRow[] {
  return rows.map((row) => (row.id === id ? { ...row, actual } : row));
}

const FUKUSHIMA_TITLE = [
  '区政運営基本方針の成果目標の達成に向けた取組状況について(福島区)',
  '平成27年度 めざす成果および戦略',
];

async function seedLayouts(): Promise<void> {
  {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('成果指標');
    const table = writeFukushimaIndicatorTable(ws, FUKUSHIMA_INDICATORS, { title: FUKUSHIMA_TITLE });
    writeFukushimaInitiativeTable(ws, FUKUSHIMA_INITIATIVES, {
      startRow: table.nextRow + 2,
      title: ['平成27年度 具体的取組'],
    });
    await save('fukushima', wb, {
      about:
        '福島区 (seed 004): indicator progress table with multi-outcome cells, then the initiative table, on one sheet',
      layout: 'fukushima-indicator',
      records: 24,
      valid: true,
      findings: [],
      ward: '福島区',
    });
  }
  {
    const wb = new ExcelJS.Workbook();
    writeNishiSheet(wb.addWorksheet('運営方針'), NISHI_BLOCKS, { title: ['令和6年度 西区運営方針'] });
    await save('nishi', wb, {
      about:
        '西区 (seed 002): blocks per 経営課題 with budgets, outcome indicators with targets after a colon, A/B marks',
      layout: 'nishi-outcome',
      records: 11,
      valid: true,
      findings: [],
      ward: '西区',
    });
  }
  {
    const wb = new ExcelJS.Workbook();
    writeTaishoSheet(wb.addWorksheet('取組項目'), TAISHO_ITEMS, {
      title: ['「市政改革プラン2.0」に基づく取組等(大正区)'],
    });
    await save('taisho', wb, {
      about:
        '大正区 (seed 001): initiative sheets, one block per 取組項目 with plan, mid-year review and self-evaluation stages',
      layout: 'taisho-initiative',
      records: 6,
      valid: true,
      findings: [],
      ward: '大正区',
    });
  }
  {
    const wb = new ExcelJS.Workbook();
    writeKonohanaSheet(wb.addWorksheet('実績・評価'), KONOHANA_BLOCKS, { title: ['平成27年度 此花区 実績・評価'] });
    await save('konohana', wb, {
      about:
        '此花区 (seed 003): PDCA blocks per indicator (P 業績目標, D, C 目標/結果, A), values as the seed writes them',
      layout: 'konohana-pdca',
      records: 15,
      valid: true,
      findings: [],
      ward: '此花区',
    });
  }
  {
    const wb = new ExcelJS.Workbook();
    writeStandardSheet(wb.addWorksheet('全区'), csvRows());
    await save('standard', wb, {
      about: 'KUSEI standard layout: all 409 rows of fy2015_city.csv (24 wards x 17 indicators + the city row)',
      layout: 'standard',
      records: 409,
      valid: true,
      findings: [],
    });
  }
  writeFileSync(
    join(DIR, 'fy2015_city.expected.json'),
    `${JSON.stringify({ about: 'The standard long CSV (UTF-8)', layout: 'standard', records: 409, valid: true, findings: [] }, null, 2)}\n`,
  );
  const sjis = iconv.encode(
    readFileSync(join(DIR, 'fy2015_city.csv'), 'utf8').split('\n').slice(0, 18).join('\r\n'),
    'Shift_JIS',
  );
  writeFileSync(join(DIR, 'standard.sjis.csv'), sjis);
  writeFileSync(
    join(DIR, 'standard.sjis.expected.json'),
    `${JSON.stringify({ about: 'The standard CSV saved as Shift_JIS (what Excel in Japan writes)', layout: 'standard', records: 17, valid: true, findings: [] }, null, 2)}\n`,
  );
}

async function messyVariants(): Promise<void> {
  const konohana = wardRows('此花区');
  {
    const wb = new ExcelJS.Workbook();
    writeStandardSheet(wb.addWorksheet('此花区'), konohana, {
      title: ['平成27年度 区政運営基本方針 進捗状況', '此花区役所', '作成: 区政企画担当', '※数値は27年度末現在'],
    });
    await save('messy.title-block', wb, {
      about: 'Standard layout whose header sits on row 6, under a four-row title block',
      layout: 'standard',
      records: 17,
      valid: true,
      findings: [],
      ward: '此花区',
    });
  }
  {
    const wb = new ExcelJS.Workbook();
    writeStandardSheet(wb.addWorksheet('一覧'), konohana, {
      headers: {
        ward: '区　名',
        id: '指標\n番号',
        name: '取組の\n方向性',
        target: '目 標 値',
        unit: '単　位',
        actual: '２７年度\n実績',
        listedInPlan: '区運営方針\nへの記載',
        implementation: '取組の\n実施状況',
        note: '備　考',
      },
    });
    await save('messy.fullwidth-headers', wb, {
      about: 'Headers with full-width characters, ideographic spaces and line breaks',
      layout: 'standard',
      records: 17,
      valid: true,
      findings: [],
    });
  }
  {
    const wb = new ExcelJS.Workbook();
    writeStandardSheet(wb.addWorksheet('data'), konohana, {
      order: ['id', 'name', 'ward', 'actual', 'target', 'unit', 'implementation', 'listedInPlan', 'note'],
      extraColumns: [
        { before: 'ward', header: '担当課', value: () => '市民協働課' },
        { before: 'note', header: '更新日', value: () => '2016-04-01' },
      ],
      percentAsNumber: true,
    });
    await save('messy.reordered-extra', wb, {
      about: 'Columns in another order, two extra columns, percentages as numbers formatted 0.0%',
      layout: 'standard',
      records: 17,
      valid: true,
      findings: [],
    });
  }
  {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('此花区');
    const top: [string, number, number][] = [
      ['区名', 1, 1],
      ['指標番号', 2, 2],
      ['取組の方向性', 3, 3],
      ['目標', 4, 5],
      ['27年度\n実績', 6, 6],
      ['取組状況', 7, 8],
      ['備考', 9, 9],
    ];
    for (const [text, from, to] of top) {
      headerCell(ws, 1, from, text);
      if (from === to) ws.mergeCells(1, from, 2, to);
      else ws.mergeCells(1, from, 1, to);
    }
    headerCell(ws, 2, 4, '目標値');
    headerCell(ws, 2, 5, '単位');
    headerCell(ws, 2, 7, '区運営方針への記載');
    headerCell(ws, 2, 8, '取組の実施状況');
    konohana.forEach((row, index) => {
      STANDARD_COLUMNS.forEach((column, col) =>
        setCell(ws, 3 + index, col + 1, row[column] === '' ? null : row[column]),
      );
    });
    await save('messy.merged-header', wb, {
      about:
        'Two-row header with vertically and horizontally merged cells (目標 over 目標値/単位, 取組状況 over two columns)',
      layout: 'standard',
      records: 17,
      valid: true,
      findings: [],
    });
  }
  {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('二区');
    const first = writeStandardSheet(ws, wardRows('北区').slice(0, 5), { title: ['北区'] });
    // A second table further down the same sheet, with its own title and header.
    const ws2Rows = wardRows('都島区').slice(0, 4);
    const start = first.headerRow + 5 + 3;
    setCell(ws, start - 2, 1, '都島区');
    STANDARD_COLUMNS.forEach((column, col) => headerCell(ws, start, col + 1, STANDARD_HEADERS[column]));
    ws2Rows.forEach((row, index) =>
      STANDARD_COLUMNS.forEach((column, col) =>
        setCell(ws, start + 1 + index, col + 1, row[column] === '' ? null : row[column]),
      ),
    );
    await save('messy.multi-table', wb, {
      about: 'Two tables on one sheet, each with its own title and header',
      layout: 'standard',
      records: 9,
      valid: true,
      findings: [],
    });
  }
  {
    const wb = new ExcelJS.Workbook();
    writeNishiSheet(wb.addWorksheet('Sheet1'), NISHI_BLOCKS.slice(0, 2), { title: ['令和6年度 運営方針'] });
    await save('messy.西区-ward-from-file-name', wb, {
      about: 'No ward in the title or sheet name: the ward comes from the file name',
      layout: 'nishi-outcome',
      records: 5,
      valid: true,
      findings: [],
      ward: '西区',
    });
  }
  {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('此花区');
    const rows = withActual(konohana, '1-4-ア', '未測定');
    const placed = writeStandardSheet(ws, rows);
    const index = rows.findIndex((row) => row.id === '1-4-ア');
    await save('messy.not-measured', wb, {
      about: 'R7: an actual written 未測定 is a warning, not an error',
      layout: 'standard',
      records: 17,
      valid: true,
      findings: [{ code: 'value.notMeasured', cell: q('此花区', placed.cell(index, 'actual')) }],
    });
  }
}

async function planColumns(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const listed = { listedInPlan: '記載あり', implementation: '全て実施' } as const;
  const unlisted = { listedInPlan: '記載なし', implementation: '実施' } as const;
  writeFukushimaIndicatorTable(
    wb.addWorksheet('福島区'),
    FUKUSHIMA_INDICATORS.slice(0, 3).map((row, index) => ({ ...row, ...(index === 2 ? unlisted : listed) })),
    { title: FUKUSHIMA_TITLE },
  );
  writeNishiSheet(
    wb.addWorksheet('西区'),
    NISHI_BLOCKS.slice(0, 1).map((block) => ({
      ...block,
      indicators: block.indicators.map((i) => ({ ...i, ...listed })),
    })),
    { title: ['令和6年度 西区運営方針'] },
  );
  writeTaishoSheet(
    wb.addWorksheet('大正区'),
    TAISHO_ITEMS.slice(0, 2).map((item, index) => ({ ...item, ...(index === 0 ? unlisted : listed) })),
  );
  writeKonohanaSheet(
    wb.addWorksheet('此花区'),
    KONOHANA_BLOCKS.slice(1, 3).map((block) => ({
      ...block,
      measures: block.measures.map((m) => ({ ...m, ...listed })),
    })),
  );
  await save('messy.plan-columns', wb, {
    about:
      'Four sheets, one per seed layout, each with the 区運営方針への記載 / 取組の実施状況 columns of Table 1 (R9)',
    layout: 'fukushima-indicator',
    records: 10,
    valid: true,
    findings: [],
    plan: { listed: 8, unlisted: 2 },
  });
}

async function standardError(
  name: string,
  about: string,
  rows: StandardRow[],
  findings: (cell: (index: number, column: (typeof STANDARD_COLUMNS)[number]) => string) => ExpectedFinding[],
  options: Parameters<typeof writeStandardSheet>[2] = {},
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const sheet = '区別';
  const placed = writeStandardSheet(wb.addWorksheet(sheet), rows, options);
  await save(name, wb, {
    about,
    layout: 'standard',
    records: rows.length,
    valid: false,
    findings: findings((index, column) => q(sheet, placed.cell(index, column))),
  });
}

async function errorFixtures(): Promise<void> {
  const base = wardRows('此花区');
  const at = (id: string): number => base.findIndex((row) => row.id === id);

  await standardError(
    'error.unreadable-number',
    'An actual that is not a number (約50%)',
    withActual(base, '1-1-ア', '約半数'),
    (cell) => [{ code: 'value.notNumber', cell: cell(at('1-1-ア'), 'actual') }],
  );
  await standardError(
    'error.unit-mismatch',
    'Actual in 件 against a target in 点',
    withActual(base, '2-3-ア-②', '3件'),
    (cell) => [{ code: 'value.unitMismatch', cell: cell(at('2-3-ア-②'), 'actual') }],
  );
  await standardError('error.percent-range', 'A percentage over 100%', withActual(base, '1-2-ア', '184.7%'), (cell) => [
    { code: 'value.percentOutOfRange', cell: cell(at('1-2-ア'), 'actual') },
  ]);
  await standardError(
    'error.unknown-ward',
    'A ward name that is not one of the 24 (南区 was merged into 中央区 in 1989)',
    base.map((row, index) => (index === 2 ? { ...row, ward: '南区' } : row)),
    (cell) => [{ code: 'ward.unknown', cell: cell(2, 'ward') }],
  );
  await standardError(
    'error.duplicate-indicator',
    'The same indicator twice for one ward',
    [...base.slice(0, 5), base[1] as StandardRow],
    (cell) => [{ code: 'indicator.duplicate', cell: cell(5, 'id') }],
  );
  await standardError(
    'error.target-year',
    'A target year (H26) before the report year (FY2015)',
    base.map((row) => (row.id === '1-1-ア' ? { ...row, target: 'H26年度までに50%以上' } : row)),
    (cell) => [{ code: 'target.yearBeforeReport', cell: cell(at('1-1-ア'), 'target') }],
  );
  await standardError(
    'error.listed-implementation',
    'Listed-in-plan and implementation cells with words KUSEI cannot read',
    base.map((row, index) => (index === 0 ? { ...row, listedInPlan: 'たぶん', implementation: '途中' } : row)),
    (cell) => [
      { code: 'listed.unreadable', cell: cell(0, 'listedInPlan') },
      { code: 'implementation.unreadable', cell: cell(0, 'implementation') },
    ],
  );
  await standardError(
    'error.required-empty',
    'A row without its indicator id',
    base.map((row, index) => (index === 3 ? { ...row, id: '' } : row)),
    (cell) => [{ code: 'cell.required', cell: cell(3, 'id') }],
  );
  await standardError(
    'error.formula-error',
    'An actual computed by a formula whose cached result is #N/A',
    base.map((row, index) =>
      index === 0 ? { ...row, actual: { formula: 'VLOOKUP(A2,集計!A:B,2,FALSE)', result: { error: '#N/A' } } } : row,
    ),
    (cell) => [{ code: 'cell.formulaError', cell: cell(0, 'actual') }],
  );
  {
    const wb = new ExcelJS.Workbook();
    writeStandardSheet(wb.addWorksheet('区別'), base, {
      order: ['ward', 'id', 'name', 'target', 'unit', 'listedInPlan', 'implementation', 'note'],
    });
    await save('error.missing-column', wb, {
      about: 'A standard-layout table without its actual column',
      layout: 'standard',
      records: 17,
      valid: false,
      findings: [{ code: 'column.missing', cell: null }],
    });
  }
  {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('成果指標');
    const rows = FUKUSHIMA_INDICATORS.slice(0, 3).map((row, index) =>
      index === 1 ? { ...row, issue: '', improvement: '' } : index === 2 ? { ...row, mark: 'A', overall: 'A' } : row,
    );
    const table = writeFukushimaIndicatorTable(ws, rows, { title: FUKUSHIMA_TITLE });
    await save('error.missing-explanation', wb, {
      about: 'R5: a B mark with empty 課題 and 改善策; R6/R3: an A mark for 12.3% against 80%',
      layout: 'fukushima-indicator',
      records: 3,
      valid: false,
      findings: [
        { code: 'explanation.missing', cell: q('成果指標', table.cell(1, 'issue')) },
        { code: 'mark.disagrees', cell: q('成果指標', table.cell(2, 'mark')) },
      ],
    });
  }
  {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('成果指標');
    const source = FUKUSHIMA_INDICATORS.find((row) => row.id === '2-2-ア');
    if (!source) throw new Error('2-2-ア missing from the seed data');
    const rows = [
      { ...FUKUSHIMA_INDICATORS[0], overall: 'A' } as (typeof FUKUSHIMA_INDICATORS)[number],
      { ...source, mark: 'B' },
    ];
    const table = writeFukushimaIndicatorTable(ws, rows, { title: FUKUSHIMA_TITLE });
    await save('error.overall-and-split', wb, {
      about: 'R3: 全体 A over an individual B; a two-outcome cell with one mark',
      layout: 'fukushima-indicator',
      records: 3,
      valid: false,
      findings: [
        { code: 'mark.overallDisagrees', cell: q('成果指標', table.cell(0, 'overall')) },
        { code: 'split.countMismatch', cell: q('成果指標', table.cell(1, 'mark')) },
      ],
    });
  }
  {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('具体的取組');
    const rows = FUKUSHIMA_INITIATIVES.map((row, index) => (index === 0 ? { ...row, mark: '目標達成' } : row));
    const table = writeFukushimaInitiativeTable(ws, rows, { title: ['具体的取組(福島区)'] });
    await save('error.withdrawal-mark', wb, {
      about: 'R4/R6: 709件 against 1,000件以上 (criterion under 600) declared 目標達成',
      layout: 'fukushima-initiative',
      records: 5,
      valid: false,
      findings: [{ code: 'mark.disagrees', cell: q('具体的取組', table.cell(0, 'mark')) }],
    });
  }
  {
    const wb = new ExcelJS.Workbook();
    const blocks = NISHI_BLOCKS.slice(0, 1).map((block) => ({
      ...block,
      budgets: [
        ['4決算額', '77百万円'],
        ['5予算額', '未定'],
      ] as const,
      indicators: block.indicators.map((indicator, index) => (index === 0 ? { ...indicator, mark: 'A' } : indicator)),
    }));
    const placed = writeNishiSheet(wb.addWorksheet('西区'), blocks, { title: ['令和6年度 西区運営方針'] });
    await save('error.nishi-mark-budget', wb, {
      about: 'R6: 41.2% against 48%以上 declared A; a budget amount that is not a number',
      layout: 'nishi-outcome',
      records: 3,
      valid: false,
      findings: [
        { code: 'mark.disagrees', cell: q('西区', placed.cell(0, 0, 'mark')) },
        { code: 'budget.notNumber', cell: q('西区', placed.budgetCell(0, 1)) },
      ],
    });
  }
  {
    const wb = new ExcelJS.Workbook();
    const items = TAISHO_ITEMS.slice(1, 3).map((item) => ({ ...item, midExplanation: '', explanation: '' }));
    const placed = writeTaishoSheet(wb.addWorksheet('取組'), items, { title: ['大正区 取組項目'] });
    await save('error.taisho-explanation', wb, {
      about: 'R5 in the form layout: 達成できない見込み and 目標未達成 without 課題と改善策',
      layout: 'taisho-initiative',
      records: 2,
      valid: false,
      findings: [
        { code: 'explanation.missing', cell: q('取組', placed.cell(1, 'midExplanation')) },
        { code: 'explanation.missing', cell: q('取組', placed.cell(1, 'explanation')) },
      ],
    });
  }
  {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('買い物メモ');
    [
      ['品名', '数量', '店'],
      ['牛乳', 2, 'スーパー'],
      ['卵', 1, 'コンビニ'],
    ].forEach((row, r) => row.forEach((value, c) => setCell(ws, r + 1, c + 1, value)));
    await save('error.not-a-ward-sheet', wb, {
      about: 'A workbook that is not a ward sheet at all',
      layout: null,
      records: 0,
      valid: false,
      findings: [
        { code: 'layout.unknown', cell: null },
        { code: 'sheet.notRecognised', cell: null },
      ],
    });
  }
  {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    await save('error.empty', wb, {
      about: 'A workbook whose only sheet is empty',
      layout: null,
      records: 0,
      valid: false,
      findings: [
        { code: 'layout.unknown', cell: null },
        { code: 'sheet.empty', cell: null },
      ],
    });
  }
}

async function main(): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  await seedLayouts();
  await messyVariants();
  await planColumns();
  await errorFixtures();
  console.log(`fixtures written to ${DIR}`);
}

void main();
