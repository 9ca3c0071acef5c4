import { join } from 'node:path';
import { aggregate, FY2015_CATALOGUE } from '../../src/core';
import { trendOf } from '../../src/core/plan';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { csvRecords } from '../aggregate/csv-records';

/**
 * Years side by side (issue 16) over the FY2015 data and the synthetic FY2016/FY2017 data of
 * scripts/make-trend-examples.ts. FY2015 must be the published figures (seed 000); FY2016/FY2017
 * totals are the sums of the hand-written class counts in that script's YEARS table, added up here by
 * hand: 14 per-ward indicators × 24 wards + 1-3-ア once = 337 cases each year.
 */
const EXAMPLES = join(__dirname, '..', '..', 'examples');

function summaryOf(fiscalYear: number) {
  const records = csvRecords(join(EXAMPLES, `fy${fiscalYear}_city.csv`));
  return { fiscalYear, summary: aggregate(records, FY2015_CATALOGUE, { ...DEFAULT_SETTINGS, reportYear: fiscalYear }) };
}

describe('the FY2015–FY2017 policy, three years side by side', () => {
  const trend = trendOf([summaryOf(2017), summaryOf(2015), summaryOf(2016)]);

  it('orders the years oldest first', () => {
    expect(trend.fiscalYears).toEqual([2015, 2016, 2017]);
  });

  it('FY2015 is the published 337 / 304 / 77 / 33 (seed 000 表2)', () => {
    expect(trend.totals[0]).toEqual({
      fiscalYear: 2015,
      cases: 337,
      onTrack: 304,
      achieved: 77,
      behind: 33,
      notMeasured: 0,
    });
  });

  it('FY2016 (year 2 of 3, 66.7% expected): 99 + 1 achieved, 47 behind, 290 on track', () => {
    expect(trend.totals[1]).toEqual({
      fiscalYear: 2016,
      cases: 337,
      onTrack: 290,
      achieved: 100,
      behind: 47,
      notMeasured: 0,
    });
  });

  it('FY2017 (year 3 of 3, the target itself expected): 161 + 1 achieved, 175 behind', () => {
    expect(trend.totals[2]).toEqual({
      fiscalYear: 2017,
      cases: 337,
      onTrack: 162,
      achieved: 162,
      behind: 175,
      notMeasured: 0,
    });
  });

  it('per indicator, the counts of each year (1-1-ア: FY2016 10 achieved / 2 behind; FY2017 14 / 10)', () => {
    const row = trend.indicators.find((i) => i.id === '1-1-ア');
    expect(row?.years.map((y) => y && [y.fiscalYear, y.achieved, y.onTrack, y.behind])).toEqual([
      [2015, expect.any(Number), expect.any(Number), expect.any(Number)],
      [2016, 10, 22, 2],
      [2017, 14, 14, 10],
    ]);
  });

  it('reference-only indicators stay out of the counts every year (R8)', () => {
    const row = trend.indicators.find((i) => i.id === '1-3-イ');
    expect(row?.counted).toBe(false);
  });

  it('per ward: 都島区 1-2-イ was 31.2% and behind in FY2015 (seed 000), and has a status every year', () => {
    const ward = trend.wards.find((w) => w.ward === '都島区' && w.indicatorId === '1-2-イ');
    expect(ward?.years[0]).toEqual({ fiscalYear: 2015, status: '必ずしも順調ではない', progress: 0.312 });
    expect(ward?.years.every((y) => y !== null && y.status !== null)).toBe(true);
  });
});
