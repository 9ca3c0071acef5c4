/**
 * Per-workbook choices (stored by the pane in `context.workbook.settings`, passed by the CLI as
 * flags). Defaults are the FY2015–FY2017 policy's FY2015 report.
 */
export type AmbiguousIncreaseRule = 'points' | 'relative';

export interface KuseiSettings {
  /** First fiscal year of the plan period (western year, 2015 for 平成27年度). */
  readonly planStartYear: number;
  /** Length of the plan period in years. */
  readonly planYears: number;
  /** Fiscal year being reported (western year). */
  readonly reportYear: number;
  /** How to read `X%増` on an indicator that is itself a percentage (domain §3): default points. */
  readonly ambiguousIncrease: AmbiguousIncreaseRule;
  /** Id of the indicator catalogue in use. */
  readonly catalogueId: string;
  /**
   * What 状況列を追加 writes: 'excel' (default) formulas of Excel's own functions, right without the
   * add-in; 'kusei' KUSEI.PROGRESS/KUSEI.STATUS formulas, for workbooks that stay with add-in users.
   */
  readonly statusFormulas?: StatusFormulas;
  /**
   * Which plan the workbook follows (issue 16): absent or 'shipped' for the FY2015–FY2017 policy,
   * 'sheet' for the workbook's own 計画定義 sheet, whose period then sets planStartYear/planYears.
   */
  readonly planSource?: PlanSource;
}

export type PlanSource = 'shipped' | 'sheet';

export type StatusFormulas = 'excel' | 'kusei';

export const DEFAULT_SETTINGS: KuseiSettings = {
  planStartYear: 2015,
  planYears: 3,
  reportYear: 2015,
  ambiguousIncrease: 'points',
  catalogueId: 'fy2015-2017',
};

/** Year k of n of the plan period for the report year (1-based). */
export function planYearIndex(settings: KuseiSettings): number {
  return settings.reportYear - settings.planStartYear + 1;
}
