import type { Catalogue } from '../catalogue';
import { type Language } from '../messages';
import { renderMessageOf } from '../messages/render';
import { readPeriod, thresholdOf } from '../rules';
import { isKuseiError } from '../result';
import { planYearIndex, type KuseiSettings } from '../settings';
import type { ConsolidationResult } from '../aggregate/consolidation';
import type { SubmissionControl } from '../aggregate/submissions';
import type { CaseStatus, CitySummary, IndicatorSummary } from '../aggregate/types';
import { wardMatrix, wardsByStatus, type IndicatorWards, type WardMatrix } from '../aggregate/ward-view';
import { distinctYears } from '../aggregate/declared-year';
import { draftSentences, type DraftSentences } from './draft-sentences';
import { rateText, sayIn, type Say } from './format';
import { fiscalYearLabel } from '../values/fiscal-year';
import { isoStampJst, warekiStamp } from './jst';
import { STATUS_WORDS, statusKey } from '../values/status-words';

/**
 * The city report as one model (issue 10, issue 15): counting is done (ConsolidationResult), and
 * this is everything the outputs show, in one language, in the order they show it — submission
 * control first, then the draft sentences, Tables 2 and 1, the chart, the ward × indicator matrix,
 * the wards per indicator, files and findings. The text, the HTML report, the workbook (ExcelJS and
 * Office.js), the CSV open data and the pane all render this model and compute nothing of their own.
 */
export interface ReportContext {
  readonly catalogue: Catalogue;
  readonly settings: KuseiSettings;
  readonly lang: Language;
  /** When the report is made; shown as 和暦 and JST. */
  readonly generatedAt: Date;
  /** Ward named first in a draft sentence, by indicator id (the coordinator's choice). */
  readonly lead?: Readonly<Record<string, string>>;
}

/** Submission control as shown: its wards and files as they are, its decisions and problems as lines. */
export interface SubmissionView extends Omit<SubmissionControl, 'duplicates' | 'otherYear' | 'unreadable'> {
  /** One line per ward submitted twice: which file is used and why. */
  readonly duplicates: readonly string[];
  /** One line per file of another year or plan, naming the year found. */
  readonly otherYear: readonly string[];
  readonly unreadable: readonly string[];
}

/** Disjoint parts of each counted indicator's cases, for the stacked bars. */
export type Segment = 'achieved' | 'onTrackOnly' | 'behind' | 'notMeasured';

export const SEGMENT_COLOURS: Readonly<Record<Segment, { readonly fill: string; readonly ink: string }>> = {
  achieved: { fill: '#1b7837', ink: '#ffffff' },
  onTrackOnly: { fill: '#a6dba0', ink: '#000000' },
  behind: { fill: '#e08214', ink: '#000000' },
  notMeasured: { fill: '#bababa', ink: '#000000' },
};

export interface ChartModel {
  readonly title: string;
  readonly segments: readonly { readonly key: Segment; readonly label: string }[];
  readonly bars: readonly { readonly id: string; readonly values: Readonly<Record<Segment, number>> }[];
}

/** A status as shown: the word, and a tone a renderer colours. */
export type Tone = Segment | 'none';

export interface StatusCell {
  readonly word: string;
  readonly tone: Tone;
  readonly progress: number | null;
  /** 31.2％, or '' when there is no rate. */
  readonly rate: string;
}

export interface MatrixModel extends WardMatrix {
  readonly shown: readonly (readonly StatusCell[])[];
  readonly note: string;
}

export interface FindingLine {
  readonly severity: string;
  readonly place: string;
  readonly message: string;
  readonly error: boolean;
}

export interface FileLine {
  readonly file: string;
  readonly ward: string;
  readonly layout: string;
  readonly records: number;
  readonly errors: number;
  readonly warnings: number;
  /** Why the file is not (wholly) counted, or ''. */
  readonly remark: string;
}

export interface CityReport {
  readonly lang: Language;
  readonly say: Say;
  readonly title: string;
  /** 令和8年12月1日 17:42 (JST). */
  readonly stamp: string;
  readonly reportYear: string;
  readonly threshold: number;
  readonly names: Readonly<Record<string, string>>;
  readonly submissions: SubmissionView;
  readonly draft: DraftSentences;
  readonly summary: CitySummary;
  readonly chart: ChartModel;
  readonly matrix: MatrixModel;
  readonly wardLists: readonly IndicatorWards[];
  readonly files: readonly FileLine[];
  readonly findings: readonly FindingLine[];
  readonly result: ConsolidationResult;
  readonly catalogue: Catalogue;
  readonly settings: KuseiSettings;
}

