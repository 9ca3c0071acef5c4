/**
 * Consolidation suite (issue 6): `kusei summary` over the 24 FY2015 example workbooks (+ 全市.xlsx) and
 * over 1,000 generated ward workbooks, in this process, against ExcelJS alone loading the same files one
 * by one. That was the floor when every file went through ExcelJS; the consolidation now reads with
 * KUSEI's own reader (src/files/xlsx), so it is a peer: the old path's reading cost alone, without its
 * snapshot, validation or aggregation. Time is the median of interleaved runs; memory is the peak heap
 * sampled while each side runs, files being read one at a time. The cold command, as fresh processes,
 * is bench/cases/cli-cold.ts.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { makeExamples } from '../../scripts/make-examples';
import { aggregate, FY2015_CATALOGUE, validateWorkbook } from '../../src/core';
import type { CaseRecord } from '../../src/core/record';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { WARD_NAMES } from '../../src/core/layouts/wards';
import { consolidateFiles } from '../../src/cli/summary';
import { isFileReadError, readWorkbookFile } from '../../src/files';
import { consume, median, type BenchRow, REPOSITORY_ROOT } from '../harness';
import type { BenchCase } from '../case';

// The repository (bench/harness.ts), also when bundled into dist-bench/run.js.
const ROOT = REPOSITORY_ROOT;
const CSV = join(ROOT, 'examples', 'fy2015_city.csv');
const GENERATED = 1000;

interface Measured {
  readonly ms: number;
  readonly peakHeapMiB: number;
}

/** Runs `work` while sampling the heap; the peak is what was live at once, not what was allocated. */
async function measure(work: () => Promise<unknown>): Promise<Measured> {
  (globalThis as { gc?: () => void }).gc?.();
  let peak = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 5);
  const start = performance.now();
  consume(await work());
  const ms = performance.now() - start;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return { ms, peakHeapMiB: peak / 1024 ** 2 };
}

/** The peer (the old path's floor): ExcelJS loads each file, one at a time, and nothing else happens. */
async function excelJsOnly(paths: readonly string[]): Promise<number> {
  let sheets = 0;
  for (const path of paths) {
    const workbook = new ExcelJS.Workbook();
    const bytes = await readFile(path);
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    sheets += workbook.worksheets.length;
  }
  return sheets;
}

async function consolidate(paths: readonly string[]): Promise<number> {
  const consolidation = await consolidateFiles(paths);
  return consolidation.summary.table2.total.cases;
}

/** Subject and floor alternately, run by run, so noise on a shared machine hits both. */
async function compareAsync(
  paths: readonly string[],
  runs: number,
): Promise<{ subject: Measured[]; floor: Measured[] }> {
  await excelJsOnly(paths.slice(0, 3));
  await consolidate(paths.slice(0, 3));
  const subject: Measured[] = [];
  const floor: Measured[] = [];
  for (let i = 0; i < runs; i++) {
    floor.push(await measure(() => excelJsOnly(paths)));
    subject.push(await measure(() => consolidate(paths)));
  }
  return { subject, floor };
}

function rows(
  benchmark: string,
  files: number,
  result: { subject: Measured[]; floor: Measured[] },
  note: string,
): BenchRow[] {
  const runs = result.subject.length;
  const time = median(result.subject.map((m) => m.ms));
  const floorTime = median(result.floor.map((m) => m.ms));
  const heap = Math.max(...result.subject.map((m) => m.peakHeapMiB));
  const floorHeap = Math.max(...result.floor.map((m) => m.peakHeapMiB));
  return [
    {
      benchmark,
      figure: `total time, ${files} files`,
      value: time,
      unit: 'ms',
      runs,
      comparedTo: 'ExcelJS alone loading the same files (the old read path, its load only)',
      comparedValue: floorTime,
      ratio: time / floorTime,
      note: `aim ≤ 1.2x; ${(time / files).toFixed(1)} ms per file. ${note}`,
    },
    {
      benchmark,
      figure: 'peak heap',
      value: heap,
      unit: 'MiB',
      runs,
      comparedTo: 'peak heap of ExcelJS alone loading them one by one',
      comparedValue: floorHeap,
      ratio: heap / floorHeap,
      note: 'files are read one at a time; only their records are kept',
    },
  ];
}

