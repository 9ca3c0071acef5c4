import ExcelJS from 'exceljs';
import { checkDigit, localGovernmentCode } from '../../src/core/report/ward-codes';
import { warekiStamp } from '../../src/core/report/jst';
import { summaryGrids } from '../../src/core/report/grids';
import { openDataTables } from '../../src/core/report/open-data';
import { reportText } from '../../src/core/report/text';
import { fillSummaryWorkbook } from '../../src/files/write-summary-xlsx';
import { openDataCsv } from '../../src/files/write-open-data-csv';
import { summaryHtml } from '../../src/files/write-summary-html';
import { csvRecords } from '../aggregate/csv-records';
import { reportFromRecords, STAMP_DATE } from './helpers';

describe('ward codes: 全国地方公共団体コード with the check digit (domain §9)', () => {
  it('computes the domain’s examples: 都島区 271021, 北区 271276, 中央区 271284, 大阪市 271004', () => {
    expect(localGovernmentCode('都島区')).toBe('271021');
    expect(localGovernmentCode('北区')).toBe('271276');
    expect(localGovernmentCode('中央区')).toBe('271284');
    expect(localGovernmentCode('大阪市')).toBe('271004');
    expect(localGovernmentCode('全市')).toBe('271004');
    expect(checkDigit('27102')).toBe(1);
    expect(checkDigit('2710')).toBeNull();
    expect(localGovernmentCode('太正区')).toBeNull();
  });
});

describe('stamps: 和暦 and JST (house rule; issue 15 §5)', () => {
  it('2026-12-01 08:42 UTC is 令和8年12月1日 17:42; the era turns on 2019-05-01 JST', () => {
    expect(warekiStamp(STAMP_DATE)).toBe('令和8年12月1日 17:42');
    expect(warekiStamp(new Date('2019-04-30T14:59:00Z'))).toBe('平成31年4月30日 23:59');
    expect(warekiStamp(new Date('2019-04-30T15:00:00Z'))).toBe('令和元年5月1日 0:00');
  });
});

describe('ward × indicator matrix (issue 15 §1)', () => {
  const report = reportFromRecords(csvRecords());
  it('24 wards × 17 indicators, 都島区 1-2-イ behind at 31.2％ (seed 000)', () => {
    expect(report.matrix.wards).toHaveLength(24);
    expect(report.matrix.indicators).toHaveLength(17);
    const w = report.matrix.wards.indexOf('都島区');
    const i = report.matrix.indicators.indexOf('1-2-イ');
    expect(report.matrix.shown[w]?.[i]).toEqual({
      word: '必ずしも順調ではない',
      tone: 'behind',
      progress: 0.312,
      rate: '31.2％',
    });
    // 1-3-ア is the city's case: a ward's cell says so instead of a status.
    expect(report.matrix.shown[w]?.[report.matrix.indicators.indexOf('1-3-ア')]?.word).toBe('全市で計上');
  });

  it('per indicator the wards behind, achieved and on track, with their rates', () => {
    const wards = report.wardLists.find((x) => x.id === '1-2-イ');
    expect(wards?.behind.map((b) => [b.ward, b.progress])).toEqual([['都島区', 0.312]]);
    expect((wards?.onTrack.length ?? 0) + (wards?.achieved.length ?? 0)).toBe(23);
    expect(report.wardLists.find((x) => x.id === '1-4-ア')?.behind).toHaveLength(16);
  });

  it('is in the terminal text, the HTML report and the workbook, submission control first', () => {
    const text = reportText(report);
    expect(text.indexOf('■ 提出状況')).toBeLessThan(text.indexOf('■ 表２'));
    expect(text).toContain('必ずしも順調ではない（1）: 都島区 31.2％');
    const html = summaryHtml(report);
    expect(html.indexOf('data-section="submissions"')).toBeLessThan(html.indexOf('data-section="table2"'));
    expect(html).toContain('data-section="matrix"');
    expect(html).toContain('data-v="0.312"');
    expect(html).not.toMatch(/aggregate\.\w+/);
  });
});

