import { basename, join, resolve } from 'node:path';
import { consolidateSources, FY2015_CATALOGUE } from '../core';
import type { Catalogue, ConsolidationFile, ConsolidationResult } from '../core';
import type { Language } from '../core/messages';
import { buildCityReport, type CityReport } from '../core/report/model';
import { summaryGrids } from '../core/report/grids';
import { reportText } from '../core/report/text';
import { openDataTables } from '../core/report/open-data';
import { DEFAULT_SETTINGS, type KuseiSettings } from '../core/settings';
import { WARD_NAMES } from '../core/layouts/wards';
import { readWorkbookFile } from '../files';
import { consoleIo, type Io } from './io';
import { terminalJson, terminalLine, terminalLines } from './terminal-text';
import { outputClash } from './output-clash';
import { fillSummaryWorkbook } from '../files/write-summary-xlsx';
import { summaryHtml } from '../files/write-summary-html';
import { openDataCsv } from '../files/write-open-data-csv';
import { OutputExistsError, writeFileAtomic } from '../files/write-output-file';
import { argLanguage, cliMessage, parseArgs, readReportYear } from './args';
import { expandInputs } from './inputs';

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
 * Reads the files one by one (only one workbook is in memory at a time; its records are kept) through
 * the one consolidation loop the pane uses too (consolidateSources), then consolidates all records.
 * A file that cannot be read is reported and the others are still summarised.
 */
export async function consolidateFiles(
  paths: readonly string[],
  options: ConsolidateOptions = {},
): Promise<Consolidation> {
  const catalogue = options.catalogue ?? FY2015_CATALOGUE;
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const result = await consolidateSources(
    paths.map((path) => ({ name: basename(path), read: () => readWorkbookFile(path) })),
    {
      catalogue,
      settings,
      wards: WARD_NAMES,
      onFile: (event) => {
        if (event.outcome) options.onFile?.(event.outcome, event.index, event.count);
      },
    },
  );
  return { ...result, catalogue, settings };
}

/** The report model of a consolidation, in one language, stamped now. */
export function cityReport(consolidation: Consolidation, lang: Language = 'ja', now: Date = new Date()): CityReport {
  return buildCityReport(consolidation, {
    catalogue: consolidation.catalogue,
    settings: consolidation.settings,
    lang,
    generatedAt: now,
  });
}

/** The `--json` document: issue 6's fields, then submission control, the matrix, the wards per indicator and the draft. */
export function summaryJson(consolidation: Consolidation, lang: Language = 'ja'): unknown {
  const { table2, table1 } = consolidation.summary;
  const report = cityReport(consolidation, lang);
  const s = consolidation.submissions;
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
      years: f.years,
      excluded: f.excluded,
    })),
    submissions: {
      expected: s.expected,
      received: s.received,
      missing: s.missing,
      duplicates: s.duplicates,
      otherYear: s.otherYear.map((o) => ({ file: o.file, kind: o.kind, years: o.years })),
      unreadable: s.unreadable,
      unexpected: s.unexpected,
      cityFiles: s.cityFiles,
    },
    matrix: {
      wards: report.matrix.wards,
      indicators: report.matrix.indicators,
      cells: report.matrix.cells,
    },
    wardsByIndicator: report.wardLists,
    draft: { note: report.say('report.draftNote'), ...report.draft },
  };
}

/** The report for a terminal: submission control first, then Tables 2 and 1, the wards and the draft. */
export function summaryText(consolidation: Consolidation, lang: Language = 'ja'): string {
  return reportText(cityReport(consolidation, lang));
}

/** The output workbook (集計, 区別状況, 文案, 全区一覧) as xlsx bytes. */
export async function summaryWorkbookBytes(report: CityReport): Promise<Uint8Array> {
  // ExcelJS loads only here, when a workbook is written: `check` and `--help` never load it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  fillSummaryWorkbook(workbook, summaryGrids(report));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export interface WriteResult {
  readonly written: string[];
  readonly problems: string[];
}

export interface Outputs {
  readonly xlsx?: string | undefined;
  readonly html?: string | undefined;
  /** A folder for the open-data CSV files. */
  readonly csv?: string | undefined;
}

