import type { Catalogue, IndicatorDef } from '../catalogue/types';
import { toWareki } from '../values/fiscal-year';
import type { RuleProfile } from './profile';

/**
 * A plan is data (issue 16): the indicators a set of wards is judged on, the period, the rule profile
 * and the wards that report. The city's multi-year policy is one plan; a ward's own single-year
 * 運営方針 (seed 002) is another; a coordinator defines more in Excel (a 計画定義 sheet).
 */
export type PlanScope = 'ward' | 'cityOnce' | 'reference';

export interface PlanIndicator {
  readonly id: string;
  readonly name: string;
  /** Target as written, e.g. "H29年度までに50%以上" or "48%以上". */
  readonly target: string;
  readonly unit: string;
  /** Judged per ward, counted once city-wide (1-3-ア), or shown for reference only (1-3-イ/ウ, R8). */
  readonly scope: PlanScope;
  /** The plan section the indicator belongs to (経営課題 in seed 002), or null. */
  readonly group: string | null;
}

export interface Plan {
  readonly id: string;
  readonly name: string;
  /** First and last fiscal year of the period (western years; 2015 for 平成27年度). */
  readonly firstYear: number;
  readonly lastYear: number;
  readonly profile: RuleProfile;
  /** The wards expected to report, in the plan's order. */
  readonly wards: readonly string[];
  /** Shared indicators; empty when each ward brings its own (a ward's 運営方針). */
  readonly indicators: readonly PlanIndicator[];
}

export function periodYears(plan: Plan): number {
  return plan.lastYear - plan.firstYear + 1;
}

/** 令和6年度（2024）: a year of a plan as its coordinator wrote it, with the western year to check it by. */
export function planYearText(year: number): string {
  const wareki = toWareki(year);
  return typeof wareki === 'string' ? `${wareki}（${year}）` : String(year);
}

/** Year k of the plan's period for a report year, or null when the year lies outside the period. */
export function yearOfPlan(plan: Plan, reportYear: number): number | null {
  const k = reportYear - plan.firstYear + 1;
  return k >= 1 && k <= periodYears(plan) ? k : null;
}

export function planOfCatalogue(catalogue: Catalogue, profile: RuleProfile, wards: readonly string[]): Plan {
  return {
    id: catalogue.id,
    name: catalogue.name,
    firstYear: catalogue.planStartYear,
    lastYear: catalogue.planStartYear + catalogue.planYears - 1,
    profile,
    wards,
    indicators: catalogue.indicators.map(indicatorOfDef),
  };
}

/** The catalogue view of a plan, for the consolidation that counts Tables 1 and 2 from catalogues. */
export function catalogueOfPlan(plan: Plan): Catalogue {
  return {
    id: plan.id,
    name: plan.name,
    planStartYear: plan.firstYear,
    planYears: periodYears(plan),
    indicators: plan.indicators.map(defOfIndicator),
  };
}

function indicatorOfDef(def: IndicatorDef): PlanIndicator {
  const scope: PlanScope = def.counting === 'reference' ? 'reference' : def.scope === 'city' ? 'cityOnce' : 'ward';
  return { id: def.id, name: def.name, target: def.target, unit: def.unit, scope, group: null };
}

function defOfIndicator(indicator: PlanIndicator): IndicatorDef {
  return {
    id: indicator.id,
    name: indicator.name,
    target: indicator.target,
    unit: indicator.unit,
    scope: indicator.scope === 'cityOnce' ? 'city' : 'ward',
    counting: indicator.scope === 'reference' ? 'reference' : 'counted',
  };
}
