import type { CaseStatus, CitySummary, Table2Total } from '../aggregate/types';

/**
 * Years side by side (issue 16): the same plan consolidated for several fiscal years, read per
 * indicator (Table 2's counts per year) and per ward × indicator (status and rate per year).
 */
export interface YearSummary {
  readonly fiscalYear: number;
  readonly summary: CitySummary;
}

export interface IndicatorYear extends Table2Total {
  readonly fiscalYear: number;
}

export interface IndicatorTrend {
  readonly id: string;
  readonly counted: boolean;
  /** One entry per fiscal year, oldest first; null where that year's summary lacks the indicator. */
  readonly years: readonly (IndicatorYear | null)[];
}

export interface WardYear {
  readonly fiscalYear: number;
  readonly status: CaseStatus | null;
  readonly progress: number | null;
}

export interface WardTrend {
  readonly ward: string;
  readonly indicatorId: string;
  /** One entry per fiscal year, oldest first; null where the ward reported nothing for it that year. */
  readonly years: readonly (WardYear | null)[];
}

export interface Trend {
  readonly fiscalYears: readonly number[];
  readonly indicators: readonly IndicatorTrend[];
  readonly totals: readonly IndicatorYear[];
  readonly wards: readonly WardTrend[];
}

export function trendOf(summaries: readonly YearSummary[]): Trend {
  const ordered = [...summaries].sort((a, b) => a.fiscalYear - b.fiscalYear);
  const fiscalYears = ordered.map((s) => s.fiscalYear);

  const indicatorIds: string[] = [];
  const counted = new Map<string, boolean>();
  for (const { summary } of ordered) {
    for (const row of summary.table2.indicators) {
      if (!counted.has(row.id)) indicatorIds.push(row.id);
      counted.set(row.id, row.counted);
    }
  }
  const indicators = indicatorIds.map((id) => ({
    id,
    counted: counted.get(id) ?? true,
    years: ordered.map(({ fiscalYear, summary }) => {
      const row = summary.table2.indicators.find((r) => r.id === id);
      return row
        ? {
            fiscalYear,
            cases: row.cases,
            onTrack: row.onTrack,
            achieved: row.achieved,
            behind: row.behind,
            notMeasured: row.notMeasured,
          }
        : null;
    }),
  }));
  const totals = ordered.map(({ fiscalYear, summary }) => ({ fiscalYear, ...summary.table2.total }));

  const cells = new Map<string, Map<number, WardYear>>();
  const keys: { ward: string; indicatorId: string }[] = [];
  for (const { fiscalYear, summary } of ordered) {
    for (const c of summary.cases) {
      const key = `${c.ward}\u0000${c.indicatorId}`;
      let byYear = cells.get(key);
      if (!byYear) {
        byYear = new Map();
        cells.set(key, byYear);
        keys.push({ ward: c.ward, indicatorId: c.indicatorId });
      }
      byYear.set(fiscalYear, { fiscalYear, status: c.status, progress: c.progress });
    }
  }
  const wards = keys.map(({ ward, indicatorId }) => {
    const byYear = cells.get(`${ward}\u0000${indicatorId}`);
    return { ward, indicatorId, years: fiscalYears.map((year) => byYear?.get(year) ?? null) };
  });
  return { fiscalYears, indicators, totals, wards };
}
