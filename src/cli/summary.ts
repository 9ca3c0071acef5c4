import { basename, join, resolve } from 'node:path';
import { consolidateSources, FY2015_CATALOGUE } from '../core';
import type { Catalogue, ConsolidationFile, ConsolidationResult } from '../core';
import type { Language } from '../core/messages';
import { renderMessageOf } from '../core/messages/render';
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
import { argLanguage, cliMessage, parseArgs, readReportYear } from './args';
import { expandInputs } from './inputs';
import {
  catalogueOfPlan,
  countGrades,
  gradeWords,
  periodYears,
  trendOf,
  wardPlanCases,
  yearOfPlan,
  type GradedCase,
  type Plan,
  type RuleProfile,
  type Trend,
  type YearSummary,
} from '../core/plan';
import { renderMessage } from '../core/messages';
import { fiscalYearLabel } from '../core/values/fiscal-year';
import type { SummaryGrid } from '../core/report/grids';
import {
  trendGrid,
  trendJson,
  trendLines,
  wardPlanGrid,
  wardPlanJson,
  wardPlanLines,
} from '../core/report/plan-report';
import { validateWorkbook } from '../core/validate';
import { isFileReadError } from '../files/errors';
import { trendHtml, wardPlanHtml } from '../files/write-summary-html';
import { loadPlanOption } from './plan-option';

/** What happened to one input file (see ConsolidationFile). */
export type FileOutcome = ConsolidationFile;

export interface Consolidation extends ConsolidationResult {
  readonly catalogue: Catalogue;
  readonly settings: KuseiSettings;
}

export interface ConsolidateOptions {
  readonly catalogue?: Catalogue;
  readonly settings?: KuseiSettings;
  /** The plan's rule profile and wards (`--plan`); the default profile and Osaka's 24 wards otherwise. */
  readonly profile?: RuleProfile;
  readonly wards?: readonly string[];
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
      wards: options.wards ?? WARD_NAMES,
      ...(options.profile ? { profile: options.profile } : {}),
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
export function summaryJson(
  consolidation: Consolidation,
  lang: Language = 'ja',
  trend?: Trend,
  report: CityReport = cityReport(consolidation, lang),
): unknown {
  const { table2, table1 } = consolidation.summary;
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
      unreadable: s.unreadable.map((u) => ({ file: u.file, problem: renderMessageOf(u.problem, lang) })),
      unexpected: s.unexpected,
      cityFiles: s.cityFiles,
    },
    matrix: {
      wards: report.matrix.wards,
      indicators: report.matrix.indicators,
      cells: withRules(consolidation, report),
    },
    wardsByIndicator: report.wardLists,
    draft: { note: report.say('report.draftNote'), ...report.draft },
    ...(trend ? { trend: trendJson(trend) } : {}),
  };
}

/** The report for a terminal: submission control first, then Tables 2 and 1, the wards and the draft. */
export function summaryText(consolidation: Consolidation, lang: Language = 'ja'): string {
  return reportText(cityReport(consolidation, lang));
}

