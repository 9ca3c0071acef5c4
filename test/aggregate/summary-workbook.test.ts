import ExcelJS from 'exceljs';
import { summaryGrids } from '../../src/core/report/grids';
import { reportFromRecords } from '../report/helpers';
import { fillSummaryWorkbook } from '../../src/files/write-summary-xlsx';
import { csvRecords } from './csv-records';

/** The output workbook as any reader sees it: formulas with cached results, values in 全区一覧. */
async function roundTrip(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  fillSummaryWorkbook(workbook, summaryGrids(reportFromRecords(csvRecords())));
  const reread = new ExcelJS.Workbook();
  await reread.xlsx.load(await workbook.xlsx.writeBuffer());
  return reread;
}

function rowStartingWith(sheet: ExcelJS.Worksheet, first: string, second?: string): ExcelJS.Row {
  const found = sheet.getRows(1, sheet.rowCount)?.find((candidate) => {
    const [a, b] = [candidate.getCell(1).text, candidate.getCell(2).text];
    return a === first && (second === undefined || b.endsWith(second));
  });
  if (!found) throw new Error(`no row ${first}`);
  return found;
}

const cached = (row: ExcelJS.Row, col: number): unknown => (row.getCell(col).value as ExcelJS.CellFormulaValue).result;
const formula = (row: ExcelJS.Row, col: number): string => (row.getCell(col).value as ExcelJS.CellFormulaValue).formula;

describe('output workbook: 集計 and 全区一覧 (issue 6)', () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = await roundTrip();
  });

  it('has 集計 first, then 区別状況, 文案 and 全区一覧 with one row per case (408 ward cases + the 全市 row)', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['集計', '区別状況', '文案', '全区一覧']);
    const list = workbook.getWorksheet('全区一覧');
    expect(list?.rowCount).toBe(1 + 409);
    expect(list?.getRow(1).values).toEqual([
      undefined,
      '区名',
      '指標番号',
      '取組の方向性',
      '目標値',
      '実績',
      '実績値',
      '進捗率',
      '状況',
      '表2の区分',
      '表1の区分',
      '区運営方針への記載',
      '取組の実施状況',
      '元ファイル',
      '元のセル',
    ]);
  });

  it('R1/R2: 全区一覧 keeps each case’s values: 都島区 1-2-イ 15.6% → 31.2%, behind (seed 000)', () => {
    const list = workbook.getWorksheet('全区一覧');
    if (!list) throw new Error('no list');
    const tsushima = [...Array(list.rowCount).keys()]
      .map((i) => list.getRow(i + 1))
      .find((r) => r.getCell(1).value === '都島区' && r.getCell(2).value === '1-2-イ');
    expect(tsushima?.getCell(5).value).toBe('15.6%');
    expect(tsushima?.getCell(7).value).toBe(0.312);
    expect(tsushima?.getCell(7).numFmt).toBe('0.0%');
    expect(tsushima?.getCell(8).value).toBe('必ずしも順調ではない');
    expect(tsushima?.getCell(13).value).toBe('fy2015_city.csv');
  });

  it('R8: Table 2 figures are COUNTIFS over 全区一覧 with the published cached results (seed 000 表2)', () => {
    const sheet = workbook.getWorksheet('集計');
    if (!sheet) throw new Error('no 集計');
    const total = rowStartingWith(sheet, '計', '項目');
    // (ExcelJS's reader drops a cached 0 — the file holds <v>0</v> — so 未測定 is checked by its formula.)
    expect([3, 4, 5, 6].map((c) => cached(total, c))).toEqual([337, 304, 77, 33]);
    expect(formula(total, 7)).toContain('"未測定"');
    expect(formula(total, 3)).toBe('COUNTIFS(\'全区一覧\'!$I$2:$I$410,"計上")');
    const reference = rowStartingWith(sheet, '1-3-イ');
    expect(cached(reference, 3)).toBe(5);
    expect(cached(reference, 5)).toBe(4);
    expect(formula(reference, 3)).toMatch(/^SUMIFS\('全区一覧'!\$F\$2:\$F\$410,/);
    expect(reference.getCell(3).numFmt).toBe('"("0")"');
    const city = rowStartingWith(sheet, '1-3-ア');
    expect([3, 4, 5].map((c) => cached(city, c))).toEqual([1, 1, 1]);
    expect(city.getCell(8).value).toBe('全市で1件として計上');
  });

  it('R9: Table 1 figures with the published cached results (seed 000 表1)', () => {
    const sheet = workbook.getWorksheet('集計');
    if (!sheet) throw new Error('no 集計');
    const listed = rowStartingWith(sheet, '記載あり');
    const unlisted = rowStartingWith(sheet, '記載なし');
    expect([cached(listed, 2), cached(listed, 4), cached(listed, 6)]).toEqual([346, 330, 16]);
    expect([cached(unlisted, 2), cached(unlisted, 4), cached(unlisted, 6)]).toEqual([62, 59, 3]);
    const rows = sheet.getRows(1, sheet.rowCount) ?? [];
    const table1Total = rows.filter((r) => r.getCell(1).value === '計').at(-1);
    expect(table1Total && cached(table1Total, 2)).toBe(408);
  });
});
