import { FY2015_CATALOGUE } from '../../src/core/catalogue';
import { aggregate } from '../../src/core/aggregate';
import { CITY_NAME, isCityWard, wardOf } from '../../src/core/layouts/wards';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { readSheet } from '../../src/core/validate/read-sheet';
import { OPTIONS, STANDARD_HEADER, row, sheet } from '../validate/helpers';

/**
 * 1-3-ア is city-scope: 市民局 builds it once and the data carries one city row for it (domain §2,
 * seed 000 ※1; examples/fy2015_city.csv writes that row as 全市). A ward column may write the city as
 * 全市 or 市全体: validation and aggregation read both the same way, from one vocabulary.
 */
describe('the city in the ward column (one ward vocabulary for validation and aggregation)', () => {
  it.each(['全市', '市全体', ' 市 全体 ', '市全体'.normalize('NFKD')])('reads %j as the city', (text) => {
    expect(wardOf(text)).toBe('全市');
    expect(isCityWard(text)).toBe(true);
  });

  it('does not read a ward or another word as the city', () => {
    expect(isCityWard('北区')).toBe(false);
    expect(isCityWard('市民局')).toBe(false);
    expect(wardOf('市全')).toBeNull();
  });

  it('市全体 is the city both when a sheet is checked and when the city is counted', () => {
    const values = [STANDARD_HEADER, row('1-3-ア', '平成27年度中に仕組みを立ち上げる', '仕組み', '構築済', '市全体')];
    const reading = readSheet(sheet('全市', values), OPTIONS);
    // Validation: no "unknown ward" finding, and the record names the city.
    expect(reading.findings.filter((finding) => finding.code.startsWith('ward.'))).toEqual([]);
    expect(reading.records.map((record) => record.ward)).toEqual([CITY_NAME]);
    // Aggregation: the same record is the city's own case of 1-3-ア, counted once and not in Table 1.
    const summary = aggregate(reading.records, FY2015_CATALOGUE, DEFAULT_SETTINGS);
    const city = summary.cases.filter((c) => c.indicatorId === '1-3-ア');
    expect(city.map((c) => ({ ward: c.ward, inTable1: c.inTable1 }))).toEqual([{ ward: '全市', inTable1: false }]);
  });
});