/**
 * Where the time goes: each phase of one consolidation timed on its own (reading the file into a
 * snapshot with KUSEI's reader; validating it; aggregating all records).
 */
async function phases(
  paths: readonly string[],
  runs: number,
): Promise<{ read: number; validate: number; aggregate: number }> {
  const read: number[] = [];
  const validate: number[] = [];
  const aggregation: number[] = [];
  for (let i = 0; i < runs; i++) {
    let readMs = 0;
    let validateMs = 0;
    const records: CaseRecord[] = [];
    for (const path of paths) {
      let start = performance.now();
      const snapshot = await readWorkbookFile(path);
      readMs += performance.now() - start;
      if (isFileReadError(snapshot)) continue;
      start = performance.now();
      records.push(...validateWorkbook(snapshot, { settings: DEFAULT_SETTINGS, catalogue: FY2015_CATALOGUE }).records);
      validateMs += performance.now() - start;
    }
    const start = performance.now();
    consume(aggregate(records, FY2015_CATALOGUE, DEFAULT_SETTINGS, { wards: WARD_NAMES }));
    aggregation.push(performance.now() - start);
    read.push(readMs);
    validate.push(validateMs);
  }
  return { read: median(read), validate: median(validate), aggregate: median(aggregation) };
}

function phaseRows(
  benchmark: string,
  floorMs: number,
  split: { read: number; validate: number; aggregate: number },
  runs: number,
): BenchRow[] {
  const row = (figure: string, value: number, note: string): BenchRow => ({
    benchmark,
    figure,
    value,
    unit: 'ms',
    runs,
    comparedTo: 'ExcelJS alone loading the same files (the old read path, its load only)',
    comparedValue: floorMs,
    ratio: value / floorMs,
    note,
  });
  return [
    row('phase: read into snapshots', split.read, 'file read + KUSEI reader (zlib) + snapshot (src/files)'),
    row(
      'phase: validate (layout reading)',
      split.validate,
      'header detection, mapping, records, findings (src/core/validate)',
    ),
    row('phase: aggregate', split.aggregate, 'records → Tables 2 and 1 (src/core/aggregate)'),
  ];
}

const benchCase: BenchCase = {
  name: 'City consolidation (kusei summary)',
  async run(): Promise<BenchRow[]> {
    const dir = mkdtempSync(join(tmpdir(), 'kusei-bench-aggregate-'));
    try {
      const examples = (await makeExamples(CSV, join(dir, 'examples'))).map((f) => f.path);
      const examplesResult = await compareAsync(examples, 5);
      // 1,000 ward workbooks: the 24 example wards' files repeated (each its own file on disk), so every
      // template is read in the same proportions as in the examples. Repeated wards make duplicate-case
      // findings, which the consolidation reports like any other.
      const wardFiles = examples.filter((path) => !path.endsWith('全市.xlsx'));
      const many = join(dir, 'many');
      mkdirSync(many);
      for (let i = 0; i < GENERATED; i++) {
        const source = wardFiles[i % wardFiles.length] ?? '';
        copyFileSync(source, join(many, `${String(i).padStart(4, '0')}_${source.split('/').pop() ?? ''}`));
      }
      const manyPaths = readdirSync(many).map((name) => join(many, name));
      const manyResult = await compareAsync(manyPaths, 3);
      const manyBenchmark = `consolidate ${GENERATED} ward workbooks`;
      const manyFloor = median(manyResult.floor.map((m) => m.ms));
      return [
        ...rows(
          'consolidate the 24 FY2015 example workbooks + 全市',
          examples.length,
          examplesResult,
          'read + validate + aggregate.',
        ),
        ...rows(manyBenchmark, manyPaths.length, manyResult, 'read + validate + aggregate; five templates.'),
        ...phaseRows(manyBenchmark, manyFloor, await phases(manyPaths, 3), 3),
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default benchCase;
