import { FY2015_CATALOGUE, type Catalogue, type IndicatorDef } from '../core/catalogue';
import { buildTable2 } from '../core/aggregate/table2';
import { plainKey } from '../core/aggregate/text';
import { isCityWard } from '../core/aggregate/city';
import type { CaseStatus, EvaluatedCase, IndicatorSummary } from '../core/aggregate/types';
import { STATUSES } from '../core/rules';
import { isCellError } from '../core/cell';
import type { ExcelCell } from './broadcast';
import { asMatrix, fromExcel, type ExcelArgument } from './cells';
import { excelError, officeLanguage, type Language } from './excel-errors';
import { functionMessage } from './messages';

/**
 * KUSEI.SUMMARY: Table 2 (R8) from two columns of a consolidated sheet, one row per case. The
 * counting is the aggregation's own (src/core/aggregate/table2.ts), so the sheet, the pane and the
 * CLI count alike: on track includes achieved, reference-only indicators stay out of the total,
 * and a status that is not one of the four (an error, a typo) is counted as not measured.
 */
const HEADERS: Readonly<Record<Language, readonly string[]>> = {
  ja: ['指標', '件数', '概ね順調', 'うち目標達成', '必ずしも順調ではない', '未測定', '集計'],
  en: ['Indicator', 'Cases', 'On track', 'of which achieved', 'Behind', 'Not measured', 'Counting'],
};

const COUNTING_LABELS: Readonly<Record<Language, { counted: string; reference: string; total: string }>> = {
  ja: { counted: '集計対象', reference: '参考（合計に含めない）', total: '合計' },
  en: { counted: 'counted', reference: 'reference (not in total)', total: 'Total' },
};

export function summary(
  indicators: ExcelArgument,
  statuses: ExcelArgument,
  wardNames: ExcelArgument = null,
  catalogue: Catalogue = FY2015_CATALOGUE,
  language: Language = officeLanguage(),
): ExcelCell[][] {
  const ids = column(asMatrix(indicators));
  const marks = column(asMatrix(statuses));
  // Without a ward column every row is a case; with one, a city-scope indicator counts only the
  // city's own row (全市), as the aggregation does (R8: 1-3-ア is counted once).
  const wards = wardNames === null || wardNames === undefined ? null : column(asMatrix(wardNames));
  if (
    ids === null ||
    marks === null ||
    ids.length !== marks.length ||
    (wards !== null && wards.length !== ids.length && wards.length !== 1)
  ) {
    const message = functionMessage('SUMMARY_SHAPE', language, { a: ids?.length ?? '?', b: marks?.length ?? '?' });
    return [[excelError('#VALUE!', message)]];
  }
  const byKey = new Map(catalogue.indicators.map((indicator) => [plainKey(indicator.id), indicator]));
  const cases: EvaluatedCase[] = [];
  const unknown: string[] = [];
  ids.forEach((cell, row) => {
    const id = fromExcel(cell);
    const mark = fromExcel(marks[row]);
    if (id === null && mark === null) return;
    const text = typeof id === 'string' || typeof id === 'number' ? String(id) : '';
    const indicator = byKey.get(plainKey(text));
    if (indicator === undefined) {
      if (!unknown.includes(text)) unknown.push(text);
      return;
    }
    const ward = wards === null ? null : fromExcel(wards.length === 1 ? wards[0] : wards[row]);
    cases.push(caseOf(indicator, row, mark, typeof ward === 'string' ? ward : null, wards !== null));
  });
  if (cases.length === 0 && unknown.length === 0) {
    return [[excelError('#N/A', functionMessage('SUMMARY_EMPTY', language))]];
  }
  const seen = new Set(cases.map((c) => c.indicatorId));
  const table = buildTable2(
    cases,
    catalogue.indicators.filter((indicator) => seen.has(indicator.id)),
  );
  const labels = COUNTING_LABELS[language];
  const width = HEADERS[language].length;
  return [
    [...HEADERS[language]],
    ...table.indicators.map((row) => indicatorRow(row, labels)),
    ...unknown.map((text) => unknownRow(text, width, language)),
    [
      labels.total,
      table.total.cases,
      table.total.onTrack,
      table.total.achieved,
      table.total.behind,
      table.total.notMeasured,
      '',
    ],
  ];
}

/** The cells of a one-column range (or a single cell), or null for a range of several columns. */
function column(matrix: readonly (readonly unknown[])[]): unknown[] | null {
  if (matrix.some((row) => row.length !== 1)) return null;
  return matrix.map((row) => row[0]);
}

function caseOf(
  indicator: IndicatorDef,
  row: number,
  mark: unknown,
  ward: string | null,
  wardsGiven: boolean,
): EvaluatedCase {
  const status = typeof mark === 'string' && !isCellError(mark) ? toStatus(mark) : null;
  const role =
    indicator.counting === 'reference'
      ? 'reference'
      : wardsGiven && indicator.scope === 'city' && !isCityWard(ward ?? '')
        ? 'outOfScope'
        : 'counted';
  return {
    // Without ward names each row is its own case (and its own ward for reference counts).
    ward: ward ?? `row ${row + 1}`,
    indicatorId: indicator.id,
    indicatorName: indicator.name,
    target: indicator.target,
    actual: null,
    actualValue: null,
    progress: null,
    status,
    table2: role,
    inTable1: true,
    listedInPlan: null,
    implementation: null,
    source: { file: null, sheet: '', row: row + 1, cells: {} },
  };
}

function toStatus(text: string): CaseStatus | null {
  const trimmed = text.trim();
  return (STATUSES as readonly string[]).includes(trimmed) ? (trimmed as CaseStatus) : null;
}

function indicatorRow(row: IndicatorSummary, labels: { counted: string; reference: string }): ExcelCell[] {
  if (!row.counted) {
    // The published table shows a reference-only indicator's achieved wards in parentheses.
    return [row.id, row.cases, '', `(${row.referenceWards ?? 0})`, '', '', labels.reference];
  }
  return [row.id, row.cases, row.onTrack, row.achieved, row.behind, row.notMeasured, labels.counted];
}

function unknownRow(text: string, width: number, language: Language): ExcelCell[] {
  const error = excelError(
    '#N/A',
    functionMessage('SUMMARY_UNKNOWN_INDICATOR', language, { text: text || '（空欄）' }),
  );
  return [text, ...Array.from({ length: width - 1 }, () => error)];
}
