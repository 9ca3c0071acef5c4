import type { CellValue } from '../../src/core/cell';
import { SheetGrid } from '../../src/core/layouts/grid';
import { findHeaderBlocks } from '../../src/core/layouts/header';
import { scanSheet } from '../../src/core/validate/scan';
import { FIELDS, FIGURE_FIELDS, MARK_FIELDS } from '../../src/core/layouts/fields';

function scan(values: CellValue[][]) {
  const grid = new SheetGrid({ name: 'S', origin: 'A1', values });
  return scanSheet(grid, findHeaderBlocks(grid));
}

const HEADER: CellValue[] = ['区名', '指標番号', '目標値', '27年度実績'];

// Domain §7: a header row may sit below a title block; legends and blank cells are not data.
describe('scanning a sheet: which rows are data (domain §7)', () => {
  it('a title above the first table names the ward (its first filled cell may sit after blank ones)', () => {
    const result = scan([
      [null, '  ', '平成27年度 此花区 区政運営の進捗'],
      HEADER,
      ['此花区', '1-1-ア', '50%以上', '51.3%'],
    ]);
    expect(result.titleWard).toBe('此花区');
    expect(result.dataRows.map((r) => r.row)).toEqual([2]);
  });

  it('a legend right under the header ("A：達成", "B：未達成": the marks of domain §2) is not a data row; blank cells do not count', () => {
    const result = scan([HEADER, ['', 'A：達成', null, 'B：未達成'], ['此花区', '1-1-ア', '50%以上', '51.3%']]);
    expect(result.dataRows.map((r) => r.row)).toEqual([2]);
  });

  it('a row under the header with a figure is data, not a legend', () => {
    const result = scan([HEADER, ['都島区', 'A：15.6%', null, '15.6%']]);
    expect(result.dataRows.map((r) => r.row)).toEqual([1]);
  });

  it('a row of blank cells only is skipped', () => {
    const result = scan([HEADER, ['', ' ', null, '\u3000'], ['北区', '1-1-ア', '50%以上', '20.8%']]);
    expect(result.dataRows.map((r) => r.row)).toEqual([2]);
  });
});

describe('fields: each named once, in the order the mapping shows them', () => {
  it('lists the fields with the figures and the marks in their places', () => {
    expect(FIGURE_FIELDS.join(' ')).toBe('target unit actual previous');
    expect(MARK_FIELDS.join(' ')).toBe(
      'mark overallMark strategyMark effectiveness implementationOutlook achievementOutlook',
    );
    expect(FIELDS.join(' ')).toBe(
      'ward indicatorId indicatorText measure target unit actual previous mark overallMark strategyMark ' +
        'effectiveness implementationOutlook achievementOutlook outcome explanation improvement activityTarget ' +
        'withdrawalCriterion budget listedInPlan implementation note stage context',
    );
  });
});
