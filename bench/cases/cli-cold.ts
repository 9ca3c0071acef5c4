/**
 * Cold `kusei summary examples/wards/*.xlsx` (issue 11: aim ≤ 0.5x of the old read path), as fresh
 * processes on the built CLI (`npm run build:lib`; built first when missing):
 * - the command as shipped (bin/kusei.js, which runs the one-file bundle dist/cli/kusei.bundle.js), against
 * - the same built CLI with its one file-reading function swapped for the path before KUSEI had its
 *   own reader (bench/peers/exceljs-summary.cjs: ExcelJS required at start, then per file
 *   `workbook.xlsx.load` and src/files/exceljs-snapshot.ts `workbookToSnapshot`), so expanding the
 *   pattern, consolidation, report and outputs are the same code on both sides.
 * Once with the text report only (the command as the issue names it) and once writing the summary
 * workbook, the HTML report and the open-data CSV into a temporary folder. Runs are interleaved.
 * Then where the command's time goes, phase by phase (bench/peers/summary-phases.cjs), on tsc's
 * dist/ (the one file-reading function can be wrapped there, not inside the bundle): its load phase is
 * that of ~200 modules, more than the shipped command's one file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { median, type BenchRow } from '../harness';
import type { BenchCase, BenchContext } from '../case';

interface Run {
  readonly ms: number;
  readonly stdout: string;
}

function ensureLibrary(root: string): void {
  // tsc's dist/ for the peers and the bundle bin/kusei.js runs: `npm run build:lib` makes both.
  if (['kusei.js', 'kusei.bundle.js'].every((file) => existsSync(join(root, 'dist', 'cli', file)))) return;
  const build = spawnSync('npm', ['run', 'build:lib'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build:lib failed');
}

/** One fresh `node` process; a failing exit (2 usage, 70 the peer's swap did not take) fails the case. */
function runNode(args: readonly string[], cwd: string): Run {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - start;
  // Exit 1 is a consolidation with findings, still a full run; anything else is not a measurement.
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`node ${args.join(' ')} exited ${String(result.status)}: ${result.stderr.slice(0, 400)}`);
  return { ms, stdout: result.stdout };
}

/**
 * Lines of the two text reports that differ other than in their digits (the report's time stamp is
 * taken when each process runs): 0 means both read the workbooks alike.
 */
function differingLines(a: string, b: string): number {
  const left = a.split('\n');
  const right = b.split('\n');
  let differ = Math.abs(left.length - right.length);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const l = left[i] ?? '';
    const r = right[i] ?? '';
    if (l !== r && l.replace(/\d+/g, '#') !== r.replace(/\d+/g, '#')) differ++;
  }
  return differ;
}

interface Side {
  readonly ms: number[];
  stdout: string;
}

/** Ours and the old path alternately, one warm-up each (the files then in the page cache for both). */
function interleave(
  root: string,
  runs: number,
  ours: (i: number) => string[],
  old: (i: number) => string[],
): { ours: Side; old: Side } {
  const sides = { ours: { ms: [], stdout: '' } as Side, old: { ms: [], stdout: '' } as Side };
  for (let i = 0; i <= runs; i++) {
    for (const [side, args] of [
      [sides.old, old(i)],
      [sides.ours, ours(i)],
    ] as const) {
      const run = runNode(args, root);
      if (i > 0) side.ms.push(run.ms);
      side.stdout = run.stdout;
    }
  }
  return sides;
}

const PATTERN = 'examples/wards/*.xlsx';

const PHASES = [
  ['start', 'node starting, before the CLI runs'],
  ['load', "requiring the CLI and the summary command (tsc's dist/, ~200 modules; bin/kusei.js loads one bundle)"],
  ['read', "reading the files (KUSEI's reader, zlib)"],
  ['rest', 'the rest: expanding the pattern, validation, consolidation, the report, printing'],
] as const;

type Phases = Record<(typeof PHASES)[number][0], number>;