describe('summary workbook ready to hand on (issue 15 §5)', () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    const written = new ExcelJS.Workbook();
    fillSummaryWorkbook(written, summaryGrids(reportFromRecords(csvRecords())));
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await written.xlsx.writeBuffer());
  });

  it('prints every sheet A4 landscape, one page wide, header rows repeated', () => {
    for (const sheet of workbook.worksheets) {
      expect(sheet.pageSetup.paperSize).toBe(9);
      expect(sheet.pageSetup.orientation).toBe('landscape');
      expect(sheet.pageSetup.fitToPage).toBe(true);
      expect(sheet.pageSetup.fitToWidth).toBe(1);
      expect(sheet.pageSetup.fitToHeight).toBe(0);
    }
    expect(workbook.getWorksheet('全区一覧')?.pageSetup.printTitlesRow).toBe('1:1');
    expect(workbook.getWorksheet('集計')?.pageSetup.printArea).toMatch(/^A1:H\d+$/);
  });

  it('freezes and filters 全区一覧 and the matrix; colours statuses; stamps 和暦 JST; no internal codes', () => {
    const list = workbook.getWorksheet('全区一覧');
    expect(list?.autoFilter).toBe('A1:N410');
    expect(list?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 2 });
    const matrix = workbook.getWorksheet('区別状況');
    expect(matrix?.autoFilter).toBe('A3:R27');
    expect(matrix?.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, xSplit: 1 });
    const tsushima = matrix?.getRows(4, 24)?.find((row) => row.getCell(1).value === '都島区');
    const cell = tsushima?.getCell(4);
    expect(cell?.value).toBe(0.312);
    expect(cell?.numFmt).toBe('"必ずしも順調ではない "0.0%');
    expect((cell?.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFF9D3A8');
    const summary = workbook.getWorksheet('集計');
    expect(summary?.getCell('A2').value).toBe('作成: 令和8年12月1日 17:42（KUSEI）');
    const text: string[] = [];
    for (const sheet of workbook.worksheets) sheet.eachRow((row) => row.eachCell((c) => text.push(String(c.text))));
    expect(text.join('\n')).not.toMatch(/aggregate\.\w+|report\.\w+/);
  });

  it('draws data bars in Table 2 (ExcelJS writes no native chart; its data block sits beside Table 2)', () => {
    const summary = workbook.getWorksheet('集計');
    const header = summary?.getRows(1, 40)?.find((row) => row.getCell(1).value === '指標番号');
    expect(header?.getCell(10).value).toBe('指標番号');
    expect(header?.getCell(11).value).toBe('目標達成');
  });
});

describe('open data CSV (issue 15 §6, domain §9 machine-readable tables)', () => {
  const tables = openDataTables(reportFromRecords(csvRecords()));
  const wards = tables.find((t) => t.name === 'wards.csv');

  it('one table per published table plus the per-ward long table', () => {
    expect(tables.map((t) => t.name)).toEqual(['table2.csv', 'table1.csv', 'wards.csv']);
    expect(wards?.rows).toHaveLength(409);
  });

  it('西暦 beside 和暦, code beside name, units in their own column, one value per cell', () => {
    expect(wards?.header.slice(0, 4)).toEqual(['年度（西暦）', '年度（和暦）', '団体コード', '区名']);
    const row = wards?.rows.find((r) => r[3] === '都島区' && r[4] === '1-2-イ');
    expect(row).toEqual([
      2015,
      '平成27年度',
      '271021',
      '都島区',
      '1-2-イ',
      expect.any(String),
      15.6,
      '%',
      31.2,
      '%',
      '必ずしも順調ではない',
      '計上',
      expect.any(String),
      expect.any(String),
    ]);
    const table2 = tables[0];
    // No total row mixed into the data: 15 counted indicators × 5 measures + 2 reference × 2.
    expect(table2?.rows).toHaveLength(15 * 5 + 2 * 2);
    expect(table2?.rows.find((r) => r[4] === '1-4-ア' && r[7] === '必ずしも順調ではない')?.slice(8)).toEqual([
      16,
      '件',
    ]);
  });

  it('is UTF-8 with a BOM and CRLF, quoting only where needed', () => {
    const csv = openDataCsv({
      name: 'x.csv',
      header: ['a', 'b'],
      rows: [
        ['x,y', 'say "hi"'],
        [null, 3],
      ],
    });
    expect(csv).toBe('\uFEFFa,b\r\n"x,y","say ""hi"""\r\n,3\r\n');
  });
});
