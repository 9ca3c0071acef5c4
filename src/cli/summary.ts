import { basename, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import {
  Consolidator,
  FY2015_CATALOGUE,
  summaryGrids,
  summaryTitles,
  table1Text,
  table2Text,
  validateWorkbook,
} from '../core';
import type { Catalogue, ConsolidationFile, ConsolidationResult } from '../core';
import { DEFAULT_SETTINGS, type KuseiSettings } from '../core/settings';
import { WARD_NAMES } from '../core/layouts/wards';
import { isFileReadError, readWorkbookFile } from '../files';
import { consoleIo, type Io } from './io';
import { terminalJson, terminalLine, terminalLines } from './terminal-text';
import { fillSummaryWorkbook } from '../files/write-summary-xlsx';
import { summaryHtml } from '../files/write-summary-html';
import { OutputExistsError, writeFileAtomic } from '../files/write-output-file';

/** What happened to one input file (see ConsolidationFile). */
export type FileOutcome = ConsolidationFile;

export interface Consolidation extends ConsolidationResult {
  readonly catalogue: Catalogue;
  readonly settings: KuseiSettings;
}

export interface ConsolidateOptions {
  readonly catalogue?: Catalogue;
  readonly settings?: KuseiSettings;
  /** Called after each file, e.g. for a progress line. */
  readonly onFile?: (outcome: FileOutcome, index: number, count: number) => void;
}

/**
 * Reads the files one by one (only one workbook is in memory at a time; its records are kept),
 * validates each with the layout reader, then consolidates all records. A file that cannot be read
 * is reported and the others are still summarised.
 */
export async function consolidateFiles(
  paths: readonly string[],
  options: ConsolidateOptions = {},
): Promise<Consolidation> {
  const catalogue = options.catalogue ?? FY2015_CATALOGUE;
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const consolidator = new Consolidator(catalogue, settings, WARD_NAMES);
  for (const [index, path] of paths.entries()) {
    const file = basename(path);
    const snapshot = await readWorkbookFile(path);
    const outcome = isFileReadError(snapshot)
      ? consolidator.addUnreadable(file, snapshot.message)
      : consolidator.addReport(file, validateWorkbook(snapshot, { settings, catalogue, fileName: file }));
    options.onFile?.(outcome, index, paths.length);
  }
  return { ...consolidator.finish(), catalogue, settings };
}

/** The `--json` document, field by field in the order issue 6 gives. */
export function summaryJson(consolidation: Consolidation): unknown {
  const { table2, table1 } = consolidation.summary;
  return {
    table2: {
      indicators: table2.indicators.map((r) => ({
        id: r.id,
        counted: r.counted,
        scope: r.scope,
        cases: r.cases,
        onTrack: r.onTrack,
        achieved: r.achieved,
        behind: r.behind,
        notMeasured: r.notMeasured,
        referenceWards: r.referenceWards,
        referenceCases: r.referenceCases,
      })),
      total: {
        cases: table2.total.cases,
        onTrack: table2.total.onTrack,
        achieved: table2.total.achieved,
        behind: table2.total.behind,
        notMeasured: table2.total.notMeasured,
      },
    },
    table1: {
      cases: table1.cases,
      listed: table1.listed,
      listedFull: table1.listedFull,
      listedPartial: table1.listedPartial,
      unlisted: table1.unlisted,
      unlistedDone: table1.unlistedDone,
      unlistedNotDone: table1.unlistedNotDone,
    },
    files: consolidation.files.map((f) => ({
      file: f.file,
      ward: f.ward,
      records: f.records,
      errors: f.errors,
      warnings: f.warnings,
    })),
  };
}

/** Tables 2 and 1 as the publication lays them out, for a terminal. */
export function summaryText(consolidation: Consolidation): string {
  const { title, names } = summaryTitles(consolidation.catalogue, consolidation.settings);
  return [title, '', table2Text(consolidation.summary, names), '', table1Text(consolidation.summary)].join('\n');
}

/** The output workbook (集計 + 全区一覧) as xlsx bytes. */
export async function summaryWorkbookBytes(consolidation: Consolidation): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  fillSummaryWorkbook(
    workbook,
    summaryGrids(consolidation.summary, summaryTitles(consolidation.catalogue, consolidation.settings)),
  );
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export function summaryReport(consolidation: Consolidation, generatedAt: string): string {
  return summaryHtml({
    summary: consolidation.summary,
    titles: summaryTitles(consolidation.catalogue, consolidation.settings),
    files: consolidation.files,
    generatedAt,
  });
}

export interface WriteResult {
  readonly written: string[];
  readonly problems: string[];
}

/** Writes the requested outputs atomically; an existing file is replaced only with `overwrite`. */
export async function writeOutputs(
  consolidation: Consolidation,
  outputs: { readonly xlsx?: string; readonly html?: string },
  overwrite: boolean,
): Promise<WriteResult> {
  const written: string[] = [];
  const problems: string[] = [];
  const attempt = async (path: string, make: () => Promise<Uint8Array | string>): Promise<void> => {
    try {
      await writeFileAtomic(path, await make(), overwrite);
      written.push(path);
    } catch (error) {
      problems.push(
        error instanceof OutputExistsError
          ? `${path} は既にあります。上書きするには --force を付けてください。`
          : `${path} を書き込めませんでした: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
  if (outputs.xlsx) await attempt(outputs.xlsx, () => summaryWorkbookBytes(consolidation));
  if (outputs.html)
    await attempt(outputs.html, () => Promise.resolve(summaryReport(consolidation, new Date().toISOString())));
  return { written, problems };
}

interface SummaryArgs {
  readonly files: string[];
  readonly json: boolean;
  readonly out?: string;
  readonly report?: string;
  readonly force: boolean;
}

const USAGE = 'usage: kusei summary <files…> [--json] [--out file.xlsx] [--report file.html] [--force]';

function parseArgs(argv: readonly string[]): SummaryArgs | string {
  const args: { files: string[]; json: boolean; out?: string; report?: string; force: boolean } = {
    files: [],
    json: false,
    force: false,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--json') args.json = true;
    else if (arg === '--force') args.force = true;
    else if (arg === '--out' || arg === '--report') {
      const value = argv[i + 1];
      if (!value || value.startsWith('--')) return `${arg} にはファイル名が必要です。`;
      if (arg === '--out') args.out = value;
      else args.report = value;
      i += 1;
    } else if (arg.startsWith('--')) return `不明なオプション ${arg}`;
    else args.files.push(arg);
  }
  if (args.files.length === 0) return '集計するファイルを指定してください。';
  return checkOutputs(args);
}

/**
 * Outputs are never an input (a ward's workbook is not replaced by the summary, even with --force),
 * never each other, and have the extension of what is written into them.
 */
function checkOutputs(args: SummaryArgs): SummaryArgs | string {
  const inputs = new Set(args.files.map((file) => resolve(file)));
  for (const [option, path, pattern, kind] of [
    ['--out', args.out, /\.xlsx$/i, '.xlsx'],
    ['--report', args.report, /\.html?$/i, '.html'],
  ] as const) {
    if (path === undefined) continue;
    if (!pattern.test(path)) return `${option} のファイル名は ${kind} で終わるようにしてください（${path}）。`;
    if (inputs.has(resolve(path)))
      return `${option} に集計する入力ファイル（${path}）は指定できません。別のファイル名にしてください。`;
  }
  if (args.out && args.report && resolve(args.out) === resolve(args.report))
    return '--out と --report には別のファイルを指定してください。';
  return args;
}

/**
 * `kusei summary`. Exit 0 when every file was read and the consolidation found no error; 1 when a
 * file could not be read, an output was not written, or consolidation found an error (a missing or
 * duplicate case: the tables are then not the complete set); 2 for a usage error.
 */
export async function runSummary(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.err(`${args}\n${USAGE}`);
    return 2;
  }
  const consolidation = await consolidateFiles(args.files);
  const unreadable = consolidation.files.filter((f) => f.problem !== null);
  for (const f of unreadable)
    io.err(terminalLine(`${f.file}: 読み込めませんでした（${f.problem}）。他のファイルは集計しました。`));
  if (args.json) io.out(terminalJson(summaryJson(consolidation)));
  else io.out(humanReport(consolidation));
  const { written, problems } = await writeOutputs(consolidation, { xlsx: args.out, html: args.report }, args.force);
  for (const problem of problems) io.err(terminalLine(problem));
  for (const path of written) io.err(terminalLine(`書き出しました: ${path}`));
  const consolidationErrors = consolidation.summary.findings.some((f) => f.severity === 'error');
  return unreadable.length > 0 || problems.length > 0 || consolidationErrors ? 1 : 0;
}

function humanReport(consolidation: Consolidation): string {
  // Line by line: each line is made safe for the terminal on its own (terminalLines).
  const lines = [...summaryText(consolidation).split('\n'), '', 'ファイル:'];
  for (const f of consolidation.files) {
    lines.push(
      f.problem
        ? `  ${f.file}: 読み込めません（${f.problem}）`
        : `  ${f.file}${f.ward ? `（${f.ward}）` : ''}: ${f.layout ?? '様式不明'}、${f.records}件、エラー ${f.errors}、警告 ${f.warnings}`,
    );
  }
  const findings = consolidation.summary.findings;
  if (findings.length > 0) {
    lines.push('', `集計上の指摘 ${findings.length}件:`);
    for (const f of findings) {
      const place = [f.file, f.sheet, f.cell].filter((part) => part !== null && part !== '').join(' ');
      lines.push(`  [${f.severity === 'error' ? 'エラー' : '警告'}] ${place ? `${place}: ` : ''}${f.message}`);
    }
  }
  // File names and cell text come from the files: no control character reaches the terminal.
  return terminalLines(lines);
}
