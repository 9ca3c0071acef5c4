import { readFileSync } from 'fs';
import { join } from 'path';
import { KUSEI } from '../../src/functions/functions';

const { status, summary } = KUSEI;
import { cell, column, errorOf, isError } from './excel';

/** The FY2015 city sheet (examples/fy2015_city.csv): 区名, 指標番号, …, 目標値, 単位, 27年度実績, … */
function citySheet(): { wards: unknown[][]; ids: unknown[][]; targets: unknown[][]; actuals: unknown[][] } {
  const lines = readFileSync(join(__dirname, '../../examples/fy2015_city.csv'), 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  const rows = lines.slice(1).map((line) => line.split(','));
  const col = (index: number): unknown[][] => rows.map((row) => [row[index] ?? '']);
  return { wards: col(0), ids: col(1), targets: col(3), actuals: col(5) };
}

function totalRow(table: unknown[][]): unknown[] {
  return table[table.length - 1] ?? [];
}

describe('KUSEI.SUMMARY (Table 2, R8)', () => {
  it('R8: the FY2015 city sheet gives the published totals: 337 cases, 304 on track, 77 achieved, 33 behind (seed 000 表2)', () => {
    const sheet = citySheet();
    const statuses = status(sheet.actuals, sheet.targets, cell(1), cell(3));
    const table = summary(sheet.ids, statuses, sheet.wards);
    expect(table[0]).toEqual(['指標', '件数', '概ね順調', 'うち目標達成', '必ずしも順調ではない', '未測定', '集計']);
    expect(totalRow(table)).toEqual(['合計', 337, 304, 77, 33, 0, '']);
    expect(table).toHaveLength(17 + 2);
  });

  it('R8: 1-3-ア is counted once (the city row); 1-3-イ and 1-3-ウ are reference only, 4 wards each (seed 000 ※1, ※2)', () => {
    const sheet = citySheet();
    const table = summary(sheet.ids, status(sheet.actuals, sheet.targets, cell(1), cell(3)), sheet.wards);
    const row = (id: string): unknown[] | undefined => table.find((r) => r[0] === id);
    expect(row('1-3-ア')?.slice(1, 3)).toEqual([1, 1]);
    expect(row('1-3-イ')?.[3]).toBe('(4)');
    expect(row('1-3-ウ')?.[3]).toBe('(4)');
    expect(row('1-3-イ')?.[6]).toBe('参考（合計に含めない）');
  });

  it('without a ward column every row is its own case; on track includes achieved', () => {
    const table = summary(
      column('1-1-ア', '1-1-ア', '1-1-ア', '2-3-ア-②'),
      column('目標達成', '概ね順調', '必ずしも順調ではない', '未測定'),
    );
    expect(table.slice(1)).toEqual([
      ['1-1-ア', 3, 2, 1, 1, 0, '集計対象'],
      ['2-3-ア-②', 1, 0, 0, 0, 1, '集計対象'],
      ['合計', 4, 2, 1, 1, 1, ''],
    ]);
  });

  it('an error cell in the statuses is counted as not measured, as the aggregation counts it', () => {
    const statuses = status(column('20.8%', 'たくさん'), cell('50%以上'), cell(1), cell(3));
    expect(totalRow(summary(column('1-1-ア', '1-1-ア'), statuses))).toEqual(['合計', 2, 1, 0, 0, 1, '']);
  });

  it('an unknown indicator gets a row of #N/A naming it; the rest is still counted', () => {
    const table = summary(column('1-1-ア', '9-9-ン'), column('目標達成', '目標達成'));
    const unknown = table.find((r) => r[0] === '9-9-ン');
    expect(errorOf(unknown?.[1]).message).toContain('9-9-ン');
    expect(totalRow(table)).toEqual(['合計', 1, 1, 1, 0, 0, '']);
  });

  it('columns of different lengths are #VALUE! with a message', () => {
    const result = summary(column('1-1-ア', '1-2-ア'), column('目標達成'))[0]?.[0];
    expect(isError(result, '#VALUE!')).toBe(true);
  });
});
