import fc from 'fast-check';
import { evaluate, status, type Evaluation } from '../../src/core/rules';
import {
  BASELINE_BAND_PROFILE,
  DEFAULT_PROFILE,
  OSAKA_FIXED_PROFILE,
  WARD_SINGLE_YEAR_PROFILE,
  expectedProgress,
  gradeUnder,
  judgeStatus,
  type Judgement,
  type RuleProfile,
} from '../../src/core/plan';
import { isKuseiError } from '../../src/core/result';

const BY_H29_50 = 'H29年度までに50%以上';
const YEAR_1_OF_3 = { year: 1, years: 3 };

function judged(
  actual: unknown,
  target: string,
  period: { year: number; years: number },
  profile: RuleProfile,
): Judgement {
  const result = judgeStatus(actual, target, period, profile);
  if (isKuseiError(result)) throw new Error(result.message);
  return result;
}

function evaluated(actual: unknown, target: string): Evaluation {
  const result = evaluate(actual, target);
  if (isKuseiError(result)) throw new Error(result.message);
  return result;
}

describe('expected progress by profile', () => {
  it.each([
    [1, 3, 0.334, 'R2: 1/3 rounded up at 0.1% is 33.4% (domain §4)'],
    [2, 3, 0.667, 'R2: 2/3 → 66.7% (domain §4)'],
    [3, 3, 1, 'R2: 3/3 → 100% (domain §4)'],
  ])('default profile, year %i of %i → %f (%s)', (year, years, expected) => {
    expect(expectedProgress(DEFAULT_PROFILE, { year, years })).toBe(expected);
  });

  it.each([
    [1, 3, 0.667, "Osaka's later rule: three-year goals 66.7% (domain §9)"],
    [3, 3, 0.667, 'the threshold does not grow with the year'],
    [1, 2, 0.9, 'two-year goals 90% (domain §9)'],
    [1, 1, 0.9, 'one-year goals 90% (domain §9)'],
  ])('fixed thresholds, year %i of %i → %f (%s)', (year, years, expected) => {
    expect(expectedProgress(OSAKA_FIXED_PROFILE, { year, years })).toBe(expected);
  });
});