/** The output workbook (集計, 区別状況, 文案, 全区一覧) as xlsx bytes. */
export async function summaryWorkbookBytes(
  report: CityReport,
  extraGrids: readonly SummaryGrid[] = [],
): Promise<Uint8Array> {
  // ExcelJS loads only here, when a workbook is written: `check` and `--help` never load it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  fillSummaryWorkbook(workbook, [...summaryGrids(report), ...extraGrids]);
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

/** Writes one output atomically; the problem to tell the user when it could not, else null. */
async function writeOutput(
  path: string,
  make: () => Promise<Uint8Array | string>,
  overwrite: boolean,
  lang: Language,
): Promise<string | null> {
  // Loaded when a file is written (it brings node:crypto for the temporary name): a text report never needs it.
  const { OutputExistsError, writeFileAtomic } = await import('../files/write-output-file');
  try {
    await writeFileAtomic(path, await make(), overwrite);
    return null;
  } catch (error) {
    return error instanceof OutputExistsError
      ? cliMessage('cli.outputExists', lang, { path })
      : cliMessage('cli.outputFailed', lang, {
          path,
          reason: error instanceof Error ? error.message : String(error),
        });
  }
}

/** Writes the requested outputs atomically; an existing file is replaced only with `overwrite`. */
export async function writeOutputs(
  consolidation: Consolidation,
  outputs: Outputs,
  overwrite: boolean,
  lang: Language = 'ja',
  now: Date = new Date(),
  trend?: Trend,
): Promise<WriteResult> {
  return writeReportOutputs(cityReport(consolidation, lang, now), outputs, overwrite, lang, trend);
}

/** writeOutputs for a report already built (the command builds it once for the terminal and the files). */
async function writeReportOutputs(
  report: CityReport,
  outputs: Outputs,
  overwrite: boolean,
  lang: Language,
  trend?: Trend,
): Promise<WriteResult> {
  const extraGrids = trend ? [trendGrid(trend, lang)] : [];
  const extraHtml = trend ? [trendHtml(trend, lang)] : [];
  const written: string[] = [];
  const problems: string[] = [];
  const attempt = async (path: string, make: () => Promise<Uint8Array | string>): Promise<void> => {
    const problem = await writeOutput(path, make, overwrite, lang);
    if (problem === null) written.push(path);
    else problems.push(problem);
  };
  if (outputs.xlsx) await attempt(outputs.xlsx, () => summaryWorkbookBytes(report, extraGrids));
  if (outputs.html) await attempt(outputs.html, () => Promise.resolve(summaryHtml(report, extraHtml)));
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
  readonly plan?: string | undefined;
}

function readArgs(argv: readonly string[], lang: Language): SummaryArgs | string {
  const parsed = parseArgs(argv, {
    flags: ['json', 'force', 'help'],
    options: ['out', 'report', 'csv', 'lang', 'report-year', 'plan'],
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
    plan: parsed.options.get('plan'),
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
  const usage = cliMessage('cli.summary.usage', lang);
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
  let plan: Plan | null = null;
  if (args.plan !== undefined) {
    plan = await loadPlanOption(args.plan, io, lang);
    if (plan === null) return 2;
    io.err(terminalLine(usingLine(plan, lang)));
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
  if (plan !== null && plan.indicators.length === 0) return runWardPlan(inputs.files, plan, args, io, lang);
  const base = plan ? planSettings(plan, settings, args.reportYear !== undefined) : settings;
  const options: ConsolidateOptions = plan
    ? { settings: base, catalogue: catalogueOfPlan(plan), profile: plan.profile, wards: plan.wards }
    : { settings: base };
  const everything = await consolidateFiles(inputs.files, options);
  const years = await yearsSideBySide(inputs.files, everything, options, base);
  const consolidation = years?.main ?? everything;
  const trend = years?.trend;
  const unreadable = everything.files.filter((f) => f.problem !== null);
  for (const f of unreadable)
    io.err(
      terminalLine(
        cliMessage('cli.unreadable', lang, {
          file: f.file,
          problem: f.problem ? renderMessageOf(f.problem, lang) : '',
        }),
      ),
    );
  // One report for the terminal and every file: building it is most of what follows the reading.
  const report = cityReport(consolidation, lang, new Date());
  if (args.json) io.out(terminalJson(summaryJson(consolidation, lang, trend, report)));
  else io.out(humanReport(report, lang, trend));
  const { written, problems } = await writeReportOutputs(
    report,
    { xlsx: args.out, html: args.report, csv: args.csv },
    args.force,
    lang,
    trend,
  );
  for (const problem of problems) io.err(terminalLine(problem));
  for (const path of written) io.err(terminalLine(cliMessage('cli.written', lang, { path })));
  const consolidationErrors = (years?.all ?? [consolidation]).some((c) =>
    c.summary.findings.some((f) => f.severity === 'error'),
  );
  return unreadable.length > 0 || problems.length > 0 || inputs.problems.length > 0 || consolidationErrors ? 1 : 0;
}

function humanReport(report: CityReport, lang: Language, trend?: Trend): string {
  const { say } = report;
  // Line by line: each line is made safe for the terminal on its own (terminalLines).
  const lines = [...reportText(report).split('\n')];
  if (trend) {
    lines.push('');
    for (const line of trendLines(trend, lang)) lines.push(line);
  }
  lines.push('', `■ ${say('report.files')}`);
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

function usingLine(plan: Plan, lang: Language): string {
  return renderMessage(
    'planCli.using',
    {
      name: plan.name,
      id: plan.id,
      first: fiscalYearLabel(plan.firstYear),
      last: fiscalYearLabel(plan.lastYear),
      profile: plan.profile.id,
    },
    lang,
  );
}

/** The settings of a plan's period; the report year stays the one asked for, else one inside the period. */
function planSettings(plan: Plan, settings: KuseiSettings, reportYearGiven: boolean): KuseiSettings {
  const inside = yearOfPlan(plan, settings.reportYear) !== null;
  return {
    ...settings,
    planStartYear: plan.firstYear,
    planYears: periodYears(plan),
    catalogueId: plan.id,
    reportYear: reportYearGiven || inside ? settings.reportYear : plan.firstYear,
  };
}

interface YearsSideBySide {
  /** The report year's consolidation (the report year asked for, else the latest year). */
  readonly main: Consolidation;
  readonly all: readonly Consolidation[];
  readonly trend: Trend;
}

/**
 * Issue 16 §4: files of several fiscal years of the same plan. A file that declares exactly one other
 * year inside the plan period is consolidated with that year; every other file stays with the report
 * year (a file of another plan is left out there, with its finding). Null when only one year is given.
 */
async function yearsSideBySide(
  /** The paths consolidated, in the order of `everything.files` (the loop keeps it). */
  paths: readonly string[],
  everything: Consolidation,
  options: ConsolidateOptions,
  settings: KuseiSettings,
): Promise<YearsSideBySide | null> {
  const groups = new Map<number, string[]>();
  for (const [index, f] of everything.files.entries()) {
    const path = paths[index];
    if (path === undefined) continue;
    const year =
      f.excluded === 'otherYear' && f.years.length === 1 ? (f.years[0] ?? settings.reportYear) : settings.reportYear;
    const list = groups.get(year) ?? [];
    list.push(path);
    groups.set(year, list);
  }
  if (groups.size < 2) return null;
  const years = [...groups.keys()].sort((a, b) => a - b);
  const mainYear = groups.has(settings.reportYear)
    ? settings.reportYear
    : (years[years.length - 1] ?? settings.reportYear);
  const summaries: YearSummary[] = [];
  const all: Consolidation[] = [];
  let main: Consolidation | null = null;
  for (const year of years) {
    const files = groups.get(year) ?? [];
    const consolidation = await consolidateFiles(files, { ...options, settings: { ...settings, reportYear: year } });
    summaries.push({ fiscalYear: year, summary: consolidation.summary });
    all.push(consolidation);
    if (year === mainYear) main = consolidation;
  }
  return main ? { main, all, trend: trendOf(summaries) } : null;
}

/**
 * A single-year ward plan (`--plan` with no shared indicators, seed 002): each ward's own アウトカム指標
 * graded A/B by the rules (R3), counted per 経営課題 and per ward (text, `--json`, HTML, xlsx).
 * Exit 1 when a file cannot be read or a row cannot be graded (the counts are then not complete).
 */
async function runWardPlan(
  paths: readonly string[],
  plan: Plan,
  args: SummaryArgs,
  io: Io,
  lang: Language,
): Promise<number> {
  const settings: KuseiSettings = {
    ...DEFAULT_SETTINGS,
    planStartYear: plan.firstYear,
    planYears: periodYears(plan),
    reportYear: plan.firstYear,
    catalogueId: plan.id,
  };
  const cases: (GradedCase & { sheet: string; row: number })[] = [];
  const files: { file: string; cases: number; ungraded: number; errors: number }[] = [];
  let ungraded = 0;
  let unreadable = 0;
  for (const path of paths) {
    const snapshot = await readWorkbookFile(path);
    if (isFileReadError(snapshot)) {
      unreadable++;
      io.err(
        terminalLine(
          cliMessage('cli.unreadable', lang, {
            file: basename(path),
            problem: renderMessageOf(snapshot, lang),
          }),
        ),
      );
      continue;
    }
    const report = validateWorkbook(snapshot, { settings, catalogue: FY2015_CATALOGUE, listRecords: true });
    const read = wardPlanCases(snapshot, report);
    for (const readCase of read.cases) cases.push(readCase);
    ungraded += read.ungraded.length;
    files.push({
      file: basename(path),
      cases: read.cases.length,
      ungraded: read.ungraded.length,
      errors: report.stats.errors,
    });
  }
  const grades = gradeWords(plan.profile);
  // Per ward in the plan's order (対象区), whatever order the files came in.
  const rank = new Map(plan.wards.map((ward, index) => [ward, index]));
  const ordered = [...cases].sort((x, y) => (rank.get(x.ward) ?? rank.size) - (rank.get(y.ward) ?? rank.size));
  const counts = countGrades(ordered, grades);
  const scheme = plan.profile.grades;
  if (args.json) {
    io.out(
      terminalJson({
        plan: { id: plan.id, name: plan.name, profile: plan.profile.id },
        wardPlan: wardPlanJson(counts, grades, ungraded),
        files,
        statuses: cases.map((c) => ({
          ward: c.ward,
          group: c.group,
          sheet: c.sheet,
          row: c.row,
          grade: c.grade,
          // R3 under the profile: the met grade when the actual meets the target, the other when not.
          rule: scheme.kind === 'met' && c.grade === scheme.met ? 'targetMet' : 'targetNotMet',
          profile: plan.profile.id,
        })),
      }),
    );
  } else {
    io.out(terminalLines(wardPlanLines(plan.name, counts, grades, ungraded, lang)));
  }
  const problems: string[] = [];
  const write = async (path: string, make: () => Promise<Uint8Array | string>): Promise<void> => {
    const problem = await writeOutput(path, make, args.force, lang);
    if (problem === null) io.err(terminalLine(cliMessage('cli.written', lang, { path })));
    else problems.push(problem);
  };
  if (args.out) {
    await write(args.out, async () => {
      const { default: ExcelJS } = await import('exceljs');
      const workbook = new ExcelJS.Workbook();
      fillSummaryWorkbook(workbook, [wardPlanGrid(plan.name, counts, grades, lang)]);
      return new Uint8Array(await workbook.xlsx.writeBuffer());
    });
  }
  if (args.report) await write(args.report, () => Promise.resolve(wardPlanHtml(plan.name, counts, grades, lang)));
  for (const problem of problems) io.err(terminalLine(problem));
  return unreadable > 0 || ungraded > 0 || problems.length > 0 ? 1 : 0;
}

/**
 * The matrix cells of `--json`, each status with the rule of the profile that decided it (issue 16:
 * `{ status, progress, role, rule, profile }`); a cell without a case stays null.
 */
function withRules(consolidation: Consolidation, report: CityReport): unknown[][] {
  const byKey = new Map(consolidation.summary.cases.map((c) => [`${c.ward}\u0000${c.indicatorId}`, c]));
  return report.matrix.cells.map((row, w) =>
    row.map((cell, i) => {
      if (cell === null) return null;
      const found = byKey.get(`${report.matrix.wards[w] ?? ''}\u0000${report.matrix.indicators[i] ?? ''}`);
      return { ...cell, rule: found?.rule ?? null, profile: found?.profileId ?? null };
    }),
  );
}
