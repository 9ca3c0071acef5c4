import { Consolidator } from '../../core/aggregate/consolidation';
import { summaryGrids, type SummaryGrid } from '../../core/aggregate/summary-sheets';
import { summaryTitles } from '../../core/aggregate/titles';
import type { Table1, Table2Total } from '../../core/aggregate/types';
import { CATALOGUES, FY2015_CATALOGUE } from '../../core/catalogue/fy2015';
import type { Finding } from '../../core/finding';
import { WARD_NAMES } from '../../core/layouts/wards';
import type { KuseiSettings } from '../../core/settings';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { validateWorkbook } from '../../core/validate/validate-workbook';
import { readCsvBytes } from '../../files/csv';
import { isFileReadError, type FileReadError } from '../../files/errors';
import { readXlsxBytes } from '../../files/read-xlsx-buffer';
import { addSummarySheets } from '../standalone/summary-workbook';

/**
 * City consolidation in the pane (issue 6): ward files the coordinator chooses are read one at a time
 * (memory holds one workbook plus the records), each validated and listed with its findings, then
 * aggregated into Tables 2 and 1 by the same core the CLI uses. This module loads lazily, with
 * ExcelJS, when the coordinator first consolidates.
 */
export type FileState = 'waiting' | 'reading' | 'done' | 'failed';

export interface FileProgress {
  readonly name: string;
  readonly state: FileState;
  readonly layout: string | null;
  readonly ward: string | null;
  readonly records: number;
  readonly errors: number;
  readonly warnings: number;
  readonly findings: readonly Finding[];
  readonly problem: { readonly message: string; readonly messageEn: string } | null;
}

export interface ConsolidationView {
  readonly files: readonly FileProgress[];
  readonly total: Table2Total;
  readonly counted: number;
  readonly table1: Table1;
  readonly grids: readonly SummaryGrid[];
}

/** The bytes and name of a chosen file (a File in the browser; plain data in tests). */
export interface InputFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const waiting = (name: string): FileProgress => ({
  name,
  state: 'waiting',
  layout: null,
  ward: null,
  records: 0,
  errors: 0,
  warnings: 0,
  findings: [],
  problem: null,
});

async function loadExcelJs(): Promise<typeof import('exceljs')> {
  const excel = await import(/* webpackChunkName: "exceljs" */ 'exceljs/dist/exceljs.min.js');
  // A UMD bundle: webpack exposes module.exports as the default export (Node: the module itself).
  return (excel as { default?: typeof excel.default }).default ?? (excel as unknown as typeof excel.default);
}

async function readFile(file: InputFile, ExcelJS: typeof import('exceljs')): Promise<WorkbookSnapshot | FileReadError> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (/\.csv$/i.test(file.name)) return readCsvBytes(bytes, file.name);
  // readXlsxBytes runs the zip guard (src/files/zip-guard.ts) before ExcelJS inflates anything, and
  // says which limit a zip bomb or an oversized sheet went over.
  return readXlsxBytes(bytes, file.name, ExcelJS.Workbook);
}

/** Lets the browser paint the progress bars between files. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function consolidate(
  files: readonly InputFile[],
  settings: KuseiSettings,
  onProgress: (files: readonly FileProgress[]) => void,
): Promise<ConsolidationView> {
  const catalogue = CATALOGUES[settings.catalogueId] ?? FY2015_CATALOGUE;
  const ExcelJS = await loadExcelJs();
  const consolidator = new Consolidator(catalogue, settings, WARD_NAMES);
  const progress: FileProgress[] = files.map((file) => waiting(file.name));
  const report = (index: number, update: Partial<FileProgress>): void => {
    progress[index] = { ...(progress[index] ?? waiting(files[index]?.name ?? '')), ...update };
    onProgress([...progress]);
  };
  const fileFindings = new Map<string, Finding[]>();

  for (const [index, file] of files.entries()) {
    report(index, { state: 'reading' });
    await nextTask();
    const snapshot = await readFile(file, ExcelJS);
    if (isFileReadError(snapshot)) {
      consolidator.addUnreadable(file.name, snapshot.message);
      report(index, {
        state: 'failed',
        errors: 1,
        problem: { message: snapshot.message, messageEn: snapshot.messageEn },
      });
      continue;
    }
    const validated = validateWorkbook(snapshot, { settings, catalogue, fileName: file.name });
    const outcome = consolidator.addReport(file.name, validated);
    fileFindings.set(file.name, [...validated.findings]);
    report(index, {
      state: 'done',
      layout: outcome.layout,
      ward: outcome.ward,
      records: outcome.records,
      errors: outcome.errors,
      warnings: outcome.warnings,
      findings: validated.findings,
    });
  }

  const { summary, files: outcomes } = consolidator.finish();
  // Consolidation findings (a duplicate or missing case) belong under the file they point into.
  for (const finding of summary.findings) {
    if (finding.file !== null) fileFindings.set(finding.file, [...(fileFindings.get(finding.file) ?? []), finding]);
  }
  const final = progress.map((entry) => {
    const outcome = outcomes.find((candidate) => candidate.file === entry.name);
    return outcome && entry.state === 'done'
      ? { ...entry, errors: outcome.errors, warnings: outcome.warnings, findings: fileFindings.get(entry.name) ?? [] }
      : entry;
  });
  onProgress(final);
  return {
    files: final,
    total: summary.table2.total,
    counted: summary.table2.indicators.filter((row) => row.counted).length,
    table1: summary.table1,
    grids: summaryGrids(summary, summaryTitles(catalogue, settings)),
  };
}

/** The summary as a new workbook to download (standalone mode). */
export async function summaryWorkbook(grids: readonly SummaryGrid[]): Promise<Blob> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  addSummarySheets(workbook, grids);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
