/**
 * `npm run bench`: builds the benchmarks with webpack (bench/webpack.config.js → dist-bench/run.js,
 * production mode, the way the add-in is bundled) and runs them on that build, then writes
 * BENCHMARKS.md with the machine, the date and one table per case.
 *
 * ADDING A BENCHMARK: put a file in bench/cases/ (name it after what it measures, e.g.
 * `xlsx-read.ts`) whose default export is a `BenchCase` (bench/case.ts):
 *
 *     import { compare, type BenchRow } from '../harness';
 *     import type { BenchCase } from '../case';
 *
 *     const benchCase: BenchCase = {
 *       name: 'Reading xlsx',                      // the section heading in BENCHMARKS.md
 *       async run({ root, quick }) {               // root: the repository; quick: smaller sizes
 *         const { subject, floor } = compare(() => mine(), () => peer(), quick ? 2 : 7);
 *         return [{ benchmark: '…', figure: 'time', value: subject.medianMs, unit: 'ms',
 *                   runs: subject.runs, comparedTo: 'peer: …', comparedValue: floor.medianMs,
 *                   ratio: subject.medianMs / floor.medianMs, note: 'aim …' }];
 *       },
 *     };
 *     export default benchCase;
 *
 * Rules: every figure is a median of several runs, next to a floor or peer measured in the same run
 * (`compare` interleaves them so a busy machine slows both); import the code under test from src/
 * (it is bundled with the case, as it ships); find files from `root`, never from `__dirname`; no
 * figure is ever a test assertion. Nothing else to register: the build collects bench/cases/*.ts.
 *
 * `npm run bench -- functions core` runs only the named cases (file names without .ts) and prints
 * them without touching BENCHMARKS.md; `--quick` runs every case small, to check they work.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { BenchCase, BenchContext } from './case';
import type { BenchRow } from './harness';

interface WebpackContext {
  keys(): string[];
  (id: string): unknown;
}

/**
 * Every bench/cases/*.ts, collected by webpack when it builds dist-bench/run.js (`require.context`
 * exists only in that build: run the benchmarks with `npm run bench`).
 */
function caseModules(): WebpackContext {
  return (require as unknown as WebpackRequire).context('./cases', false, /\.tsx?$/);
}

interface WebpackRequire {
  context(dir: string, deep: boolean, filter: RegExp): WebpackContext;
}

// dist-bench/run.js: the repository is its parent.
const ROOT = join(__dirname, '..');
const OUT_FILE = join(ROOT, 'BENCHMARKS.md');

function isCase(value: unknown): value is BenchCase {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as BenchCase).name === 'string' &&
    typeof (value as BenchCase).run === 'function'
  );
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function table(rows: readonly BenchRow[]): string {
  const header =
    '| benchmark | figure | median | runs | compared to | compared median | ratio | note |\n|---|---|---:|---:|---|---:|---:|---|';
  const lines = rows.map(
    (r) =>
      `| ${escapeCell(r.benchmark)} | ${escapeCell(r.figure)} | ${formatNumber(r.value)} ${r.unit} | ${r.runs} | ${escapeCell(r.comparedTo)} | ${formatNumber(r.comparedValue)} ${r.unit} | ${formatNumber(r.ratio)}x | ${escapeCell(r.note)} |`,
  );
  return [header, ...lines].join('\n');
}

function machine(startLoad: readonly number[]): string {
  const cpuList = cpus();
  const model = cpuList[0]?.model.trim() ?? 'unknown CPU';
  const memoryGiB = (totalmem() / 1024 ** 3).toFixed(1);
  return [
    `- CPU: ${model}`,
    `- cores: ${cpuList.length}`,
    `- memory: ${memoryGiB} GiB`,
    `- node: ${process.version} (${process.platform} ${process.arch})`,
    `- date: ${new Date().toISOString()}`,
    // A shared machine: the ratios hold under load (both sides are slowed alike), absolute times do not.
    `- load average when the run started: ${startLoad.map((l) => l.toFixed(1)).join(', ')} (1, 5, 15 min)`,
    '- code: the webpack production build of bench/ and src/ (dist-bench/run.js)',
  ].join('\n');
}

function caseName(key: string): string {
  return key.replace(/^\.\//, '').replace(/\.tsx?$/, '');
}

async function main(): Promise<void> {
  const startLoad = loadavg();
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const only = args.filter((arg) => !arg.startsWith('--'));
  const modules = caseModules();
  const keys = modules
    .keys()
    .filter((key) => key.startsWith('./'))
    .filter((key) => only.length === 0 || only.includes(caseName(key)))
    .sort();
  const unknown = only.filter((name) => !keys.some((key) => caseName(key) === name));
  if (unknown.length > 0) throw new Error(`no bench/cases/ file named ${unknown.join(', ')}`);
  const context: BenchContext = { root: ROOT, quick };
  const sections: string[] = [];
  for (const key of keys) {
    const file = `bench/cases/${key.replace(/^\.\//, '')}`;
    const loaded = modules(key) as { default?: unknown };
    const benchCase = loaded.default;
    if (!isCase(benchCase)) {
      console.error(`${file}: default export is not a { name, run } BenchCase; skipped`);
      process.exitCode = 1;
      continue;
    }
    console.log(`running ${benchCase.name} (${file}) …`);
    let rows: readonly BenchRow[];
    try {
      rows = await benchCase.run(context);
    } catch (error: unknown) {
      // One broken case must not hide the others' figures; it is reported and fails the run.
      console.error(`${file} failed:`, error);
      sections.push(`## ${benchCase.name}\n\nSource: \`${file}\`. **Failed**: ${escapeCell(String(error))}`);
      process.exitCode = 1;
      continue;
    }
    for (const row of rows) {
      console.log(
        `  ${row.benchmark} — ${row.figure}: ${formatNumber(row.value)} ${row.unit} (${formatNumber(row.ratio)}x ${row.comparedTo}: ${formatNumber(row.comparedValue)} ${row.unit})`,
      );
      // A note can carry a finding (something requested that should not be): never only in the file.
      if (row.note) console.log(`    note: ${row.note}`);
    }
    sections.push(`## ${benchCase.name}\n\nSource: \`${file}\`.\n\n${table(rows)}`);
  }
  const doc = [
    '# Benchmarks',
    '',
    'Written by `npm run bench`, which builds bench/ and the src/ code it measures with webpack in',
    'production mode (dist-bench/run.js, as the add-in is bundled) and runs that build. Each figure is',
    'the median of several runs; the floor or peer it is compared to is measured in the same process,',
    'interleaved run by run, so the ratio holds on any machine even when absolute times do not.',
    'Benchmarks are never test assertions.',
    '',
    '## Machine',
    '',
    machine(startLoad),
    '',
    ...sections.flatMap((section) => [section, '']),
  ].join('\n');
  if (only.length > 0 || quick) {
    // A partial or quick run must not overwrite the published figures.
    console.log('selected cases or --quick: BENCHMARKS.md left as it was');
    return;
  }
  writeFileSync(OUT_FILE, doc);
  console.log(`wrote ${OUT_FILE}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
