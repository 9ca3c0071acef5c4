import { KUSEI } from '../../src/functions/functions';
import { resetFunctionSettings, setFunctionSettings } from '../../src/functions/settings';
import { BASELINE_BAND_PROFILE, OSAKA_FIXED_PROFILE } from '../../src/core/plan/profile';
import { cell, column, errorOf, OMITTED } from './excel';

/**
 * KUSEI.STATUS and KUSEI.GRADE follow the plan's rule profile (issue 16 §5): an optional profile
 * argument, else the profile the task pane set, else the city policy's rules R1–R4. Figures: seed 000
 * (20.8% against H29年度までに50%以上 in year 1 of 3 is 41.6%: 概ね順調 under k/n = 33.4%; under Osaka's
 * later fixed 66.7% for three-year goals it is behind, domain §9); 長与町's bands (domain §9).
 */
const TARGET = 'H29年度までに50%以上';

afterEach(() => resetFunctionSettings());

describe('KUSEI.STATUS with a rule profile', () => {
  it('without one, the city policy: 41.6% ≥ 33.4% → 概ね順調', () => {
    expect(KUSEI.status(cell('20.8%'), cell(TARGET), cell(1), cell(3), OMITTED)).toEqual([['概ね順調']]);
  });

  it('with osaka-fixed: 41.6% < 66.7% for a three-year goal → 必ずしも順調ではない', () => {
    expect(KUSEI.status(cell('20.8%'), cell(TARGET), cell(1), cell(3), cell('osaka-fixed'))).toEqual([
      ['必ずしも順調ではない'],
    ]);
  });

  it('the plan profile the pane set applies when the argument is omitted, over a whole column', () => {
    setFunctionSettings({ profile: OSAKA_FIXED_PROFILE });
    expect(KUSEI.status(column('20.8%', '40%', '60%'), cell(TARGET), cell(1), cell(3), OMITTED)).toEqual([
      ['必ずしも順調ではない'],
      ['概ね順調'],
      ['目標達成'],
    ]);
  });

  it('an unknown profile is #VALUE! naming the ones there are', () => {
    const [[result]] = KUSEI.status(cell('20.8%'), cell(TARGET), cell(1), cell(3), cell('strict')) as [[unknown]];
    expect(errorOf(result).code).toBe('#VALUE!');
    expect(errorOf(result).message).toContain('判定ルール「strict」はありません');
    expect(errorOf(result).message).toContain('osaka-fixed');
  });
});

describe('KUSEI.GRADE with a rule profile', () => {
  const target = '28年度(100件)から20%増';
  it('without one, A/B (R3): 115件 against 120件 → B', () => {
    expect(KUSEI.grade(cell('115件'), cell(target), OMITTED)).toEqual([['B']]);
  });

  it('with baseline-band: 115件 is +15% of the baseline → A; 120件 meets the target → S; 85件 → C', () => {
    expect(KUSEI.grade(column('115件', '120件', '95件', '85件'), cell(target), cell('baseline-band'))).toEqual([
      ['A'],
      ['S'],
      ['B'],
      ['C'],
    ]);
  });

  it('the pane’s plan profile applies when the argument is omitted', () => {
    setFunctionSettings({ profile: BASELINE_BAND_PROFILE });
    expect(KUSEI.grade(cell('115件'), cell(target), OMITTED)).toEqual([['A']]);
  });
});
