import { FY2015_CATALOGUE } from '../../src/core/catalogue';
import { classifyRecords } from '../../src/core/aggregate/classify';
import { WARD_NAMES } from '../../src/core/layouts/wards';
import { validateWorkbook } from '../../src/core/validate';
import { readCsvText } from '../../src/files/csv';
import { STANDARD_HEADER_CSV } from '../fixtures/hostile/generate';
import { OPTIONS } from '../validate/helpers';
import { shown } from '../support/shown';

/**
 * Issue 13: a CSV naming 10,000 made-up wards (架空0区 …) gave 10,000 more cases in the city's Table 2
 * (10,325 counted instead of 337) and held the consolidation at 585 MB. A ward that is not one of the
 * wards consolidated (Osaka's 24, domain §1) is a finding and is not counted.
 */
describe('records of wards that are not consolidated', () => {
  it('10,000 made-up wards: no case placed, one finding each; a real ward is still placed', () => {
    const rows = Array.from(
      { length: 10_000 },
      (_, i) => `架空${i}区,1-1-ア,取組,H29年度までに50%以上,%,51.3%,記載あり,全て実施,`,
    );
    rows.push('北区,1-1-ア,取組,H29年度までに50%以上,%,30.4%,記載あり,全て実施,');
    const csv = `${STANDARD_HEADER_CSV}\n${rows.join('\n')}\n`;
    const records = validateWorkbook(readCsvText(csv, 'wards.csv'), OPTIONS).records;
    expect(records).toHaveLength(10_001);
    const classification = classifyRecords(records, FY2015_CATALOGUE, WARD_NAMES);
    expect(classification.placed.map((p) => [p.ward, p.indicator.id])).toEqual([['北区', '1-1-ア']]);
    const unknown = classification.findings.filter((f) => f.code === 'aggregate.unknownWard');
    expect(unknown).toHaveLength(10_000);
    expect(shown(unknown[0])).toBe(
      '区名「架空0区」は集計する区(大阪市の24区と全市)にないため、集計に含めていません。正しい区名(例: 北区)に直してください。',
    );
  });
});
