import { aggregate } from '../../src/core';
import type { Catalogue, IndicatorDef } from '../../src/core';
import type { CaseRecord } from '../../src/core/record';
import { caseRecord as rec } from './case-record';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { shown } from '../support/shown';

/**
 * Each counting rule on its own, with a catalogue made up for the test: the ids mean nothing, so a
 * rule that only worked for 1-3-ア or 1-3-イ by name would fail here.
 */
const indicator = (
  id: string,
  scope: 'ward' | 'city',
  counting: 'counted' | 'reference',
  target: string,
  unit: string,
): IndicatorDef => ({ id, name: `指標${id}`, target, unit, scope, counting });

const catalogue = {
  id: 'test',
  name: 'テスト方針',
  planStartYear: 2015,
  planYears: 3,
  indicators: [
    indicator('A', 'ward', 'counted', 'H29年度までに50%以上', '%'),
    indicator('B', 'city', 'counted', '平成27年度中に仕組みを立ち上げる', '仕組み'),
    indicator('C', 'ward', 'reference', 'H29年度までに1件以上', '件'),
  ],
} as Catalogue;

/** Three wards, each complete, plus the city's row for the city-scope indicator. */
function complete(): CaseRecord[] {
  return [
    rec('北区', 'A', '30.4%'), // 60.8% of 50%: on track
    rec('北区', 'B', null),
    rec('北区', 'C', '2件'), // reference: achieved with 2
    rec('都島区', 'A', '15.6%'), // 31.2%: behind (seed 000: 都島区 31.2%)
    rec('都島区', 'B', null),
    rec('都島区', 'C', '0件'),
    rec('福島区', 'A', '56.4%'), // achieved
    rec('福島区', 'B', null),
    rec('福島区', 'C', '1件'),
    rec('全市', 'B', '構築済'),
  ];
}

const codes = (records: CaseRecord[], options = {}) =>
  aggregate(records, catalogue, DEFAULT_SETTINGS, options).findings.map((f) => f.code);

