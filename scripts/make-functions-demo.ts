/**
 * Writes examples/functions-demo.xlsx: a workbook whose cells use every KUSEI custom function on the
 * seeds' figures, with the expected value beside each formula (and as the formula's cached result),
 * so a person can sideload the add-in, open the file, recalculate and compare. The results cached in
 * the file are computed here by the same wrappers Excel calls; the script stops if any of them
 * differs from the expected value written beside it.
 *
 * Run: npx tsx scripts/make-functions-demo.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { KUSEI } from '../src/functions/functions';

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'examples', 'functions-demo.xlsx');

type Arg = string | number | null;
type Wrapper = (...args: unknown[][][]) => unknown[][];

interface Example {
  readonly fn: string;
  readonly args: readonly Arg[];
  /** For functions that spill a row (TARGET), the column of the result shown (1-based). */
  readonly column?: number;
  readonly expected: string | number;
  readonly source: string;
}

const T = 'H29年度までに50%以上';
const EXAMPLES: readonly Example[] = [
  { fn: 'progress', args: ['20.8%', T], expected: 0.416, source: 'R1, seed 000 ※3' },
  { fn: 'progress', args: ['3点', '3.5点以上'], expected: 0.857, source: 'R1, domain §4' },
  { fn: 'progress', args: ['15.6%', T], expected: 0.312, source: 'R1, 都島区 (seed 000)' },
  { fn: 'status', args: ['20.8%', T, 1, 3], expected: '概ね順調', source: 'R2, seed 000' },
  { fn: 'status', args: ['16.7%', T, 1, 3], expected: '概ね順調', source: 'R2: 33.4% after rounding' },
  { fn: 'status', args: ['15.6%', T, 1, 3], expected: '必ずしも順調ではない', source: 'R2, 都島区' },
  { fn: 'status', args: ['51.3%', T, 1, 3], expected: '目標達成', source: 'R2, 此花区 (seed 003)' },
  { fn: 'status', args: ['未測定', T, 1, 3], expected: '未測定', source: 'R7' },
  { fn: 'grade', args: ['41.2%', '48%以上'], expected: 'B', source: 'R3, seed 002' },
  { fn: 'grade', args: ['7団体', '3団体以上'], expected: 'A', source: 'R3, seed 002' },
  { fn: 'grade', args: ['42.1%', '40%以上'], expected: 'A', source: 'R3, seed 002' },
  { fn: 'withdrawal', args: [709, '1,000件以上', '600件未満'], expected: '目標未達成', source: 'R4, seed 004' },
  { fn: 'withdrawal', args: ['33%', '70%以上', '50%未満'], expected: '撤退基準未達成', source: 'R4, seed 004' },
  { fn: 'threshold', args: [1, 3], expected: 0.334, source: 'R2' },
  { fn: 'threshold', args: [2, 3], expected: 0.667, source: 'R2' },
  { fn: 'fiscalyear', args: ['平成27年度'], expected: 2015, source: 'domain §2' },
  { fn: 'fiscalyear', args: ['R6年度'], expected: 2024, source: 'domain §2' },
  { fn: 'wareki', args: [2019], expected: '令和元年度', source: 'domain §2' },
  { fn: 'wareki', args: [2024], expected: '令和6年度', source: 'domain §2' },
  { fn: 'number', args: ['５１．３％'], expected: 0.513, source: 'domain §3' },
  { fn: 'number', args: ['15,914千円'], expected: 15914, source: 'domain §3' },
  { fn: 'number', args: ['△5'], expected: -5, source: 'domain §3' },
  { fn: 'target', args: [T], column: 1, expected: 0.5, source: 'domain §3: value' },
  { fn: 'target', args: [T], column: 2, expected: '%', source: 'domain §3: unit' },
  { fn: 'target', args: [T], column: 3, expected: '以上', source: 'domain §3: direction' },
  { fn: 'target', args: [T], column: 4, expected: 2017, source: 'domain §3: target year' },
  {
    fn: 'explain',
    args: ['20.8%', T, 1, 3],
    expected: '20.8% ÷ 50% = 41.6% ≥ 33.4%（3年中1年目）→ 概ね順調',
    source: 'issue 3',
  },
];

const ARG_COLUMNS = ['C', 'D', 'E', 'F'];

function call(fn: string, args: readonly Arg[]): unknown[][] {
  const wrapper = (KUSEI as unknown as Record<string, Wrapper>)[fn];
  if (wrapper === undefined) throw new Error(`no wrapper ${fn}`);
  return wrapper(...args.map((a) => [[a]]));
}

