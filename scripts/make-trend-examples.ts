/**
 * Generates synthetic FY2016 (平成28年度) and FY2017 (平成29年度) results of the FY2015–FY2017 policy,
 * so that KUSEI can show the years side by side (issue 16). Like examples/fy2015_city.csv, the values
 * are synthetic but constrained: for each per-ward indicator, the number of wards achieved, on track
 * and behind is fixed by hand in YEARS below, and each ward's class follows its FY2015 rank (the
 * wards furthest ahead in FY2015 achieve first, the ones furthest behind stay behind). Actuals are
 * placed well inside their class, so no rounding at 0.1% can move a case across a boundary:
 * - achieved: the target plus 2% of it;
 * - on track: halfway between the year's expected progress (k/n rounded up) and the target;
 * - behind: 70% of the expected progress.
 * 1-3-ア stays 構築済 (the city's, counted once); 1-3-イ/ウ (reference only) keep their FY2015 values;
 * Table 1's columns are copied from FY2015.
 *
 *   npx tsx scripts/make-trend-examples.ts      # writes examples/fy2016_city.csv, fy2017_city.csv
 *                                               # and examples/years/fy2016/, fy2017/ (one workbook per ward)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { STANDARD_HEADER_ROW, STANDARD_HEADERS, writeStandardSheet } from './layouts/standard';

interface YearSpec {
  readonly fiscalYear: number;
  readonly era: string;
  /** Year k of the three-year period. */
  readonly k: number;
  /** Per indicator: wards achieved and wards behind (the rest are on track). */
  readonly classes: Readonly<Record<string, readonly [achieved: number, behind: number]>>;
}

export const YEARS: readonly YearSpec[] = [
  {
    fiscalYear: 2016,
    era: '28',
    k: 2,
    classes: {
      '1-1-ア': [10, 2],
      '1-2-ア': [6, 4],
      '1-2-イ': [5, 5],
      '1-4-ア': [4, 6],
      '1-4-イ': [3, 8],
      '2-1-ア-①': [9, 1],
      '2-1-ア-②': [8, 2],
      '2-1-ア-③': [7, 3],
      '2-1-イ-①': [6, 2],
      '2-1-イ-②': [5, 4],
      '2-2-ア': [11, 1],
      '2-3-ア-①': [12, 0],
      '2-3-ア-②': [9, 2],
      '2-3-イ': [4, 7],
    },
  },
  {
    fiscalYear: 2017,
    era: '29',
    k: 3,
    classes: {
      '1-1-ア': [14, 10],
      '1-2-ア': [10, 14],
      '1-2-イ': [9, 15],
      '1-4-ア': [8, 16],
      '1-4-イ': [6, 18],
      '2-1-ア-①': [15, 9],
      '2-1-ア-②': [13, 11],
      '2-1-ア-③': [12, 12],
      '2-1-イ-①': [10, 14],
      '2-1-イ-②': [9, 15],
      '2-2-ア': [16, 8],
      '2-3-ア-①': [18, 6],
      '2-3-ア-②': [14, 10],
      '2-3-イ': [7, 17],
    },
  },
];

type Row = Record<(typeof COLUMNS)[number], string>;
const COLUMNS = ['ward', 'id', 'name', 'target', 'unit', 'actual', 'listedInPlan', 'implementation', 'note'] as const;

function readRows(path: string): Row[] {
  const lines = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter(Boolean);
  return lines.slice(1).map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(COLUMNS.map((column, i) => [column, cells[i] ?? ''])) as Row;
  });
}

/** The target's value and how to write a value in its unit ("50%以上" → 0.5, "41.7%"). */
function targetOf(row: Row): { value: number; write: (v: number) => string } {
  const match = /([\d.]+)\s*(%|点)以上/.exec(row.target);
  if (!match?.[1]) throw new Error(`unexpected target ${row.target}`);
  const n = Number(match[1]);
  return match[2] === '%'
    ? { value: n / 100, write: (v) => `${(Math.round(v * 1000) / 10).toFixed(1)}%` }
    : { value: n, write: (v) => `${(Math.round(v * 10) / 10).toFixed(1)}点` };
}

function rate(row: Row): number {
  const t = targetOf(row);
  const a = Number(row.actual.replace(/[%点]/g, ''));
  return (row.actual.endsWith('%') ? a / 100 : a) / t.value;
}

export function yearRows(fy2015: readonly Row[], spec: YearSpec): Row[] {
  const expected = Math.ceil((spec.k / 3) * 1000) / 1000;
  const out = fy2015.map((row) => ({ ...row }));
  for (const [id, [achieved, behind]] of Object.entries(spec.classes)) {
    const rows = out.filter((row) => row.id === id && row.ward !== '全市');
    if (rows.length !== 24) throw new Error(`${id}: ${rows.length} ward rows`);
    const ranked = [...rows].sort((a, b) => rate(b) - rate(a) || a.ward.localeCompare(b.ward));
    ranked.forEach((row, index) => {
      const t = targetOf(row);
      const share = index < achieved ? 1.02 : index >= 24 - behind ? expected * 0.7 : (expected + 1) / 2;
      row.actual = t.write(t.value * share);
    });
  }
  return out;
}

function csvText(rows: readonly Row[], era: string): string {
  const header = STANDARD_HEADER_ROW.map((h) => (h === STANDARD_HEADERS.actual ? `${era}年度実績` : h));
  return [header.join(','), ...rows.map((row) => COLUMNS.map((c) => row[c]).join(','))].join('\n') + '\n';
}

async function writeWorkbooks(rows: readonly Row[], spec: YearSpec, dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const byWard = new Map<string, Row[]>();
  for (const row of rows) byWard.set(row.ward, [...(byWard.get(row.ward) ?? []), row]);
  for (const [ward, wardRows] of byWard) {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'KUSEI examples (scripts/make-trend-examples.ts)';
    workbook.created = new Date(Date.UTC(spec.fiscalYear + 1, 5, 30));
    workbook.modified = workbook.created;
    const title =
      ward === '全市'
        ? `平成${spec.era}年度 全市で取り組む指標（市民局）`
        : `平成${spec.era}年度 区政運営基本方針 成果指標の実績（${ward}）`;
    writeStandardSheet(workbook.addWorksheet(ward === '全市' ? '全市' : `${ward}（H${spec.era}）`), wardRows, {
      title: [title],
      headers: { actual: `${spec.era}年度実績` },
    });
    await workbook.xlsx.writeFile(join(dir, `${ward}.xlsx`));
  }
}

if (require.main === module) {
  const root = resolve(__dirname, '..');
  const fy2015 = readRows(join(root, 'examples', 'fy2015_city.csv'));
  void (async () => {
    for (const spec of YEARS) {
      const rows = yearRows(fy2015, spec);
      writeFileSync(join(root, 'examples', `fy${spec.fiscalYear}_city.csv`), csvText(rows, spec.era));
      await writeWorkbooks(rows, spec, join(root, 'examples', 'years', `fy${spec.fiscalYear}`));
      console.log(`FY${spec.fiscalYear}: ${rows.length} rows, ${new Set(rows.map((r) => r.ward)).size} workbooks`);
    }
  })();
}
