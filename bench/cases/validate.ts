/**
 * Validate suite (issue 4): read and check a 100,000-row standard-layout snapshot, against the floor
 * of one plain pass over the same cells (each cell touched once, numbers through parseFloat); and the
 * time to read the same sheet from .xlsx (written to a temp dir), against ExcelJS loading the same bytes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/core/cell';
import { renderMessageOf } from '../../src/core/messages/render';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { SheetSnapshot } from '../../src/core/snapshot';
import type { Catalogue, IndicatorDef } from '../../src/core/catalogue';
import { validateWorkbook } from '../../src/core/validate';
import { WARD_NAMES } from '../../src/core/layouts/wards';
import { isFileReadError, readXlsxFile } from '../../src/files';
import { compare, consume, seededRandom, time, type BenchRow } from '../harness';
import type { BenchCase } from '../case';
import { STANDARD_HEADER_ROW } from '../../scripts/layouts/standard';

const ROWS = 100_000;
const RUNS = 5;
const XLSX_RUNS = 3;
const LETTERS = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモ';
const HEADER = [...STANDARD_HEADER_ROW];

/**
 * 24 wards × 4,200 indicators, so 100,000 rows are 100,000 distinct cases: the figure is the cost of
 * reading and checking, not of reporting 99,000 duplicates (17 real indicators would repeat).
 */
function benchCatalogue(): Catalogue {
  const indicators: IndicatorDef[] = [];
  for (let group = 1; group <= 10; group++) {
    for (let section = 1; section <= 14; section++) {
      for (const letter of LETTERS) {
        const id = `${group}-${section}-${letter}`;
        indicators.push({
          id,
          name: id,
          target: 'H29年度までに50%以上',
          unit: '%',
          scope: 'ward',
          counting: 'counted',
        });
      }
    }
  }
  return { id: 'bench', name: 'bench', planStartYear: 2015, planYears: 3, indicators };
}

function standardSnapshot(catalogue: Catalogue): SheetSnapshot {
  const random = seededRandom(4);
  const values: CellValue[][] = [HEADER];
  for (let i = 0; i < ROWS; i++) {
    const ward = WARD_NAMES[i % WARD_NAMES.length] ?? '北区';
    const indicator = catalogue.indicators[Math.floor(i / WARD_NAMES.length)]?.id ?? '1-1-ア';
    const points = random() < 0.2;
    const actual = points
      ? `${(Math.floor(random() * 50) / 10).toFixed(1)}点`
      : `${(Math.floor(random() * 1000) / 10).toFixed(1)}%`;
    const target = points ? 'H29年度までに3.5点以上' : 'H29年度までに50%以上';
    values.push([
      ward,
      indicator,
      '人と人とのつながりづくりの促進',
      target,
      points ? '点' : '%',
      actual,
      '記載あり',
      random() < 0.9 ? '全て実施' : '一部実施',
      null,
    ]);
  }
  return { name: '全区', origin: 'A1', values };
}

/** The floor: every cell once, numbers read by parseFloat, nothing else. */
function plainPass(sheet: SheetSnapshot): number {
  let sum = 0;
  for (const row of sheet.values) {
    for (const cell of row) {
      if (typeof cell === 'string') {
        const n = Number.parseFloat(cell);
        if (n === n) sum += n;
        else sum += cell.length;
      } else if (typeof cell === 'number') sum += cell;
    }
  }
  return sum;
}

/**
 * Not a floor, a reference: only the output of validateWorkbook, built straight from the cells. One record
 * of the same shape per row, with the A1 address of each of its 9 cells (about 600 bytes kept per row),
 * nothing read, nothing checked. What validation costs above this is reading and checking.
 */
function outputOnly(sheet: SheetSnapshot): unknown[] {
  const letters = HEADER.map((_, col) => String.fromCharCode(65 + col));
  const records: unknown[] = [];
  for (let row = 1; row < sheet.values.length; row++) {
    const cells = sheet.values[row] ?? [];
    const rowNumber = String(row + 1);
    const addresses: Record<string, string> = {};
    for (let col = 0; col < HEADER.length; col++)
      addresses[OUTPUT_FIELDS[col] ?? ''] = `${letters[col] ?? ''}${rowNumber}`;
    records.push({
      ward: cells[0],
      indicatorId: cells[1],
      indicatorText: cells[2],
      target: cells[3],
      actual: cells[5],
      previous: null,
      declaredMark: null,
      explanation: null,
      activityTarget: null,
      withdrawalCriterion: null,
      listedInPlan: cells[6] === '記載あり',
      implementation: cells[7] === '全て実施' ? 'full' : 'partial',
      note: null,
      source: { file: null, sheet: sheet.name, row: row + 1, cells: addresses },
      kind: 'indicator',
      layout: 'standard',
      unit: cells[4],
      markTarget: null,
      overallMark: null,
      budgets: NO_BUDGETS,
    });
  }
  return records;
}

