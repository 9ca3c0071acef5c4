import { FY2015_CATALOGUE, type Catalogue, type IndicatorDef } from '../core/catalogue';
import { buildTable2 } from '../core/aggregate/table2';
import { plainKey } from '../core/text';
import { isCityWard } from '../core/layouts/wards';
import type { CountedCase } from '../core/aggregate/tally';
import type { IndicatorSummary } from '../core/aggregate/types';
import { readStatus } from '../core/values/status-words';
import type { CellValue } from '../core/cell';
import { kuseiError } from '../core/messages/value-errors';
import type { FunctionMessageCode } from '../core/messages/functions';
import type { Table2Code } from '../core/messages/table2';
import type { KuseiError } from '../core/result';
import type { CellMatrix, ExcelCell, FunctionDef } from './broadcast';
import { excelError, type Language } from './excel-errors';
import { functionMessage } from './messages';

/**
 * KUSEI.SUMMARY: Table 2 (R8) from two columns of a consolidated sheet, one row per case. Its
 * arguments are converted by the same helper as every function (broadcast.ts, a table function);
 * the counting is the aggregation's own (src/core/aggregate/table2.ts), so the sheet, the pane and
 * the CLI count alike: on track includes achieved, reference-only indicators stay out of the total,
 * and a status that is not one of the four (an error, a typo) is counted as not measured.
 */
const HEADER: readonly (FunctionMessageCode | Table2Code)[] = [
  'SUMMARY_COL_INDICATOR',
  'table2.cases',
  'table2.onTrack',
  'table2.achieved',
  'table2.behind',
  'table2.notMeasured',
  'SUMMARY_COL_COUNTING',
];

export const summaryDef = {
  kind: 'table',
  id: 'SUMMARY',
  description: 'FN_SUMMARY',
  parameters: [
    { name: 'FN_NAME_INDICATORS', description: 'FN_PARAM_INDICATORS' },
    { name: 'FN_NAME_STATUSES', description: 'FN_PARAM_STATUSES' },
    { name: 'FN_NAME_WARDS', description: 'FN_PARAM_WARDS', optional: true },
  ],
  compute: ([indicators, statuses, wardNames], omitted, language) =>
    summaryTable(
      indicators ?? [[null]],
      statuses ?? [[null]],
      omitted[2] === false ? (wardNames ?? null) : null,
      language,
    ),
} as const satisfies FunctionDef;

export function summaryTable(
  indicators: CellMatrix,
  statuses: CellMatrix,
  wardNames: CellMatrix | null,
  language: Language,
  catalogue: Catalogue = FY2015_CATALOGUE,
): ExcelCell[][] | KuseiError {
  const ids = column(indicators);
  const marks = column(statuses);
  // Without a ward column every row is a case; with one, a city-scope indicator counts only the
  // city's own row (全市), as the aggregation does (R8: 1-3-ア is counted once).
  const wards = wardNames === null ? null : column(wardNames);
  if (
    ids === null ||
    marks === null ||
    ids.length !== marks.length ||
    (wards !== null && wards.length !== ids.length && wards.length !== 1)
  ) {
    return kuseiError('#VALUE!', 'SUMMARY_SHAPE', { a: ids?.length ?? '?', b: marks?.length ?? '?' });
  }
  const byKey = new Map(catalogue.indicators.map((indicator) => [plainKey(indicator.id), indicator]));
  const cases: CountedCase[] = [];
  const unknown: string[] = [];
  ids.forEach((id, row) => {
    const mark = marks[row] ?? null;
    if (id === null && mark === null) return;
    const text = typeof id === 'string' || typeof id === 'number' ? String(id) : '';
    const indicator = byKey.get(plainKey(text));
    if (indicator === undefined) {
      if (!unknown.includes(text)) unknown.push(text);
      return;
    }
    const ward = wards === null ? null : ((wards.length === 1 ? wards[0] : wards[row]) ?? null);
    cases.push(caseOf(indicator, row, mark, typeof ward === 'string' ? ward : null, wards !== null));
  });
  if (cases.length === 0 && unknown.length === 0) return kuseiError('#N/A', 'SUMMARY_EMPTY');
  const seen = new Set(cases.map((c) => c.indicatorId));
  const table = buildTable2(
    cases,
    catalogue.indicators.filter((indicator) => seen.has(indicator.id)),
  );
  const word = (code: FunctionMessageCode | Table2Code): string => functionMessage(code, language);
  const labels = { counted: word('SUMMARY_COUNTED'), reference: word('SUMMARY_REFERENCE') };
  return [
    HEADER.map(word),
    ...table.indicators.map((row) => indicatorRow(row, labels)),
    ...unknown.map((text) => unknownRow(text, HEADER.length, language)),
    [
      word('table2.total'),
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
function column(matrix: CellMatrix): CellValue[] | null {
  if (matrix.some((row) => row.length !== 1)) return null;
  return matrix.map((row) => row[0] ?? null);
}

/** One row as the case Table 2 counts (R8): its ward, status and role. */
function caseOf(
  indicator: IndicatorDef,
  row: number,
  mark: CellValue,
  ward: string | null,
  wardsGiven: boolean,
): CountedCase {
  const status = typeof mark === 'string' ? readStatus(mark) : null;
  const role =
    indicator.counting === 'reference'
      ? 'reference'
      : wardsGiven && indicator.scope === 'city' && !isCityWard(ward ?? '')
        ? 'outOfScope'
        : 'counted';
  // Without ward names each row is its own case (and its own ward for reference counts).
  return { ward: ward ?? `row ${row + 1}`, indicatorId: indicator.id, status, table2: role, actualValue: null };
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
    functionMessage('SUMMARY_UNKNOWN_INDICATOR', language, {
      text: text || functionMessage('SUMMARY_BLANK_INDICATOR', language),
    }),
  );
  return [text, ...Array.from({ length: width - 1 }, () => error)];
}
