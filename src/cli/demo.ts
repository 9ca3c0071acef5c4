import { readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { renderMessageOf } from '../core/messages/render';
import { consolidateFiles, summaryText, writeOutputs, type Consolidation } from './summary';
import { argLanguage, cliMessage } from './args';
import type { CliCode, MessageParams } from '../core/messages';

/**
 * `npm run demo`: consolidates the 24 FY2015 ward workbooks in examples/wards/ (several layouts),
 * prints submission control, Tables 2 and 1 as the publication lays them out, the wards per indicator
 * and the draft sentences, and writes out/city-summary.xlsx, out/city-summary.html and the open-data
 * CSV files in out/open-data/. The demo replaces its own two files in out/ on every run, nothing else.
 */
const ROOT = resolve(__dirname, '..', '..');
const WARDS_DIR = join(ROOT, 'examples', 'wards');
const CSV = join(ROOT, 'examples', 'fy2015_city.csv');
const OUT_XLSX = join(ROOT, 'out', 'city-summary.xlsx');
const OUT_HTML = join(ROOT, 'out', 'city-summary.html');
const OUT_CSV = join(ROOT, 'out', 'open-data');
const LANG = argLanguage(process.argv.slice(2));

function say(code: CliCode, params: MessageParams = {}): string {
  return cliMessage(code, LANG, params);
}

async function wardWorkbooks(): Promise<string[]> {
  try {
    const names = await readdir(WARDS_DIR);
    return names
      .filter((name) => name.toLowerCase().endsWith('.xlsx') && !name.startsWith('~$'))
      .sort((a, b) => a.localeCompare(b, 'ja'))
      .map((name) => join(WARDS_DIR, name));
  } catch {
    return [];
  }
}

export async function runDemo(): Promise<number> {
  let inputs = await wardWorkbooks();
  if (inputs.length === 0) {
    console.log(say('demo.fromCsv', { csv: relative(ROOT, CSV) }));
    inputs = [CSV];
  } else {
    console.log(say('demo.wards', { count: inputs.length }));
  }
  const consolidation = await consolidateFiles(inputs);
  console.log('');
  console.log(summaryText(consolidation));
  console.log('');
  printFiles(consolidation);
  // The demo owns out/city-summary.*: it replaces them on every run (and writes nothing else).
  const { written, problems } = await writeOutputs(
    consolidation,
    { xlsx: OUT_XLSX, html: OUT_HTML, csv: OUT_CSV },
    true,
  );
  for (const path of written) console.log(say('demo.written', { path: relative(ROOT, path) }));
  for (const problem of problems) console.error(problem);
  const unreadable = consolidation.files.some((f) => f.problem !== null);
  return unreadable || problems.length > 0 ? 1 : 0;
}

function printFiles(consolidation: Consolidation): void {
  const layoutsRead = consolidation.files.filter((f) => f.problem === null).length;
  console.log(
    say('demo.files', {
      read: layoutsRead,
      total: consolidation.files.length,
      wards: consolidation.summary.wards.length,
      cases: consolidation.summary.cases.length,
    }),
  );
  const layouts = new Map<string, number>();
  for (const f of consolidation.files) if (f.layout) layouts.set(f.layout, (layouts.get(f.layout) ?? 0) + 1);
  console.log(say('demo.layouts'));
  for (const [layout, count] of layouts) console.log(say('demo.layoutFiles', { layout, count }));
  for (const f of consolidation.files.filter((file) => file.problem !== null))
    console.error(say('demo.unreadable', { file: f.file, problem: f.problem ? renderMessageOf(f.problem, LANG) : '' }));
  const findings = consolidation.summary.findings;
  if (findings.length > 0) {
    console.log(say('demo.findings', { count: findings.length }));
    for (const f of findings.slice(0, 10)) console.log(`  ${f.file ?? ''} ${f.cell ?? ''} ${renderMessageOf(f, LANG)}`);
  }
}

runDemo().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
