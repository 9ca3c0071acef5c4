/**
 * An indicator catalogue is data, not code (domain §6): a plan's indicators with their targets,
 * period and counting rules. The FY2015–FY2017 policy ships as JSON; other plans load their own.
 */
export type IndicatorScope = 'ward' | 'city';

/** 'counted' cases enter Table 2's totals; 'reference' ones are shown in parentheses only (R8). */
export type IndicatorCounting = 'counted' | 'reference';

export interface IndicatorDef {
  /** Canonical id, e.g. "1-1-ア", "2-1-ア-①". */
  readonly id: string;
  readonly name: string;
  /** Target as written, e.g. "H29年度までに50%以上". */
  readonly target: string;
  /** Unit of the indicator ("%", "点", "件", "仕組み"). */
  readonly unit: string;
  readonly scope: IndicatorScope;
  readonly counting: IndicatorCounting;
}

export interface Catalogue {
  readonly id: string;
  readonly name: string;
  /** First fiscal year of the plan (western). */
  readonly planStartYear: number;
  readonly planYears: number;
  readonly indicators: readonly IndicatorDef[];
}