/** Medians of each phase of the cold command over `runs` fresh processes (bench/peers/summary-phases.cjs). */
function phases(root: string, runs: number): { medians: Phases; total: number } {
  const samples: Phases[] = [];
  const script = join(root, 'bench', 'peers', 'summary-phases.cjs');
  for (let i = 0; i <= runs; i++) {
    const result = spawnSync(process.execPath, [script, join(root, 'dist'), 'summary', PATTERN], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const line = /PHASES (\{.*\})/.exec(result.stderr);
    if (!line || (result.status !== 0 && result.status !== 1))
      throw new Error(`summary-phases.cjs exited ${String(result.status)}: ${result.stderr.slice(0, 400)}`);
    if (i > 0) samples.push(JSON.parse(line[1] ?? '{}') as Phases);
  }
  const medians = Object.fromEntries(
    PHASES.map(([key]) => [key, median(samples.map((sample) => sample[key]))]),
  ) as Phases;
  return { medians, total: median(samples.map((s) => PHASES.reduce((sum, [key]) => sum + s[key], 0))) };
}

/** Whether a fresh process running the text-only summary, as shipped (bin/kusei.js), requires the exceljs package at all. */
function loadsExcelJs(root: string): boolean {
  const script = [
    "const M=require('module');const load=M._load;let seen=false;",
    "M._load=function(r,...a){if(r==='exceljs')seen=true;return load.call(this,r,...a)};",
    "process.on('exit',()=>process.stderr.write('EXCELJS '+seen));",
    `process.argv.splice(1,0,${JSON.stringify(join(root, 'bin', 'kusei.js'))},'summary',${JSON.stringify(PATTERN)});`,
    `require(${JSON.stringify(join(root, 'bin', 'kusei.js'))});`,
  ].join('');
  const result = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
  if (!/EXCELJS (true|false)/.test(result.stderr)) throw new Error(`bin/kusei.js: ${result.stderr.slice(0, 400)}`);
  return /EXCELJS true/.test(result.stderr);
}

function measure(context: BenchContext): BenchRow[] {
  const { root, quick } = context;
  ensureLibrary(root);
  const runs = quick ? 3 : 7;
  const cli = join(root, 'bin', 'kusei.js');
  const files = readdirSync(join(root, 'examples', 'wards')).filter((name) => name.endsWith('.xlsx')).length;
  const peer = [join(root, 'bench', 'peers', 'exceljs-summary.cjs'), join(root, 'dist')];
  const dir = mkdtempSync(join(tmpdir(), 'kusei-cli-cold-'));
  try {
    // The pattern is passed unexpanded, as a shell would when quoted: the command expands it itself.
    const text = interleave(
      root,
      runs,
      () => [cli, 'summary', PATTERN],
      () => [...peer, 'summary', PATTERN],
    );
    const outputs = (side: string, i: number): string[] => {
      const out = join(dir, `${side}-${i}`);
      return [
        'summary',
        PATTERN,
        '--out',
        join(out, 'summary.xlsx'),
        '--report',
        join(out, 'summary.html'),
        '--csv',
        join(out, 'csv'),
      ];
    };
    const written = interleave(
      root,
      runs,
      (i) => [cli, ...outputs('ours', i)],
      (i) => [...peer, ...outputs('old', i)],
    );
    for (const side of ['ours', 'old'])
      for (const file of ['summary.xlsx', 'summary.html', 'csv'])
        if (!existsSync(join(dir, `${side}-1`, file))) throw new Error(`${side}: ${file} was not written`);
    const same = differingLines(text.ours.stdout, text.old.stdout);
    const sameNote =
      same === 0 ? 'both print the same report (but its time stamp)' : `FINDING: ${same} report lines differ`;
    const row = (benchmark: string, figure: string, sides: { ours: Side; old: Side }, note: string): BenchRow => {
      const value = median(sides.ours.ms);
      const comparedValue = median(sides.old.ms);
      return {
        benchmark,
        figure,
        value,
        unit: 'ms',
        runs,
        comparedTo:
          'the old read path: the same built CLI reading through ExcelJS xlsx.load + workbookToSnapshot (bench/peers/exceljs-summary.cjs)',
        comparedValue,
        ratio: value / comparedValue,
        note,
      };
    };
    const split = phases(root, runs);
    const phaseRows = PHASES.map(([key, what]): BenchRow => ({
      benchmark: `where the cold \`kusei summary ${PATTERN}\` spends its time`,
      figure: `phase: ${key}`,
      value: split.medians[key],
      unit: 'ms',
      runs,
      comparedTo: 'the whole command in the same runs (start to exit)',
      comparedValue: split.total,
      ratio: split.medians[key] / split.total,
      note: what,
    }));
    return [
      row(
        `\`kusei summary ${PATTERN}\` (${files} files, bin/kusei.js: the bundle, a fresh process)`,
        'start, read, consolidate, print the report, exit',
        text,
        `aim ≤ 0.5x; ${sameNote}; ${loadsExcelJs(root) ? 'FINDING: ours requires exceljs' : 'ours never requires exceljs'}`,
      ),
      row(
        'the same with --out summary.xlsx --report summary.html --csv folder (temporary folder)',
        'start, read, consolidate, write the three outputs, exit',
        written,
        'both load ExcelJS to write the summary workbook; the old path had it loaded from the start',
      ),
      ...phaseRows,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const cliCold: BenchCase = {
  name: 'Cold kusei summary (issue 11)',
  run(context: BenchContext): Promise<readonly BenchRow[]> {
    return Promise.resolve(measure(context));
  },
};

export default cliCold;
