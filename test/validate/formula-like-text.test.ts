import { FY2015_CATALOGUE } from '../../src/core/catalogue';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { validateWorkbook } from '../../src/core/validate';
import { valuePart } from '../../src/core/validate/embedded';

/**
 * Text that looks like a formula (`@SUM(1)`, typed or pasted into a ward file) is not a value: the
 * bracketed-figure reading of seed 001 (「…反映させる(1件以上)。」) must not take its "(1)" as the actual
 * (it did, and `@SUM(1)` against 50%以上 came out 目標達成 — found by the pane's write-safety test, issue 14 §2).
 */
const HEADER = [
  '区名',
  '指標番号',
  '取組の方向性',
  '目標値',
  '単位',
  '27年度実績',
  '区運営方針への記載',
  '取組の実施状況',
  '備考',
];

describe('formula-like text in an actual cell', () => {
  it.each(['@SUM(1)', '=SUM(1)', 'SUM(1)'])('%s is not read as the number 1', (actual) => {
    const report = validateWorkbook(
      {
        sheets: [
          {
            name: 's',
            origin: 'A1',
            values: [
              HEADER,
              ['北区', '1-2-イ', 'x', 'H29年度までに50%以上', '%', actual, '記載あり', '全て実施', null],
            ],
          },
        ],
      },
      { settings: DEFAULT_SETTINGS, catalogue: FY2015_CATALOGUE, listRecords: true },
    );
    expect(report.findings.map((f) => [f.code, f.cell])).toEqual([['value.notNumber', 's!F2']]);
    expect(report.sheets[0]?.listed?.map((l) => l.computedMark)).toEqual([null]);
  });

  it('a figure in brackets after words is still the value (seed 001 取組項目5)', () => {
    expect(valuePart('区政会議での内容を区政に反映させる(1件以上)。')).toBe('1件以上');
  });
});