describe('the default profile is R1–R4 (seed 000), and records the rule that decided', () => {
  it('20.8% against H29年度までに50%以上 in year 1 of 3: 41.6% ≥ 33.4% → 概ね順調 (seed 000 ※3)', () => {
    const j = judged('20.8%', BY_H29_50, YEAR_1_OF_3, DEFAULT_PROFILE);
    expect(j).toEqual({
      kind: 'onTrack',
      status: '概ね順調',
      profileId: 'kusei-2015',
      rule: 'progressReachesExpected',
      progress: 0.416,
      expected: 0.334,
    });
  });

  it('都島区 15.6% against 50%: 31.2% < 33.4% → 必ずしも順調ではない (seed 000 1-2-イ)', () => {
    const j = judged('15.6%', BY_H29_50, YEAR_1_OF_3, DEFAULT_PROFILE);
    expect([j.status, j.rule, j.progress]).toEqual(['必ずしも順調ではない', 'progressBelowExpected', 0.312]);
  });

  it('此花区 1-1-ア 51.3% against 50% meets the target → 目標達成 (seed 003)', () => {
    const j = judged('51.3%', BY_H29_50, YEAR_1_OF_3, DEFAULT_PROFILE);
    expect([j.kind, j.status, j.rule]).toEqual(['achieved', '目標達成', 'targetMet']);
  });

  it('未測定 → not measured, no progress (R7, domain §4)', () => {
    const j = judged('未測定', BY_H29_50, YEAR_1_OF_3, DEFAULT_PROFILE);
    expect([j.kind, j.status, j.rule, j.progress]).toEqual(['notMeasured', '未測定', 'notMeasured', null]);
  });

  it('agrees with KUSEI.STATUS on any percentage actual and target (one rule, two entries)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 3 }),
        (a, t, k) => {
          const actual = `${a / 10}%`;
          const target = `H29年度までに${t / 10}%以上`;
          const expected = status(actual, target, k, 3);
          const got = judgeStatus(actual, target, { year: k, years: 3 }, DEFAULT_PROFILE);
          expect(isKuseiError(got) ? got.code : got.status).toBe(isKuseiError(expected) ? expected.code : expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("Osaka's later fixed thresholds (domain §9)", () => {
  it('a three-year goal at 41.6% in year 1 is behind under 66.7%, though on track under k/n', () => {
    expect(judged('20.8%', BY_H29_50, YEAR_1_OF_3, OSAKA_FIXED_PROFILE).status).toBe('必ずしも順調ではない');
    expect(judged('20.8%', BY_H29_50, YEAR_1_OF_3, DEFAULT_PROFILE).status).toBe('概ね順調');
  });

  it('a one-year goal: 45% of 50% is 90.0% → 概ね順調; 44.9% is 89.8% → 必ずしも順調ではない', () => {
    expect(judged('45%', '50%以上', { year: 1, years: 1 }, OSAKA_FIXED_PROFILE).status).toBe('概ね順調');
    expect(judged('44.9%', '50%以上', { year: 1, years: 1 }, OSAKA_FIXED_PROFILE).status).toBe('必ずしも順調ではない');
  });
});

describe('the single-year ward plan grades A/B (seed 002 西区 令和6年度, R3)', () => {
  it.each([
    ['41.2%', '48%以上', 'B', '経営課題1-(1): 41.2% against 48%以上'],
    ['47.6%', '40%以上', 'A', '経営課題1-(1): 47.6% against 40%以上'],
    ['7団体', '3団体以上', 'A', '経営課題1-(1): 7団体 against 3団体以上'],
    ['42.1%', '40%以上', 'A', '経営課題3-(1): コンビニでの証明書発行割合 42.1%'],
    ['70.9%', '81.2%以上', 'B', '経営課題3-(1): 区役所窓口 70.9% against 81.2%以上'],
  ])('%s against %s → %s (%s)', (actual, target, grade) => {
    expect(gradeUnder(evaluated(actual, target), WARD_SINGLE_YEAR_PROFILE)).toBe(grade);
    expect(judged(actual, target, { year: 1, years: 1 }, WARD_SINGLE_YEAR_PROFILE).status).toBe(grade);
  });
});

describe('S/A/B/C against a baseline band, with excluded states (長与町, あきる野市; domain §9)', () => {
  // Target: from a baseline of 100件 in 28年度, 20% more (120件). Hand-computed changes from the baseline.
  const target = '28年度(100件)から20%増';
  it.each([
    ['120件', 'S', 'target met'],
    ['115件', 'A', '+15% from the baseline is above +10%'],
    ['110件', 'A', '+10% exactly reaches A'],
    ['95件', 'B', '−5% is within ±10%'],
    ['90件', 'B', '−10% exactly is still within the band'],
    ['85件', 'C', '−15% is below the band'],
  ])('%s → %s (%s)', (actual, grade) => {
    expect(gradeUnder(evaluated(actual, target), BASELINE_BAND_PROFILE)).toBe(grade);
  });

  it('a target without a baseline cannot be banded: an error value asking for one', () => {
    const result = gradeUnder(evaluated('45%', '50%以上'), BASELINE_BAND_PROFILE);
    expect(isKuseiError(result) && result.code).toBe('PROFILE_NEEDS_BASELINE');
  });

  it.each(['評価困難', '未着手', '中止', '　未着手 '])('%s is excluded from counts, as 未測定 is', (actual) => {
    const j = judged(actual, target, { year: 1, years: 1 }, BASELINE_BAND_PROFILE);
    expect([j.kind, j.rule]).toEqual(['excluded', 'excludedState']);
  });

  it('the default profile has no excluded states: 中止 is an unreadable actual, not a silent exclusion', () => {
    const result = judgeStatus('中止', '50%以上', { year: 1, years: 1 }, DEFAULT_PROFILE);
    expect(isKuseiError(result)).toBe(true);
  });
});
