import type { IndicatorDef } from '../catalogue';
import type { IndicatorSummary, Table2, Table2Total } from './types';
import { tallyStatuses, type CountedCase } from './tally';
import { STATUS_WORDS } from '../values/status-words';

/**
 * Table 2 (R8, seed 000 表2 and notes ※1–※3). Each indicator's row counts the cases whose role is
 * `counted`: on track includes achieved (※3 "概ね順調 … 進捗率が33.4％以上"; 77 achieved are among
 * the 304 on track). A reference-only indicator (※2) is not judged: its row gives, in parentheses,
 * the wards that already met the target and the sum of their actuals (件数), and stays out of the total.
 */
export function buildTable2(cases: readonly CountedCase[], indicators: readonly IndicatorDef[]): Table2 {
  const rows = indicators.map((indicator) =>
    summariseIndicator(
      indicator,
      cases.filter((c) => c.indicatorId === indicator.id),
    ),
  );
  return { indicators: rows, total: totalOf(rows.filter((row) => row.counted)) };
}

function summariseIndicator(indicator: IndicatorDef, cases: readonly CountedCase[]): IndicatorSummary {
  const base = { id: indicator.id, scope: indicator.scope };
  if (indicator.counting === 'reference') {
    const reference = cases.filter((c) => c.table2 === 'reference');
    const achieved = reference.filter((c) => c.status === STATUS_WORDS.achieved);
    return {
      ...base,
      counted: false,
      cases: reference.length,
      onTrack: 0,
      achieved: 0,
      behind: 0,
      notMeasured: 0,
      referenceWards: new Set(achieved.map((c) => c.ward)).size,
      referenceCases: achieved.reduce((sum, c) => sum + (c.actualValue ?? 0), 0),
    };
  }
  const tally = tallyStatuses(cases.filter((c) => c.table2 === 'counted').map((c) => c.status));
  return { ...base, counted: true, ...tally, referenceWards: null, referenceCases: null };
}

function totalOf(rows: readonly IndicatorSummary[]): Table2Total {
  const sum = (pick: (row: IndicatorSummary) => number): number => rows.reduce((acc, row) => acc + pick(row), 0);
  return {
    cases: sum((r) => r.cases),
    onTrack: sum((r) => r.onTrack),
    achieved: sum((r) => r.achieved),
    behind: sum((r) => r.behind),
    notMeasured: sum((r) => r.notMeasured),
  };
}