function checked(label: string, actual: unknown, expected: unknown): void {
  if (actual !== expected)
    throw new Error(`${label}: computed ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
}

function functionsSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet('関数の例');
  sheet.columns = [
    { header: '関数', width: 14 },
    { header: '出典', width: 26 },
    { header: '引数1', width: 22 },
    { header: '引数2', width: 22 },
    { header: '引数3', width: 10 },
    { header: '引数4', width: 10 },
    { header: '結果（数式）', width: 48 },
    { header: '期待値', width: 48 },
    { header: '一致', width: 8 },
  ];
  sheet.getRow(1).font = { bold: true };
  EXAMPLES.forEach((example, index) => {
    const r = index + 2;
    const row = sheet.getRow(r);
    row.getCell(1).value = `KUSEI.${example.fn.toUpperCase()}`;
    row.getCell(2).value = example.source;
    example.args.forEach((arg, i) => (row.getCell(i + 3).value = arg));
    const refs = example.args.map((_, i) => `${ARG_COLUMNS[i] ?? 'C'}${r}`).join(',');
    let formula = `KUSEI.${example.fn.toUpperCase()}(${refs})`;
    const result = call(example.fn, example.args)[0]?.[(example.column ?? 1) - 1];
    if (example.column !== undefined) formula = `INDEX(${formula},1,${example.column})`;
    checked(`${formula} row ${r}`, result, example.expected);
    // Checked equal to the expected value, which is what Excel will show after recalculating.
    row.getCell(7).value = { formula, result: example.expected };
    row.getCell(8).value = example.expected;
    row.getCell(9).value = { formula: `G${r}=H${r}`, result: true };
    if (typeof example.expected === 'number' && example.expected < 1 && example.expected > 0) {
      row.getCell(7).numFmt = '0.0%';
      row.getCell(8).numFmt = '0.0%';
    }
  });
}

/** The FY2015 city sheet with a STATUS column per case and Table 2's totals from KUSEI.SUMMARY. */
function citySheet(workbook: ExcelJS.Workbook): void {
  const lines = readFileSync(join(ROOT, 'examples', 'fy2015_city.csv'), 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  const rows = lines.slice(1).map((line) => line.split(','));
  const sheet = workbook.addWorksheet('全市の集計');
  sheet.columns = [
    { header: '区名', width: 10 },
    { header: '指標番号', width: 12 },
    { header: '目標値', width: 30 },
    { header: '27年度実績', width: 12 },
    { header: '進捗状況（KUSEI.STATUS）', width: 24 },
  ];
  sheet.getRow(1).font = { bold: true };
  const statuses: unknown[][] = [];
  rows.forEach((cells, index) => {
    const r = index + 2;
    const [ward = '', id = '', , target = '', , actual = ''] = cells;
    const status = KUSEI.status([[actual]], [[target]], [[1]], [[3]])[0]?.[0];
    statuses.push([status]);
    const row = sheet.getRow(r);
    row.values = [ward, id, target, actual === '' ? null : actual];
    // An error result is cached as the error Excel would show (#N/A, #VALUE!).
    const result = typeof status === 'string' ? status : { error: errorCode(status) };
    row.getCell(5).value = { formula: `KUSEI.STATUS(D${r},C${r},1,3)`, result };
  });
  const last = rows.length + 1;
  const table = KUSEI.summary(
    rows.map((c) => [c[1] ?? '']),
    statuses,
    rows.map((c) => [c[0] ?? '']),
  );
  const total = table[table.length - 1] ?? [];
  const published = ['合計', 337, 304, 77, 33];
  const labels = ['件数', '概ね順調（目標達成を含む）', 'うち目標達成', '必ずしも順調ではない'];
  sheet.getCell('G1').value = '表2 合計（KUSEI.SUMMARY）';
  sheet.getCell('H1').value = '公表値（seed 000）';
  sheet.getCell('G1').font = { bold: true };
  sheet.getCell('H1').font = { bold: true };
  sheet.getColumn('F').width = 28;
  sheet.getColumn('G').width = 24;
  sheet.getColumn('H').width = 18;
  labels.forEach((label, i) => {
    const r = i + 2;
    checked(`SUMMARY total ${label}`, total[i + 1], published[i + 1]);
    sheet.getCell(`F${r}`).value = label;
    sheet.getCell(`G${r}`).value = {
      formula: `INDEX(KUSEI.SUMMARY(B2:B${last},E2:E${last},A2:A${last}),${table.length},${i + 2})`,
      result: total[i + 1] as number,
    };
    sheet.getCell(`H${r}`).value = published[i + 1] ?? null;
  });
}

function errorCode(value: unknown): ExcelJS.CellErrorValue['error'] {
  const code = (value as { code?: unknown } | null)?.code;
  return (typeof code === 'string' ? code : '#VALUE!') as ExcelJS.CellErrorValue['error'];
}

async function main(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'KUSEI';
  functionsSheet(workbook);
  citySheet(workbook);
  await workbook.xlsx.writeFile(OUT);
  console.log(`wrote ${OUT}: ${EXAMPLES.length} function examples, FY2015 city sheet with Table 2 totals`);
}

void main();