export function buildCityReport(result: ConsolidationResult, context: ReportContext): CityReport {
  const { catalogue, settings, lang } = context;
  const say = sayIn(lang);
  const summary = result.summary;
  const period = readPeriod(planYearIndex(settings), settings.planYears);
  const threshold = isKuseiError(period) ? 0 : thresholdOf(period);
  const wardLists = wardsByStatus(summary, catalogue);
  const names = Object.fromEntries(catalogue.indicators.map((i) => [i.id, i.name]));
  const reportYear = lang === 'ja' ? fiscalYearLabel(settings.reportYear) : `FY${settings.reportYear}`;
  const draft = draftSentences(
    {
      catalogue,
      summary,
      wards: wardLists,
      submissions: result.submissions,
      threshold,
      reportYear: settings.reportYear,
      targetYear: settings.planStartYear + settings.planYears - 1,
      ...(context.lead ? { lead: context.lead } : {}),
    },
    say,
    lang,
  );
  return {
    lang,
    say,
    title: say('report.title', { catalogue: catalogue.name, year: reportYear, yearEn: reportYear }),
    stamp: lang === 'ja' ? warekiStamp(context.generatedAt) : isoStampJst(context.generatedAt),
    reportYear,
    threshold,
    names,
    submissions: submissionView(result, say, lang),
    draft,
    summary,
    chart: chartModel(summary.table2.indicators, say),
    matrix: matrixModel(summary, catalogue, threshold, settings, say, lang),
    wardLists,
    files: result.files.map((f) => fileLine(f, say, lang)),
    findings: summary.findings.map((f) => ({
      severity: say(`report.severity.${f.severity}`),
      place: [f.file ?? '', f.sheet, f.cell ?? ''].filter(Boolean).join(' '),
      message: renderMessageOf(f, lang),
      error: f.severity === 'error',
    })),
    result,
    catalogue,
    settings,
  };
}

function submissionView(result: ConsolidationResult, say: Say, lang: Language): SubmissionView {
  const s = result.submissions;
  return {
    expected: s.expected,
    received: s.received,
    missing: s.missing,
    duplicates: s.duplicates.map((d) =>
      say('report.duplicateLine', {
        ward: d.ward,
        used: d.used,
        ignored: d.ignored.join('」「'),
        reason: say(`report.reason.${d.reason}`),
      }),
    ),
    otherYear: s.otherYear.map((o) => {
      const years = distinctYears(o.years);
      const first = o.years[0];
      return say('report.otherYearLine', {
        file: o.file,
        found: years.map(fiscalYearLabel).join('、'),
        foundEn: years.map((y) => `FY${y}`).join(', '),
        where: first ? `${first.where}「${first.text}」` : '',
      });
    }),
    unreadable: s.unreadable.map((u) => `${u.file}: ${renderMessageOf(u.problem, lang)}`),
    unexpected: s.unexpected,
    cityFiles: s.cityFiles,
  };
}

function chartModel(rows: readonly IndicatorSummary[], say: Say): ChartModel {
  return {
    title: say('report.chart'),
    segments: [
      { key: 'achieved', label: statusWord(STATUS_WORDS.achieved, say) },
      { key: 'onTrackOnly', label: say('report.segment.onTrackOnly') },
      { key: 'behind', label: statusWord(STATUS_WORDS.behind, say) },
      { key: 'notMeasured', label: statusWord(STATUS_WORDS.notMeasured, say) },
    ],
    bars: rows
      .filter((row) => row.counted)
      .map((row) => ({
        id: row.id,
        values: {
          achieved: row.achieved,
          onTrackOnly: row.onTrack - row.achieved,
          behind: row.behind,
          notMeasured: row.notMeasured,
        },
      })),
  };
}

export function toneOf(status: CaseStatus | null): Tone {
  const key = statusKey(status);
  return key === 'onTrack' ? 'onTrackOnly' : key;
}

/** The status word a user reads, in the run's language. */
export function statusWord(status: CaseStatus | null, say: Say): string {
  return status === null ? say('report.status.unjudged') : say(`report.status.${status}`);
}

function matrixModel(
  summary: CitySummary,
  catalogue: Catalogue,
  threshold: number,
  settings: KuseiSettings,
  say: Say,
  lang: Language,
): MatrixModel {
  const matrix = wardMatrix(summary, catalogue);
  const shown = matrix.cells.map((row) =>
    row.map((cell): StatusCell => {
      if (cell === null) return { word: say('report.status.noCase'), tone: 'none', progress: null, rate: '' };
      if (cell.role === 'outOfScope')
        return { word: say('report.status.outOfScope'), tone: 'none', progress: null, rate: '' };
      return {
        word: statusWord(cell.status, say),
        tone: toneOf(cell.status),
        progress: cell.progress,
        rate: cell.progress === null ? '' : rateText(cell.progress, lang),
      };
    }),
  );
  return {
    ...matrix,
    shown,
    note: say('report.matrixNote', {
      threshold: rateText(threshold, lang),
      year: fiscalYearLabel(settings.reportYear),
      yearEn: `FY${settings.reportYear}`,
      k: planYearIndex(settings),
      n: settings.planYears,
    }),
  };
}

function fileLine(f: ConsolidationResult['files'][number], say: Say, lang: Language): FileLine {
  const remark = f.problem ? renderMessageOf(f.problem, lang) : f.excluded ? say('report.otherYear') : '';
  return {
    file: f.file,
    ward: f.ward ?? '',
    layout: f.layout ?? '',
    records: f.records,
    errors: f.errors,
    warnings: f.warnings,
    remark,
  };
}
