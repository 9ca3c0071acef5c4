import { aggregate, FY2015_CATALOGUE } from '../../src/core';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { csvRecords } from './csv-records';

/**
 * The published FY2015 figures (seed 000 本文, domain §4 R8/R9), from examples/fy2015_city.csv
 * (24 wards × 17 indicators plus the city-wide 1-3-ア row).
 */
describe('FY2015 city summary from the data (seed 000)', () => {
  const summary = aggregate(csvRecords(), FY2015_CATALOGUE, DEFAULT_SETTINGS);
  const row = (id: string) => {
    const found = summary.table2.indicators.find((r) => r.id === id);
    if (!found) throw new Error(`no row ${id}`);
    return found;
  };

  it('R8: 15 indicators and 337 cases counted; 304 on track, of which 77 achieved; 33 behind (seed 000 表2 本文)', () => {
    expect(summary.table2.total).toEqual({ cases: 337, onTrack: 304, achieved: 77, behind: 33, notMeasured: 0 });
    expect(summary.table2.indicators.filter((r) => r.counted)).toHaveLength(15);
  });

  it('R8: all 17 indicators are listed, in catalogue order (seed 000 "成果指標（全17項目）")', () => {
    expect(summary.table2.indicators.map((r) => r.id)).toEqual(FY2015_CATALOGUE.indicators.map((i) => i.id));
    expect(summary.table2.indicators).toHaveLength(17);
  });

  it('R8: reference 1-3-イ 4 wards (5 cases) and 1-3-ウ 4 wards (5 cases), out of the totals (seed 000 ※2, "4区計５件")', () => {
    for (const id of ['1-3-イ', '1-3-ウ']) {
      expect(row(id)).toMatchObject({ counted: false, scope: 'ward', referenceWards: 4, referenceCases: 5 });
      expect(row(id)).toMatchObject({ onTrack: 0, achieved: 0, behind: 0, notMeasured: 0 });
    }
  });

  it('R8: 1-3-ア counts once for the city, achieved (構築済) (seed 000 ※1 "件数を全市で１件")', () => {
    expect(row('1-3-ア')).toEqual({
      id: '1-3-ア',
      counted: true,
      scope: 'city',
      cases: 1,
      onTrack: 1,
      achieved: 1,
      behind: 0,
      notMeasured: 0,
      referenceWards: null,
      referenceCases: null,
    });
  });

  it.each([
    // [id, cases, onTrack, achieved, behind] — each figure is stated in seed 000's text for that indicator
    ['1-1-ア', 24, 24, 17, 0], // すべての区 … 順調; 大正区をはじめ17区 … 達成
    ['1-2-ア', 24, 24, 24, 0], // すべての区において … 達成
    ['1-2-イ', 24, 23, 0, 1], // 都島区以外の23区 … 順調 (都島区 31.2%)
    ['1-4-ア', 24, 8, 0, 16], // 西成区をはじめ8区 … 順調; 平野区をはじめ16区 … 必ずしも順調ではない
    ['1-4-イ', 24, 24, 23, 0], // 東淀川区をはじめ23区 … 達成
    ['2-1-イ-②', 24, 13, 0, 11], // 福島区をはじめ13区; 東淀川区をはじめ11区
    ['2-3-ア-①', 24, 24, 5, 0], // 生野区をはじめ5区 … 達成
    ['2-3-ア-②', 24, 24, 7, 0], // 生野区をはじめ7区 … 達成
    ['2-3-イ', 24, 19, 0, 5], // 生野区をはじめ19区; 西区をはじめ5区
  ])(
    'R2/R8: %s has %i cases, %i on track, %i achieved, %i behind (seed 000 達成状況)',
    (id, cases, onTrack, achieved, behind) => {
      expect(row(id)).toMatchObject({ cases, onTrack, achieved, behind, notMeasured: 0 });
    },
  );

  it('R2: 都島区 1-2-イ is behind at 31.2% progress, under the 33.4% of year 1 of 3 (seed 000 ※3)', () => {
    const tsushima = summary.cases.find((c) => c.ward === '都島区' && c.indicatorId === '1-2-イ');
    expect(tsushima).toMatchObject({ status: '必ずしも順調ではない', progress: 0.312 });
  });

  it('R9: 408 cases; 346 listed (330 fully, 16 partly); 62 not listed (59 implemented, 3 not) (seed 000 表1 本文)', () => {
    expect(summary.table1).toEqual({
      cases: 408,
      listed: 346,
      listedFull: 330,
      listedPartial: 16,
      unlisted: 62,
      unlistedDone: 59,
      unlistedNotDone: 3,
    });
  });

  it('R8/R9: the complete data gives no consolidation finding, and 24 wards', () => {
    expect(summary.findings).toEqual([]);
    expect(summary.wards).toHaveLength(24);
    expect(summary.cases).toHaveLength(409);
  });
});