describe('counting rules (R8, R9), driven by the catalogue', () => {
  it('R8: a city-scope indicator counts once, from the 全市 row, not per ward (seed 000 ※1 "全市で１件")', () => {
    const summary = aggregate(complete(), catalogue, DEFAULT_SETTINGS);
    expect(summary.table2.indicators[1]).toMatchObject({
      id: 'B',
      scope: 'city',
      counted: true,
      cases: 1,
      onTrack: 1,
      achieved: 1,
    });
    expect(summary.findings).toEqual([]);
  });

  it('R8/R9: the wards’ rows of a city-scope indicator stay in Table 1 but not in Table 2 (seed 000 表1: 17 × 24 = 408)', () => {
    const summary = aggregate(complete(), catalogue, DEFAULT_SETTINGS);
    expect(summary.table1.cases).toBe(9);
    expect(summary.cases.filter((c) => c.indicatorId === 'B').map((c) => c.table2)).toEqual([
      'outOfScope',
      'outOfScope',
      'outOfScope',
      'counted',
    ]);
  });

  it('R8: a city-scope indicator with no 全市 row is a finding and counts nothing', () => {
    const records = complete().filter((r) => r.ward !== '全市');
    const summary = aggregate(records, catalogue, DEFAULT_SETTINGS);
    expect(summary.table2.indicators[1]).toMatchObject({ cases: 0 });
    expect(summary.findings.map((f) => f.code)).toEqual(['aggregate.cityCaseMissing']);
  });

  it('R8: a reference-only indicator shows wards achieved and their 件数, and stays out of the totals (seed 000 ※2)', () => {
    const summary = aggregate(complete(), catalogue, DEFAULT_SETTINGS);
    expect(summary.table2.indicators[2]).toMatchObject({
      id: 'C',
      counted: false,
      cases: 3,
      referenceWards: 2,
      referenceCases: 3,
    });
    expect(summary.table2.total).toEqual({ cases: 4, onTrack: 3, achieved: 2, behind: 1, notMeasured: 0 });
  });

  it('R8: the same records with C counted instead of reference put its cases in the totals (catalogue-driven)', () => {
    const counted = {
      ...catalogue,
      indicators: catalogue.indicators.map((i) => (i.id === 'C' ? { ...i, counting: 'counted' } : i)),
    } as Catalogue;
    const summary = aggregate(complete(), counted, DEFAULT_SETTINGS);
    expect(summary.table2.indicators[2]).toMatchObject({
      counted: true,
      cases: 3,
      achieved: 2,
      behind: 1,
      referenceWards: null,
    });
    expect(summary.table2.total.cases).toBe(7);
  });

  it('R7: a not-measured case counts as not measured: in cases, in none of on track / achieved / behind (domain R7)', () => {
    const records = complete().map((r) =>
      r.ward === '北区' && r.indicatorId === 'A' ? { ...r, actual: '未測定' } : r,
    );
    const summary = aggregate(records, catalogue, DEFAULT_SETTINGS);
    expect(summary.table2.indicators[0]).toMatchObject({
      cases: 3,
      onTrack: 1,
      achieved: 1,
      behind: 1,
      notMeasured: 1,
    });
    expect(summary.table2.total).toMatchObject({ cases: 4, notMeasured: 1 });
  });

  it('a case whose actual cannot be read is an error finding at its cell and counts as not measured, never as zero', () => {
    const records = complete().map((r) =>
      r.ward === '北区' && r.indicatorId === 'A' ? { ...r, actual: 'たくさん' } : r,
    );
    const summary = aggregate(records, catalogue, DEFAULT_SETTINGS);
    expect(summary.table2.indicators[0]).toMatchObject({ onTrack: 1, behind: 1, notMeasured: 1 });
    const finding = summary.findings[0];
    expect(finding).toMatchObject({
      code: 'aggregate.statusUnreadable',
      severity: 'error',
      file: '北区.xlsx',
      field: 'actual',
      text: 'たくさん',
    });
    expect(finding?.cell).toMatch(/^F\d+$/);
  });

  it('a duplicate (ward, indicator) case is a finding naming the first one, and is counted once', () => {
    const records = [...complete(), rec('北区', 'A', '10%')];
    const firstCell = records[0]?.source.cells.indicatorId ?? '';
    const summary = aggregate(records, catalogue, DEFAULT_SETTINGS);
    expect(summary.findings.map((f) => f.code)).toEqual(['aggregate.duplicateCase']);
    expect(shown(summary.findings[0])).toContain(`北区.xlsx Sheet1!${firstCell}`);
    expect(summary.findings[0]?.cell).toBe(records.at(-1)?.source.cells.indicatorId);
    expect(summary.table2.indicators[0]).toMatchObject({ cases: 3, onTrack: 2, behind: 1 });
  });

  it('a missing (ward, indicator) case is a finding for that ward and indicator', () => {
    const records = complete().filter((r) => !(r.ward === '福島区' && r.indicatorId === 'C'));
    const summary = aggregate(records, catalogue, DEFAULT_SETTINGS);
    expect(summary.findings).toHaveLength(1);
    expect(summary.findings[0]).toMatchObject({ code: 'aggregate.missingCase', file: '福島区.xlsx', text: 'C' });
    expect(shown(summary.findings[0])).toContain('福島区');
  });

  it('an expected ward with no sheet at all is one finding, not one per indicator', () => {
    expect(codes(complete(), { wards: ['北区', '都島区', '福島区', '此花区'] })).toEqual(['aggregate.missingWard']);
  });

  it('rows without a ward, without an indicator, or with an unknown indicator are findings and not counted', () => {
    const records = [...complete(), rec(null, 'A', '50%'), rec('北区', null, '50%'), rec('北区', 'Z', '50%')];
    expect(codes(records)).toEqual(['aggregate.noWard', 'aggregate.noIndicator', 'aggregate.unknownIndicator']);
  });

  it('a 全市 row for a ward-scope indicator is a warning and not counted', () => {
    const summary = aggregate([...complete(), rec('全市', 'A', '50%')], catalogue, DEFAULT_SETTINGS);
    expect(summary.findings.map((f) => [f.code, f.severity])).toEqual([
      ['aggregate.cityRowForWardIndicator', 'warning'],
    ]);
    expect(summary.table2.indicators[0]?.cases).toBe(3);
  });

  it('R9: listed/unlisted × implementation, and combinations Table 1 has no column for are findings (seed 000 表1)', () => {
    const records = complete().map((r) => {
      if (r.ward !== '北区') return r;
      if (r.indicatorId === 'A') return { ...r, listedInPlan: true, implementation: 'partial' as const };
      if (r.indicatorId === 'B') return { ...r, listedInPlan: false, implementation: 'notDone' as const };
      return { ...r, listedInPlan: true, implementation: 'notDone' as const };
    });
    const summary = aggregate(records, catalogue, DEFAULT_SETTINGS);
    expect(summary.table1).toEqual({
      cases: 9,
      listed: 8,
      listedFull: 6,
      listedPartial: 1,
      unlisted: 1,
      unlistedDone: 0,
      unlistedNotDone: 1,
    });
    expect(summary.findings.map((f) => f.code)).toEqual(['aggregate.implementationUnclassified']);
  });

  it('R9: a case with no listing given is a finding and is left out of the breakdown, not guessed', () => {
    const records = complete().map((r) =>
      r.ward === '北区' && r.indicatorId === 'A' ? { ...r, listedInPlan: null } : r,
    );
    const summary = aggregate(records, catalogue, DEFAULT_SETTINGS);
    expect(summary.table1).toMatchObject({ cases: 9, listed: 8, unlisted: 0 });
    expect(summary.findings.map((f) => f.code)).toEqual(['aggregate.listingMissing']);
  });

  it('R2: status uses the settings’ plan period: 30.4% of 50% is on track in year 1 of 3, behind in year 2', () => {
    const year2 = { ...DEFAULT_SETTINGS, reportYear: 2016 };
    const kita = (settings = DEFAULT_SETTINGS) =>
      aggregate(complete(), catalogue, settings).cases.find((c) => c.ward === '北区' && c.indicatorId === 'A')?.status;
    expect(kita()).toBe('概ね順調');
    expect(kita(year2)).toBe('必ずしも順調ではない');
  });

  it('outcomes split from one cell are one case, judged by the weakest (seed 004: 2-2-ア 49.6% and 61.8%)', () => {
    const split = (actual: string, index: number): CaseRecord => ({
      ...rec('北区', 'A', actual),
      part: { index, count: 2 },
      source: { file: '北区.xlsx', sheet: 'Sheet1', row: 99, cells: { actual: 'F99' } },
    });
    const records = complete().filter((r) => !(r.ward === '北区' && r.indicatorId === 'A'));
    const summary = aggregate([...records, split('56.4%', 1), split('15.6%', 2)], catalogue, DEFAULT_SETTINGS);
    expect(summary.findings).toEqual([]);
    expect(summary.table2.indicators[0]).toMatchObject({ cases: 3, onTrack: 1, achieved: 1, behind: 2 });
  });

  it('initiative rows (取組) are not outcome cases and are not counted', () => {
    const initiative = { ...rec('北区', 'A', '709件'), kind: 'initiative' as const };
    const summary = aggregate([...complete(), initiative], catalogue, DEFAULT_SETTINGS);
    expect(summary.findings).toEqual([]);
    expect(summary.table2.indicators[0]?.cases).toBe(3);
  });

  it('messages exist in Japanese and English for every finding', () => {
    const records = [...complete(), rec('北区', 'A', '10%'), rec(null, 'A', '1%')];
    for (const finding of aggregate(records, catalogue, DEFAULT_SETTINGS, {
      wards: ['北区', '都島区', '福島区', '西区'],
    }).findings) {
      expect(shown(finding)).toMatch(/[ぁ-んァ-ヶ一-龠]/);
      expect(shown(finding, 'en')).toMatch(/^[\x20-\x7E’ぁ-んァ-ヶ一-龠ー（）、。：]+$/);
      expect(shown(finding)).not.toMatch(/\{\w+\}/);
    }
  });
});