const OUTPUT_FIELDS = [
  'ward',
  'indicatorId',
  'indicatorText',
  'target',
  'unit',
  'actual',
  'listedInPlan',
  'implementation',
  'note',
];
const NO_BUDGETS: readonly unknown[] = [];

async function writeXlsx(sheet: SheetSnapshot, path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(sheet.name);
  for (const row of sheet.values) ws.addRow([...row]);
  await workbook.xlsx.writeFile(path);
}

async function medianAsync(work: () => Promise<unknown>, runs: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    consume(await work());
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
}

const benchCase: BenchCase = {
  name: 'validate: reading ward sheets as laid out',
  async run(): Promise<BenchRow[]> {
    const catalogue = benchCatalogue();
    const sheet = standardSnapshot(catalogue);
    const options = { settings: DEFAULT_SETTINGS, catalogue };
    const check = validateWorkbook({ sheets: [sheet] }, options);
    if (check.records.length !== ROWS || check.stats.errors !== 0) {
      throw new Error(
        `bench data is not what it claims: ${check.records.length} records, ${check.stats.errors} errors`,
      );
    }
    const timed = compare(
      () => validateWorkbook({ sheets: [sheet] }, options),
      () => plainPass(sheet),
      RUNS,
      1,
    );
    const output = compare(
      () => outputOnly(sheet),
      () => plainPass(sheet),
      RUNS,
      1,
    );
    const rowsPerSecond = (ROWS / timed.subject.medianMs) * 1000;
    const floorRowsPerSecond = (ROWS / timed.floor.medianMs) * 1000;

    const dir = mkdtempSync(join(tmpdir(), 'kusei-bench-'));
    const path = join(dir, 'standard-100k.xlsx');
    try {
      await writeXlsx(sheet, path);
      // The peer does what readXlsxFile does except the snapshot: read the bytes, let ExcelJS load them.
      const exceljsMs = await medianAsync(async () => {
        const bytes = await readFile(path);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
        return workbook;
      }, XLSX_RUNS);
      const readMs = await medianAsync(async () => {
        const snapshot = await readXlsxFile(path);
        if (isFileReadError(snapshot)) throw new Error(renderMessageOf(snapshot));
        return snapshot;
      }, XLSX_RUNS);
      const endToEnd = time(() => consume(validateWorkbook({ sheets: [sheet] }, options)), 1, 0);
      return [
        {
          benchmark: 'validateWorkbook of a 100,000-row standard-layout snapshot',
          figure: 'time',
          value: timed.subject.medianMs,
          unit: 'ms',
          runs: RUNS,
          comparedTo: 'floor: one plain pass over the same 900,000 cells (parseFloat)',
          comparedValue: timed.floor.medianMs,
          ratio: timed.subject.medianMs / timed.floor.medianMs,
          note: `aim < 10x the floor; builds 100,000 records with source cells and checks every cell (ids, wards, targets, units, marks)`,
        },
        {
          benchmark: 'validateWorkbook of a 100,000-row standard-layout snapshot',
          figure: 'throughput',
          value: rowsPerSecond,
          unit: 'rows/s',
          runs: RUNS,
          comparedTo: 'floor: plain pass rows/s',
          comparedValue: floorRowsPerSecond,
          ratio: rowsPerSecond / floorRowsPerSecond,
          note: `single-run check ${endToEnd.medianMs.toFixed(0)} ms`,
        },
        {
          benchmark: 'validateWorkbook of a 100,000-row standard-layout snapshot',
          figure: 'reference: its output alone',
          value: output.subject.medianMs,
          unit: 'ms',
          runs: RUNS,
          comparedTo: 'floor: one plain pass over the same 900,000 cells (parseFloat)',
          comparedValue: output.floor.medianMs,
          ratio: output.subject.medianMs / output.floor.medianMs,
          note: 'not a floor: 100,000 records of the same shape with their 900,000 cell addresses built straight from the cells, nothing read or checked; the part of the time above that no reading can avoid',
        },
        {
          benchmark: 'readXlsxFile of the same sheet saved as .xlsx',
          figure: 'time',
          value: readMs,
          unit: 'ms',
          runs: XLSX_RUNS,
          comparedTo: 'peer: read the bytes and ExcelJS workbook.xlsx.load (no snapshot)',
          comparedValue: exceljsMs,
          ratio: readMs / exceljsMs,
          note: 'the difference is the conversion to a snapshot (values, formulas, formats, merges)',
        },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default benchCase;
