import { consolidateSources } from '../../core/aggregate/consolidation';
import { buildCityReport, type CityReport } from '../../core/report/model';
import { summaryGrids, type SummaryGrid } from '../../core/report/grids';
import { CATALOGUES, FY2015_CATALOGUE } from '../../core/catalogue/fy2015';
import type { Finding } from '../../core/finding';
import { WARD_NAMES } from '../../core/layouts/wards';
import type { Language } from '../../core/messages';
import type { CodedMessage } from '../../core/messages/render';
import type { KuseiSettings } from '../../core/settings';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { readCsvBytes } from '../../files/csv';
import type { FileReadError } from '../../files/errors';
import { readXlsxBytes } from '../../files/read-xlsx-buffer';
import { loadExcelJs, XLSX_TYPE } from '../standalone/load-exceljs';
import { addSummarySheets } from '../standalone/summary-workbook';

/**
 * City consolidation in the pane (issues 6, 15): ward files the coordinator chooses go through the
 * one consolidation loop the CLI uses too (consolidateSources: one workbook in memory at a time plus
 * the records), each listed with its findings, then the report model every output renders: submission
 * control, Tables 2 and 1, the chart, the ward × indicator matrix and the draft sentences. This module
 * loads lazily when the coordinator first consolidates.
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
  readonly problem: CodedMessage | null;
}

export interface ConsolidationView {
  readonly files: readonly FileProgress[];
  /** The report model, in the pane's language. */
  readonly report: CityReport;
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

async function readFile(file: InputFile): Promise<WorkbookSnapshot | FileReadError> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (/\.csv$/i.test(file.name)) return readCsvBytes(bytes, file.name);
  // KUSEI's own reader (src/files/xlsx): one parse of the archive guards and reads it; ExcelJS loads
  // only to write the summary workbook.
  return readXlsxBytes(bytes, file.name);
}

/** Lets the browser paint the progress bars between files. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function consolidate(
  files: readonly InputFile[],
  settings: KuseiSettings,
  onProgress: (files: readonly FileProgress[]) => void,
  lang: Language = 'ja',
  now: Date = new Date(),
): Promise<ConsolidationView> {
  const catalogue = CATALOGUES[settings.catalogueId] ?? FY2015_CATALOGUE;
  const progress: FileProgress[] = files.map((file) => waiting(file.name));
  const fileFindings = new Map<string, Finding[]>();
  const update = (index: number, change: Partial<FileProgress>): void => {
    progress[index] = { ...(progress[index] ?? waiting(files[index]?.name ?? '')), ...change };
    onProgress([...progress]);
  };
  const result = await consolidateSources(
    files.map((file) => ({ name: file.name, read: () => readFile(file) })),
    {
      catalogue,
      settings,
      wards: WARD_NAMES,
      onFile: async ({ index, outcome, report }) => {
        if (outcome === null) {
          update(index, { state: 'reading' });
          await nextTask();
          return;
        }
        if (outcome.problem !== null) {
          update(index, {
            state: 'failed',
            errors: 1,
            problem: outcome.problem,
          });
          return;
        }
        fileFindings.set(outcome.file, [...(report?.findings ?? [])]);
        update(index, {
          state: 'done',
          layout: outcome.layout,
          ward: outcome.ward,
          records: outcome.records,
          errors: outcome.errors,
          warnings: outcome.warnings,
          findings: report?.findings ?? [],
        });
      },
    },
  );
  // Consolidation findings (a duplicate, another year, a missing case) belong under the file they point into.
  for (const finding of result.summary.findings) {
    if (finding.file !== null) fileFindings.set(finding.file, [...(fileFindings.get(finding.file) ?? []), finding]);
  }
  const final = progress.map((entry) => {
    const outcome = result.files.find((candidate) => candidate.file === entry.name);
    return outcome && entry.state === 'done'
      ? { ...entry, errors: outcome.errors, warnings: outcome.warnings, findings: fileFindings.get(entry.name) ?? [] }
      : entry;
  });
  onProgress(final);
  const report = buildCityReport(result, { catalogue, settings, lang, generatedAt: now });
  return { files: final, report, grids: summaryGrids(report) };
}

/** The summary as a new workbook to download (standalone mode). */
export async function summaryWorkbook(grids: readonly SummaryGrid[]): Promise<Blob> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  addSummarySheets(workbook, grids);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: XLSX_TYPE });
}
