import { CATALOGUES, FY2015_CATALOGUE } from '../core/catalogue';
import type { Finding, FindingCode } from '../core/finding';
import type { FileErrorCode, Language } from '../core/messages';
import { renderMessageOf } from '../core/messages/render';
import { layoutDefinition } from '../core/layouts/layout';
import { DEFAULT_SETTINGS, type KuseiSettings } from '../core/settings';
import { validateWorkbook } from '../core/validate';
import type { ListedRecord, Report } from '../core/validate';
import { isFileReadError, readWorkbookFile, type FileReadError } from '../files';
import { argLanguage, cliMessage, commandArgs } from './args';
import { consoleIo, type Io } from './io';
import { terminalJson, terminalLines } from './terminal-text';
import type { Catalogue } from '../core/catalogue';
import { catalogueOfPlan, periodYears, yearOfPlan } from '../core/plan';
import { loadPlanOption } from './plan-option';
import { parseChoices } from '../workbook/choices';
import { renderMessage } from '../core/messages';

/**
 * `kusei check <files…> [--json] [--lang ja|en] [--report-year 2015]`: reads each workbook as laid out
 * and reports its findings. Exit 0 when no file has an error finding, 1 when some has, 2 when a file
 * cannot be read at all (the others are still checked and reported).
 */
export type { Language };

/**
 * A finding as `kusei check` reports it: its message rendered in the run's one language. A file that
 * cannot be read is reported as one finding with the file error's code.
 */
export type CheckedFinding = Omit<Finding<FindingCode | FileErrorCode>, 'params'> & { readonly message: string };

export interface CheckedFile {
  readonly file: string;
  readonly layout: string | null;
  readonly records: number;
  /** What was read, one entry per judged row (issue 12 §6); listed by `--json` as `records`. */
  readonly recordList: readonly ListedRecord[];
  readonly valid: boolean;
  readonly findings: readonly CheckedFinding[];
  /** Sheets read with a mapping correction the pane saved in the workbook (issue 12 §5). */
  readonly storedMappingSheets?: readonly string[];
}

export interface CheckResult {
  readonly files: readonly CheckedFile[];
  /** Files that could not be read at all. */
  readonly unreadable: number;
  readonly exitCode: 0 | 1 | 2;
}

function toChecked(finding: Finding, lang: Language): CheckedFinding {
  return {
    code: finding.code,
    severity: finding.severity,
    sheet: finding.sheet,
    cell: finding.cell,
    row: finding.row,
    field: finding.field,
    text: finding.text,
    message: renderMessageOf(finding, lang),
  };
}

function unreadableFile(path: string, error: FileReadError, lang: Language): CheckedFile {
  return {
    file: path,
    layout: null,
    records: 0,
    recordList: [],
    valid: false,
    findings: [
      {
        code: error.fileError,
        severity: 'error',
        sheet: '',
        cell: null,
        row: null,
        field: null,
        text: error.file,
        message: renderMessageOf(error, lang),
      },
    ],
  };
}

function checkedReport(path: string, report: Report, lang: Language): CheckedFile {
  return {
    file: path,
    layout: report.layout,
    records: report.records.length,
    recordList: report.sheets.flatMap((sheet) => sheet.listed ?? []),
    valid: report.valid,
    findings: report.findings.map((finding) => toChecked(finding, lang)),
  };
}

export async function checkFiles(
  paths: readonly string[],
  lang: Language,
  settings: KuseiSettings,
  /** The catalogue of `--plan FILE` (issue 16); else the settings' catalogue. */
  planCatalogue?: Catalogue,
): Promise<CheckResult> {
  const files: CheckedFile[] = [];
  let unreadable = 0;
  // One file at a time: only one workbook is in memory.
  for (const path of paths) {
    const snapshot = await readWorkbookFile(path);
    if (isFileReadError(snapshot)) {
      unreadable++;
      files.push(unreadableFile(path, snapshot, lang));
      continue;
    }
    const catalogue = planCatalogue ?? CATALOGUES[settings.catalogueId] ?? FY2015_CATALOGUE;
    // The pane's mapping corrections saved in the file apply here too (issue 12 §5).
    const mappings = snapshot.storedChoices === undefined ? {} : parseChoices(snapshot.storedChoices).mappings;
    const used = snapshot.sheets.map((sheet) => sheet.name).filter((name) => mappings[name] !== undefined);
    const report = validateWorkbook(snapshot, {
      settings,
      catalogue,
      listRecords: true,
      ...(used.length > 0 ? { mappings } : {}),
    });
    const checked = checkedReport(path, report, lang);
    files.push(used.length > 0 ? { ...checked, storedMappingSheets: used } : checked);
  }
  const anyErrors = files.some((file) => !file.valid);
  return { files, unreadable, exitCode: unreadable > 0 ? 2 : anyErrors ? 1 : 0 };
}

