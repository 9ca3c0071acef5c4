import type { Catalogue } from '../catalogue';
import type { CodedMessage } from '../messages/render';
import type { CaseRecord } from '../record';
import type { KuseiSettings } from '../settings';
import type { WorkbookSnapshot } from '../snapshot';
import type { Report } from '../validate/types';
import { validateWorkbook } from '../validate/validate-workbook';
import { aggregate } from './aggregate';
import { declaredYears, distinctYears, type DeclaredYear } from './declared-year';
import { decideSubmissions, type OtherYearFile, type SubmissionControl } from './submissions';
import type { CitySummary } from './types';
import type { RuleProfile } from '../plan/profile';

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
  /** Why the file could not be read, as a code and its parameters (rendered at the edge), or null. */
  readonly problem: CodedMessage | null;
  /** Layout name of the first sheet read, e.g. 成果指標の進捗表(福島区様式). */
  readonly layout: string | null;
  /** Fiscal years the file declares (title, sheet names, headers of the actual), western. */
  readonly years: readonly number[];
  /** Left out whole: a file of another fiscal year or of another plan. */
  readonly excluded: OtherYearFile['kind'] | null;
}

export interface ConsolidationResult {
  readonly summary: CitySummary;
  readonly files: readonly ConsolidationFile[];
  readonly submissions: SubmissionControl;
}

interface Held {
  readonly outcome: ConsolidationFile;
  readonly records: readonly CaseRecord[];
  readonly declared: readonly DeclaredYear[];
}

/**
 * Collects files one at a time (the CLI from disk, the pane from chosen files) and keeps only their
 * records, so memory holds one workbook at a time plus the records; `finish` decides the submissions
 * (duplicates, other years) and aggregates what is left.
 */
export class Consolidator {
  private readonly held: Held[] = [];

  constructor(
    private readonly catalogue: Catalogue,
    private readonly settings: KuseiSettings,
    /** The wards expected to report (e.g. Osaka's 24); see AggregateOptions. */
    private readonly wards: readonly string[],
    /** The plan's rule profile (issue 16); the default R1–R4 when absent. */
    private readonly profile?: RuleProfile,
  ) {}

  /** A file validated by the layout reader; with its snapshot, the years it declares are read too. */
  addReport(file: string, report: Report, snapshot?: WorkbookSnapshot): ConsolidationFile {
    const declared = snapshot ? declaredYears(snapshot, report, this.settings.planStartYear) : [];
    const wards = [...new Set(report.records.map((r) => r.ward).filter((w): w is string => w !== null))];
    const outcome: ConsolidationFile = {
      file,
      ward: wards.length === 1 ? (wards[0] ?? null) : null,
      records: report.records.length,
      errors: report.stats.errors,
      warnings: report.stats.warnings,
      problem: null,
      layout: report.sheets.find((sheet) => sheet.layoutName !== null)?.layoutName ?? null,
      years: distinctYears(declared),
      excluded: null,
    };
    this.held.push({ outcome, records: report.records, declared });
    return outcome;
  }

  /** A file that could not be read at all: reported, and the others are still summarised. */
  addUnreadable(file: string, problem: CodedMessage): ConsolidationFile {
    const outcome: ConsolidationFile = {
      file,
      ward: null,
      records: 0,
      errors: 1,
      warnings: 0,
      problem,
      layout: null,
      years: [],
      excluded: null,
    };
    this.held.push({ outcome, records: [], declared: [] });
    return outcome;
  }

  finish(): ConsolidationResult {
    const decision = decideSubmissions(
      this.held.map((h) => ({
        file: h.outcome.file,
        records: h.records,
        errors: h.outcome.errors,
        declared: h.declared,
        problem: h.outcome.problem,
      })),
      this.wards,
      this.settings,
    );
    const counted = aggregate(decision.records, this.catalogue, this.settings, {
      wards: this.wards,
      ...(this.profile ? { profile: this.profile } : {}),
    });
    const summary: CitySummary = { ...counted, findings: [...decision.findings, ...counted.findings] };
    const files = this.held.map((h) => ({ ...h.outcome, excluded: decision.excluded.get(h.outcome.file) ?? null }));
    return { summary, files: withConsolidationFindings(files, summary), submissions: decision.control };
  }
}

/** A file to consolidate: its name, and how to read it (from disk in the CLI, from bytes in the pane). */
export interface ConsolidationSource {
  readonly name: string;
  read(): Promise<WorkbookSnapshot | CodedMessage>;
}

export interface ConsolidateOptions {
  readonly catalogue: Catalogue;
  readonly settings: KuseiSettings;
  readonly wards: readonly string[];
  readonly profile?: RuleProfile;
  /** Called before a file is read (`outcome` null) and after (with what was read). */
  readonly onFile?: (event: FileEvent) => void | Promise<void>;
}

export interface FileEvent {
  readonly index: number;
  readonly count: number;
  readonly name: string;
  readonly outcome: ConsolidationFile | null;
  /** The file's own validation report, when it was read. */
  readonly report: Report | null;
}

/**
 * The one consolidation loop of every host (CLI and pane): files are read one at a time, validated by
 * the layout reader, and handed to a Consolidator; only records stay in memory.
 */
export async function consolidateSources(
  sources: readonly ConsolidationSource[],
  options: ConsolidateOptions,
): Promise<ConsolidationResult> {
  const { catalogue, settings } = options;
  const consolidator = new Consolidator(catalogue, settings, options.wards, options.profile);
  for (const [index, source] of sources.entries()) {
    const base = { index, count: sources.length, name: source.name };
    await options.onFile?.({ ...base, outcome: null, report: null });
    const snapshot = await source.read();
    if ('code' in snapshot) {
      const outcome = consolidator.addUnreadable(source.name, { code: snapshot.code, params: snapshot.params });
      await options.onFile?.({ ...base, outcome, report: null });
      continue;
    }
    const report = validateWorkbook(snapshot, { settings, catalogue, fileName: source.name });
    const outcome = consolidator.addReport(source.name, report, snapshot);
    await options.onFile?.({ ...base, outcome, report });
  }
  return consolidator.finish();
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
