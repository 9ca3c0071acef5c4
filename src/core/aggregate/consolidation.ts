import type { Catalogue } from '../catalogue';
import type { CaseRecord } from '../record';
import type { KuseiSettings } from '../settings';
import type { Report } from '../validate/types';
import { aggregate } from './aggregate';
import type { CitySummary } from './types';

/**
 * One input file of a consolidation: read and validated, or not readable (then `problem` says why).
 * `file`, `ward`, `records`, `errors`, `warnings` are the `files` entries of `kusei summary --json`.
 */
export interface ConsolidationFile {
  readonly file: string;
  /** The one ward the file's records name, null when none or several (a city-wide CSV). */
  readonly ward: string | null;
  readonly records: number;
  /** Validation findings of the file plus consolidation findings that point into it. */
  readonly errors: number;
  readonly warnings: number;
  readonly problem: string | null;
  /** Layout name of the first sheet read, e.g. 成果指標の進捗表(福島区様式). */
  readonly layout: string | null;
}

export interface ConsolidationResult {
  readonly summary: CitySummary;
  readonly files: readonly ConsolidationFile[];
}

/**
 * Collects files one at a time (the CLI from disk, the pane from chosen files) and keeps only their
 * records, so memory holds one workbook at a time plus the records; `finish` aggregates them all.
 */
export class Consolidator {
  private readonly records: CaseRecord[] = [];
  private readonly files: ConsolidationFile[] = [];

  constructor(
    private readonly catalogue: Catalogue,
    private readonly settings: KuseiSettings,
    /** The wards expected to report (e.g. Osaka's 24); see AggregateOptions. */
    private readonly wards?: readonly string[],
  ) {}

  /** A file validated by the layout reader. */
  addReport(file: string, report: Report): ConsolidationFile {
    this.records.push(...report.records);
    const wards = [...new Set(report.records.map((r) => r.ward).filter((w): w is string => w !== null))];
    const outcome: ConsolidationFile = {
      file,
      ward: wards.length === 1 ? (wards[0] ?? null) : null,
      records: report.records.length,
      errors: report.stats.errors,
      warnings: report.stats.warnings,
      problem: null,
      layout: report.sheets.find((sheet) => sheet.layoutName !== null)?.layoutName ?? null,
    };
    this.files.push(outcome);
    return outcome;
  }

  /** A file that could not be read at all: reported, and the others are still summarised. */
  addUnreadable(file: string, problem: string): ConsolidationFile {
    const outcome: ConsolidationFile = { file, ward: null, records: 0, errors: 1, warnings: 0, problem, layout: null };
    this.files.push(outcome);
    return outcome;
  }

  finish(): ConsolidationResult {
    const summary = aggregate(this.records, this.catalogue, this.settings, this.wards ? { wards: this.wards } : {});
    return { summary, files: withConsolidationFindings(this.files, summary) };
  }
}

/** Consolidation findings that point into a file count among that file's errors and warnings. */
function withConsolidationFindings(files: readonly ConsolidationFile[], summary: CitySummary): ConsolidationFile[] {
  const byFile = new Map<string, { errors: number; warnings: number }>();
  for (const finding of summary.findings) {
    if (finding.file === null) continue;
    const counts = byFile.get(finding.file) ?? { errors: 0, warnings: 0 };
    if (finding.severity === 'error') counts.errors += 1;
    else if (finding.severity === 'warning') counts.warnings += 1;
    byFile.set(finding.file, counts);
  }
  return files.map((file) => {
    const mine = byFile.get(file.file);
    return mine ? { ...file, errors: file.errors + mine.errors, warnings: file.warnings + mine.warnings } : file;
  });
}