const SEVERITY_MARK = { error: '✗', warning: '!', info: 'i' } as const;

export function readableReport(result: CheckResult, lang: Language): string {
  const lines: string[] = [];
  for (const file of result.files) {
    const errors = file.findings.filter((f) => f.severity === 'error').length;
    const warnings = file.findings.filter((f) => f.severity === 'warning').length;
    const layout = file.layout ? layoutDefinition(file.layout as Parameters<typeof layoutDefinition>[0]) : null;
    const layoutName = layout
      ? lang === 'en'
        ? layout.nameEn
        : layout.name
      : lang === 'en'
        ? 'not read'
        : '読み取れず';
    lines.push(
      lang === 'en'
        ? `${file.file}: ${layoutName}, ${file.records} records, ${errors} errors, ${warnings} warnings`
        : `${file.file}: ${layoutName}、${file.records}件、エラー${errors}件、警告${warnings}件`,
    );
    if (file.storedMappingSheets)
      lines.push(`  ${renderMessage('cli.storedMappingsUsed', { sheets: file.storedMappingSheets.join(', ') }, lang)}`);
    for (const finding of file.findings) {
      const where = finding.cell ?? (finding.sheet || file.file);
      lines.push(`  ${SEVERITY_MARK[finding.severity]} ${where} [${finding.code}] ${finding.message}`);
    }
  }
  const failing = result.files.filter((file) => !file.valid).length;
  lines.push(
    lang === 'en'
      ? `${result.files.length} files checked: ${result.files.length - failing} without errors, ${failing} with errors${result.unreadable ? ` (${result.unreadable} unreadable)` : ''}.`
      : `${result.files.length}ファイルを確認: エラーなし${result.files.length - failing}、エラーあり${failing}${result.unreadable ? `(うち読めないファイル${result.unreadable})` : ''}。`,
  );
  // File names, cell text and sheet names come from the files: no control character reaches the terminal.
  return terminalLines(lines);
}

/**
 * The `--json` document: the fields issue 4 names, in that order, with `records` listing what was read
 * (issue 12 §6: `{ sheet, row, indicator, cells, actual, target, declaredMark, computedMark, progress }`).
 */
export function checkJson(result: CheckResult): { files: unknown[] } {
  return {
    files: result.files.map((file) => ({
      file: file.file,
      layout: file.layout,
      records: file.recordList,
      valid: file.valid,
      findings: file.findings.map((f) => ({
        code: f.code,
        severity: f.severity,
        sheet: f.sheet,
        cell: f.cell,
        row: f.row,
        field: f.field,
        text: f.text,
        message: f.message,
      })),
    })),
  };
}

export async function runCheck(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  const usage = cliMessage('cli.check.usage', argLanguage(argv));
  const parsed = commandArgs(argv, { flags: ['json'], options: ['lang', 'report-year', 'plan'] }, usage, io);
  if (typeof parsed === 'number') return parsed;
  const langOption = parsed.options.get('lang');
  const lang: Language = langOption === 'en' ? 'en' : 'ja';
  if (langOption !== undefined && langOption !== 'ja' && langOption !== 'en') {
    io.err(`--lang ja|en\n${usage}`);
    return 2;
  }
  let settings = DEFAULT_SETTINGS;
  const year = parsed.options.get('report-year');
  if (year !== undefined) {
    const reportYear = Number(year);
    if (!Number.isInteger(reportYear) || reportYear < 1989 || reportYear > 2100) {
      io.err(`--report-year: ${year}\n${usage}`);
      return 2;
    }
    settings = { ...settings, reportYear };
  }
  if (parsed.positional.length === 0) {
    io.err(usage);
    return 2;
  }
  // `--plan FILE` (issue 16): findings of the plan first; a plan with errors checks nothing (exit 2).
  const planFile = parsed.options.get('plan');
  let planCatalogue: Catalogue | undefined;
  if (planFile !== undefined) {
    const plan = await loadPlanOption(planFile, io, lang);
    if (plan === null) return 2;
    planCatalogue = catalogueOfPlan(plan);
    settings = {
      ...settings,
      planStartYear: plan.firstYear,
      planYears: periodYears(plan),
      catalogueId: plan.id,
      reportYear:
        year !== undefined || yearOfPlan(plan, settings.reportYear) !== null ? settings.reportYear : plan.firstYear,
    };
  }
  const result = await checkFiles(parsed.positional, lang, settings, planCatalogue);
  io.out(parsed.flags.has('json') ? terminalJson(checkJson(result)) : readableReport(result, lang));
  return result.exitCode;
}