/** Writes the requested outputs atomically; an existing file is replaced only with `overwrite`. */
export async function writeOutputs(
  consolidation: Consolidation,
  outputs: Outputs,
  overwrite: boolean,
  lang: Language = 'ja',
  now: Date = new Date(),
): Promise<WriteResult> {
  const report = cityReport(consolidation, lang, now);
  const written: string[] = [];
  const problems: string[] = [];
  const attempt = async (path: string, make: () => Promise<Uint8Array | string>): Promise<void> => {
    try {
      await writeFileAtomic(path, await make(), overwrite);
      written.push(path);
    } catch (error) {
      problems.push(
        error instanceof OutputExistsError
          ? cliMessage('cli.outputExists', lang, { path })
          : cliMessage('cli.outputFailed', lang, {
              path,
              reason: error instanceof Error ? error.message : String(error),
            }),
      );
    }
  };
  if (outputs.xlsx) await attempt(outputs.xlsx, () => summaryWorkbookBytes(report));
  if (outputs.html) await attempt(outputs.html, () => Promise.resolve(summaryHtml(report)));
  if (outputs.csv) {
    for (const table of openDataTables(report))
      await attempt(join(outputs.csv, table.name), () => Promise.resolve(openDataCsv(table)));
  }
  return { written, problems };
}

interface SummaryArgs {
  readonly patterns: string[];
  readonly json: boolean;
  readonly out?: string | undefined;
  readonly report?: string | undefined;
  readonly csv?: string | undefined;
  readonly force: boolean;
  readonly help: boolean;
  readonly reportYear?: string | undefined;
}

export const SUMMARY_USAGE: Readonly<Record<Language, string>> = {
  ja: `使い方: kusei summary <ファイル・フォルダー・*.xlsx…> [--json] [--out 集計.xlsx] [--report 集計.html]
                     [--csv フォルダー] [--report-year 令和8|R8|2026] [--force] [--lang ja|en]
  区のワークブックを表2・表1に集計します。提出状況（未提出・重複・別年度）、区別・指標別の状況、
  【達成状況】の文案も示します。フォルダーはその中の .xlsx / .csv を、*.xlsx はこのコマンド自身が展開します。
  --out      集計ワークブック（集計・区別状況・文案・全区一覧、A4横・1ページ幅で印刷）
  --report   HTMLの報告書
  --csv      オープンデータのCSV（表2・表1・区別の縦持ち表、UTF-8 BOM付き）を書くフォルダー
  --force    既にあるファイルを置き換える`,
  en: `usage: kusei summary <files, folders, *.xlsx…> [--json] [--out summary.xlsx] [--report summary.html]
                     [--csv folder] [--report-year 令和8|R8|2026] [--force] [--lang ja|en]
  Consolidates ward workbooks into Tables 2 and 1, with submission control (missing, twice, another
  year), status by ward and indicator, and draft 【達成状況】 sentences. A folder means its .xlsx/.csv
  files; *.xlsx is expanded by the command itself.
  --out      summary workbook (集計, 区別状況, 文案, 全区一覧; prints A4 landscape, one page wide)
  --report   HTML report
  --csv      folder for open-data CSV (Tables 2 and 1, per-ward long table; UTF-8 with BOM)
  --force    replace existing files`,
};

function readArgs(argv: readonly string[], lang: Language): SummaryArgs | string {
  const parsed = parseArgs(argv, {
    flags: ['json', 'force', 'help'],
    options: ['out', 'report', 'csv', 'lang', 'report-year'],
  });
  if ('error' in parsed) return parsed.error;
  const langValue = parsed.options.get('lang');
  if (langValue !== undefined && langValue !== 'ja' && langValue !== 'en')
    return cliMessage('cli.badLang', lang, { value: langValue });
  const args: SummaryArgs = {
    patterns: parsed.positional,
    json: parsed.flags.has('json'),
    force: parsed.flags.has('force'),
    help: parsed.flags.has('help'),
    out: parsed.options.get('out'),
    report: parsed.options.get('report'),
    csv: parsed.options.get('csv'),
    reportYear: parsed.options.get('report-year'),
  };
  if (args.help) return args;
  if (args.patterns.length === 0) return cliMessage('cli.noInputs', lang);
  return args;
}

/**
 * Outputs are never an input (a ward's workbook is not replaced by the summary, even with --force),
 * never each other, and have the extension of what is written into them.
 */
