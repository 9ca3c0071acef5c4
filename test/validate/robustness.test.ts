import fc from 'fast-check';
import type { CellValue } from '../../src/core/cell';
import { readSheet, validateWorkbook } from '../../src/core/validate';
import { OPTIONS, STANDARD_HEADER, row, sheet } from './helpers';
import { shown } from '../support/shown';

describe('readSheet on any snapshot', () => {
  const cell = fc.oneof(
    fc.constantFrom<CellValue>(
      ...STANDARD_HEADER,
      '項目',
      '個別',
      '全体',
      'アウトカム',
      '計画',
      '自己評価',
      'P',
      'C',
      '取組項目1',
      '1-1-ア 人と人',
      '(1) 豊かな',
      '4決算額',
      '77百万円',
      '㋐',
      'B',
      'B\nB',
      '49.6%\n61.8%',
      '51.3%',
      '未測定',
      '北区',
      'H29年度までに50%以上',
      '記載あり',
      null,
      '',
    ),
    fc.string({ maxLength: 15 }),
    fc.double(),
    fc.boolean(),
    fc.constant<CellValue>({ cellError: '#N/A' }),
  );
  const snapshot = fc.record({
    values: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 14 }),
    merges: fc.array(fc.constantFrom('A1:B1', 'A2:A3', 'C1:D2', 'B2:B9', 'nonsense', 'A0:B1'), { maxLength: 3 }),
    origin: fc.constantFrom('A1', 'C5', 'B2', 'not-an-address'),
  });

  it('property: never throws, same snapshot same reading', () => {
    fc.assert(
      fc.property(snapshot, ({ values, merges, origin }) => {
        const input = sheet('区 一覧', values, { merges, origin });
        const first = readSheet(input, OPTIONS);
        expect(readSheet(input, OPTIONS)).toEqual(first);
        for (const finding of first.findings) {
          expect(shown(finding).length).toBeGreaterThan(0);
          expect(shown(finding, 'en').length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('addresses cells from the snapshot origin (a used range starting at C5)', () => {
    const reading = readSheet(
      sheet('S', [STANDARD_HEADER, row('1-1-ア', 'H29年度までに50%以上', '%', '約半数')], { origin: 'C5' }),
      OPTIONS,
    );
    expect(reading.findings.map((f) => f.cell)).toEqual(['S!H6']);
    expect(reading.records[0]?.source).toMatchObject({ row: 6, cells: { ward: 'C6', actual: 'H6' } });
    expect(reading.mapping?.tables[0]).toMatchObject({ headerRow: 5, columns: { C: 'ward', H: 'actual' } });
  });

  it('tolerates ragged and sparse rows from a host', () => {
    const values = [STANDARD_HEADER, ['此花区', '1-1-ア'], [], row('1-2-ア', '50%以上', '%', '84.7%')];
    const reading = readSheet(sheet('S', values), OPTIONS);
    expect(reading.records).toHaveLength(2);
    expect(reading.findings.map((f) => f.code)).toEqual(['cell.required', 'value.notMeasured']);
  });

  it('a workbook with a cover sheet and a ward sheet: the cover is a warning, the report is valid', () => {
    const report = validateWorkbook(
      {
        fileName: 'konohana.xlsx',
        sheets: [
          sheet('表紙', [['平成27年度 進捗報告']]),
          sheet('此花区', [STANDARD_HEADER, row('1-1-ア', 'H29年度までに50%以上', '%', '51.3%')]),
        ],
      },
      OPTIONS,
    );
    expect(report.valid).toBe(true);
    expect(report.layout).toBe('standard');
    expect(report.findings.map((f) => [f.code, f.severity])).toEqual([['sheet.notRecognised', 'warning']]);
    expect(report.stats).toEqual({ rows: 1, records: 1, errors: 0, warnings: 1 });
    expect(report.records[0]?.source.file).toBe('konohana.xlsx');
  });

  it('a duplicate across two sheets of one workbook is reported once', () => {
    const ward = (name: string) => sheet(name, [STANDARD_HEADER, row('1-1-ア', 'H29年度までに50%以上', '%', '51.3%')]);
    const report = validateWorkbook({ sheets: [ward('一'), ward('二')] }, OPTIONS);
    expect(report.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(['indicator.duplicate@二!B2']);
  });
});
