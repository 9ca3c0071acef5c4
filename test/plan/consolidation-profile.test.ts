import { aggregate } from '../../src/core';
import type { Catalogue } from '../../src/core';
import { caseRecord } from '../aggregate/case-record';
import { BASELINE_BAND_PROFILE, DEFAULT_PROFILE, OSAKA_FIXED_PROFILE } from '../../src/core/plan';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

/**
 * Consolidation judges each case under the plan's rule profile (issue 16). One made-up indicator,
 * 「H29年度までに50%以上」, in year 1 of 3 (FY2015). By hand:
 * - 北区 20.8% → 41.6% of the target: default R2 expects 1/3 → 33.4% → 概ね順調; Osaka's later rule
 *   expects 66.7% of a three-year goal (domain §9) → 必ずしも順調ではない.
 * - 都島区 40% → 80%: 概ね順調 under both. 福島区 55% ≥ 50%: 目標達成 under both.
 * - 此花区 評価困難: the baseline-band profile excludes it from the counts as 未測定 (長与町's extra states).
 */
const catalogue = {
  id: 'test',
  name: 'テスト方針',
  planStartYear: 2015,
  planYears: 3,
  indicators: [
    { id: 'A', name: '指標A', target: 'H29年度までに50%以上', unit: '%', scope: 'ward', counting: 'counted' },
  ],
} as Catalogue;

const rec = (ward: string, actual: string) => caseRecord(ward, 'A', actual);

const records = [rec('北区', '20.8%'), rec('都島区', '40%'), rec('福島区', '55%')];

describe('the case judgement of consolidation takes the plan’s profile', () => {
  it('default profile (R1–R4): 3 cases, 3 on track, 1 achieved, 0 behind; each status names its rule', () => {
    const summary = aggregate(records, catalogue, DEFAULT_SETTINGS, { profile: DEFAULT_PROFILE });
    expect(summary.table2.total).toEqual({ cases: 3, onTrack: 3, achieved: 1, behind: 0, notMeasured: 0 });
    expect(summary.cases.map((c) => [c.ward, c.status, c.rule, c.profileId])).toEqual([
      ['北区', '概ね順調', 'progressReachesExpected', 'kusei-2015'],
      ['都島区', '概ね順調', 'progressReachesExpected', 'kusei-2015'],
      ['福島区', '目標達成', 'targetMet', 'kusei-2015'],
    ]);
  });

  it('no profile given is the default profile', () => {
    const summary = aggregate(records, catalogue, DEFAULT_SETTINGS);
    expect(summary.table2.total).toEqual({ cases: 3, onTrack: 3, achieved: 1, behind: 0, notMeasured: 0 });
  });

  it('Osaka’s fixed thresholds (66.7% for a three-year goal): 北区 is behind', () => {
    const summary = aggregate(records, catalogue, DEFAULT_SETTINGS, { profile: OSAKA_FIXED_PROFILE });
    expect(summary.table2.total).toEqual({ cases: 3, onTrack: 2, achieved: 1, behind: 1, notMeasured: 0 });
    expect(summary.cases[0]).toMatchObject({
      ward: '北区',
      status: '必ずしも順調ではない',
      rule: 'progressBelowExpected',
      profileId: 'osaka-fixed',
    });
  });

  it('a state the profile excludes (評価困難) is left out of the counts, as 未測定', () => {
    const summary = aggregate([rec('此花区', '評価困難')], catalogue, DEFAULT_SETTINGS, {
      profile: BASELINE_BAND_PROFILE,
    });
    expect(summary.table2.total).toEqual({ cases: 1, onTrack: 0, achieved: 0, behind: 0, notMeasured: 1 });
    expect(summary.cases[0]).toMatchObject({ status: '未測定', rule: 'excludedState', profileId: 'baseline-band' });
    expect(summary.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