function checkOutputs(args: SummaryArgs, files: readonly string[], lang: Language): string | null {
  const inputs = new Set(files.map((file) => resolve(file)));
  for (const [option, path, pattern, kind] of [
    ['--out', args.out, /\.xlsx$/i, '.xlsx'],
    ['--report', args.report, /\.html?$/i, '.html'],
  ] as const) {
    if (path === undefined) continue;
    if (!pattern.test(path)) return cliMessage('cli.outputExtension', lang, { option, kind, path });
    if (inputs.has(resolve(path))) return cliMessage('cli.outputIsInput', lang, { option, path });
  }
  if (args.out && args.report && resolve(args.out) === resolve(args.report)) return cliMessage('cli.outputsSame', lang);
  return null;
}

/**
 * `kusei summary`. Exit 0 when every file was read and the consolidation found no error; 1 when a
 * file could not be read, an output was not written, or consolidation found an error (a missing ward
 * or case: the tables are then not the complete set); 2 for a usage error.
 */
export async function runSummary(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  const lang = argLanguage(argv);
  const usage = SUMMARY_USAGE[lang];
  const args = readArgs(argv, lang);
  if (typeof args === 'string') {
    io.err(terminalLine(args));
    io.err(usage);
    return 2;
  }
  if (args.help) {
    io.out(usage);
    return 0;
  }
  let settings = DEFAULT_SETTINGS;
  if (args.reportYear !== undefined) {
    const year = readReportYear(args.reportYear, lang);
    if ('error' in year) {
      io.err(terminalLine(year.error));
      return 2;
    }
    io.err(terminalLine(year.said));
    settings = { ...settings, reportYear: year.year };
  }
  const inputs = await expandInputs(args.patterns, lang);
  for (const problem of inputs.problems) io.err(terminalLine(problem));
  if (inputs.files.length === 0) return 2;
  // Then as real files: `--out alias/北区.xlsx` with alias → real never replaces the input real/北区.xlsx.
  const outputProblem =
    checkOutputs(args, inputs.files, lang) ??
    (await outputClash(
      inputs.files,
      [
        ['--out', args.out],
        ['--report', args.report],
        ['--csv', args.csv],
      ],
      lang,
    ));
  if (outputProblem) {
    io.err(terminalLine(outputProblem));
    return 2;
  }
  const consolidation = await consolidateFiles(inputs.files, { settings });
  const unreadable = consolidation.files.filter((f) => f.problem !== null);
  for (const f of unreadable)
    io.err(
      terminalLine(
        cliMessage('cli.unreadable', lang, {
          file: f.file,
          problem: lang === 'en' ? (f.problemEn ?? f.problem ?? '') : (f.problem ?? ''),
        }),
      ),
    );
  if (args.json) io.out(terminalJson(summaryJson(consolidation, lang)));
  else io.out(humanReport(consolidation, lang));
  const { written, problems } = await writeOutputs(
    consolidation,
    { xlsx: args.out, html: args.report, csv: args.csv },
    args.force,
    lang,
  );
  for (const problem of problems) io.err(terminalLine(problem));
  for (const path of written) io.err(terminalLine(cliMessage('cli.written', lang, { path })));
  const consolidationErrors = consolidation.summary.findings.some((f) => f.severity === 'error');
  return unreadable.length > 0 || problems.length > 0 || inputs.problems.length > 0 || consolidationErrors ? 1 : 0;
}

function humanReport(consolidation: Consolidation, lang: Language): string {
  const report = cityReport(consolidation, lang);
  const { say } = report;
  // Line by line: each line is made safe for the terminal on its own (terminalLines).
  const lines = [...reportText(report).split('\n'), '', `■ ${say('report.files')}`];
  for (const f of report.files) {
    lines.push(
      `  ${f.file}${f.ward ? `（${f.ward}）` : ''}: ${f.layout || '—'}、${f.records}、${say('report.col.errors')} ${f.errors}、${say('report.col.warnings')} ${f.warnings}${f.remark ? `（${f.remark}）` : ''}`,
    );
  }
  if (report.findings.length > 0) {
    lines.push('', `■ ${say('report.findings')}（${report.findings.length}）`);
    for (const f of report.findings) lines.push(`  [${f.severity}] ${f.place ? `${f.place}: ` : ''}${f.message}`);
  }
  // File names and cell text come from the files: no control character reaches the terminal.
  return terminalLines(lines);
}
