import { FY2015_PLAN } from '../../src/core/plan/shipped';
import { OSAKA_FIXED_PROFILE } from '../../src/core/plan/profile';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { functionSettings, resetFunctionSettings } from '../../src/functions/settings';
import { KUSEI } from '../../src/functions/functions';
import { applyToFunctions } from '../../src/taskpane/plan-choice';

/**
 * The pane gives the custom functions its plan's period and rule profile (issue 16 §5), so a cell
 * and the pane agree: a 令和6〜8年度 plan judged by Osaka's fixed thresholds (domain §9).
 */
afterEach(() => resetFunctionSettings());

const SHEET_PLAN = { ...FY2015_PLAN, id: 'policy-r6', firstYear: 2024, lastYear: 2026, profile: OSAKA_FIXED_PROFILE };

describe('the plan the pane chose reaches the functions', () => {
  it('a sheet plan with osaka-fixed: year 1 of 3 and its profile; STATUS without arguments judges by it', () => {
    applyToFunctions(
      { ...DEFAULT_SETTINGS, planStartYear: 2024, planYears: 3, reportYear: 2024, planSource: 'sheet' },
      { present: true, plan: SHEET_PLAN, findings: [] },
    );
    expect(functionSettings().planPeriod).toEqual({ year: 1, years: 3 });
    expect(functionSettings().profile?.id).toBe('osaka-fixed');
    // 41.6% of the R8 target in year 1: on track under k/n, behind under 66.7% for a three-year goal.
    expect(KUSEI.status([['20.8%']], [['R8年度までに50%以上']], null, null, null)).toEqual([['必ずしも順調ではない']]);
  });

  it('the shipped policy leaves the functions on their own rules (R1–R4)', () => {
    applyToFunctions(DEFAULT_SETTINGS, { present: false, plan: null, findings: [] });
    expect(functionSettings().profile).toBeNull();
    expect(functionSettings().planPeriod).toEqual({ year: 1, years: 3 });
  });
});
