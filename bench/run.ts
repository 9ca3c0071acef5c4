/**
 * `npm run bench`: runs every bench/suites/*.ts and writes BENCHMARKS.md with the machine, the
 * date and one table per suite. Run it on a quiet machine; figures are medians of several runs.
 * `tsx bench/run.ts core` runs only the named suites and prints them without writing the file.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchRow, BenchSuite } from './harness';

const suitesDir = join(__dirname, 'suites');
const outFile = join(__dirname, '..', 'BENCHMARKS.md');

function isSuite(value: unknown): value is BenchSuite {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as BenchSuite).name === 'string' &&
    typeof (value as BenchSuite).run === 'function'
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

function machine(): string {
  const cpuList = cpus();
  const model = cpuList[0]?.model.trim() ?? 'unknown CPU';
  const memoryGiB = (totalmem() / 1024 ** 3).toFixed(1);
  return [
    `- CPU: ${model}`,
    `- cores: ${cpuList.length}`,
    `- memory: ${memoryGiB} GiB`,
    `- node: ${process.version} (${process.platform} ${process.arch})`,
    `- date: ${new Date().toISOString()}`,
  ].join('\n');
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = readdirSync(suitesDir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .filter((file) => only.length === 0 || only.includes(file.replace(/\.ts$/, '')))
    .sort();
  const sections: string[] = [];
  for (const file of files) {
    const loaded = (await import(pathToFileURL(join(suitesDir, file)).href)) as { default?: unknown };
    const suite = isSuite(loaded.default)
      ? loaded.default
      : (loaded.default as { default?: unknown } | undefined)?.default;
    if (!isSuite(suite)) {
      console.error(`bench/suites/${file}: default export is not a { name, run } suite; skipped`);
      process.exitCode = 1;
      continue;
    }
    console.log(`running ${suite.name} (${file}) …`);
    let rows: BenchRow[];
    try {
      rows = await suite.run();
    } catch (error: unknown) {
      // One broken suite must not hide the others' figures; it is reported and fails the run.
      console.error(`bench/suites/${file} failed:`, error);
      sections.push(`## ${suite.name}\n\nSource: \`bench/suites/${file}\`. **Failed**: ${escapeCell(String(error))}`);
      process.exitCode = 1;
      continue;
    }
    for (const row of rows)
      console.log(
        `  ${row.benchmark}: ${formatNumber(row.value)} ${row.unit} (${formatNumber(row.ratio)}x ${row.comparedTo})`,
      );
    sections.push(`## ${suite.name}\n\nSource: \`bench/suites/${file}\`.\n\n${table(rows)}`);
  }
  const doc = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (`tsx bench/run.ts`). Each figure is the median of several runs; the',
    'floor or peer it is compared to is measured in the same process, interleaved run by run, so the',
    'ratio holds on any machine even when absolute times do not. Benchmarks are never test assertions.',
    '',
    '## Machine',
    '',
    machine(),
    '',
    ...sections.flatMap((section) => [section, '']),
  ].join('\n');
  if (only.length > 0) {
    // A partial run must not overwrite the other suites' figures.
    console.log(`suites selected (${only.join(', ')}): BENCHMARKS.md left as it was`);
    return;
  }
  writeFileSync(outFile, doc);
  console.log(`wrote ${outFile}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
