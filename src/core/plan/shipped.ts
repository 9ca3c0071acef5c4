import { FY2015_CATALOGUE } from '../catalogue/fy2015';
import { WARD_NAMES } from '../layouts/wards';
import { planOfCatalogue, type Plan } from './plan';
import { DEFAULT_PROFILE, WARD_SINGLE_YEAR_PROFILE } from './profile';

/** The FY2015–FY2017 区政運営基本方針 (domain §6) judged by R1–R4, for all 24 wards. */
export const FY2015_PLAN: Plan = planOfCatalogue(FY2015_CATALOGUE, DEFAULT_PROFILE, WARD_NAMES);

/**
 * A ward's single-year 運営方針 (seed 002 西区 令和6年度): no shared indicators — each ward brings its
 * own アウトカム指標 under its 経営課題 — graded A (達成) / B (未達成). The year is the report year.
 */
export function wardSingleYearPlan(fiscalYear: number, wards: readonly string[] = WARD_NAMES): Plan {
  return {
    id: `ward-single-year-${fiscalYear}`,
    name: `区運営方針（単年度・${fiscalYear}年度）`,
    firstYear: fiscalYear,
    lastYear: fiscalYear,
    profile: WARD_SINGLE_YEAR_PROFILE,
    wards,
    indicators: [],
  };
}
