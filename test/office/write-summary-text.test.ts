import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { OfficeGateway } from '../../src/office/office-gateway';
import { consolidate } from '../../src/taskpane/consolidate/run';
import { ALL_SUPPORTED, mockExcel, runnerFor } from './mock-excel';

/**
 * Issue 14 §2: ward text reaches the coordinator's workbook as text. Microsoft: input starting with
 * =, + or - is a formula; so a 北区 actual typed `=HYPERLINK(…)`, `+1+1`, `-2+3` or `@SUM(1)` must be
 * written as a value in a text-formatted cell, never handed to Range.formulas.
 */
const HOSTILE = ['=HYPERLINK("http://example.invalid","開く")', '+1+1', '-2+3', '@SUM(1)'];
const FROM_WARD = HOSTILE;

async function hostileWard(): Promise<{ name: string; arrayBuffer: () => Promise<ArrayBuffer> }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(readFileSync('examples/wards/北区.xlsx')).buffer);
  const sheet = workbook.worksheets[0]!;
  // The 27年度実績 cells of four indicator rows (北区 uses the standard layout: header on row 1).
  const header = sheet.getRow(1);
  let actualColumn = 0;
  header.eachCell((cell, col) => {
    if (typeof cell.value === 'string' && cell.value.includes('実績')) actualColumn = col;
  });
  expect(actualColumn).toBeGreaterThan(0);
  // Rows 2–4 and 6 (row 5 is 1-3-ア, counted once city-wide). `@SUM(1)` once read as the number 1
  // (test/validate/formula-like-text.test.ts); it now reaches the list as the text it is.
  FROM_WARD.forEach((text, index) => {
    sheet.getCell([2, 3, 4, 6][index] ?? 2, actualColumn).value = text;
  });
  const bytes = await workbook.xlsx.writeBuffer();
  return { name: '北区.xlsx', arrayBuffer: () => Promise.resolve(bytes) };
}

describe('writeSummary writes ward text as values (issue 14 §2)', () => {
  it('puts =HYPERLINK(…), +1+1, -2+3 and @SUM(1) from a ward file into text cells, not formulas', async () => {
    const view = await consolidate([await hostileWard()], DEFAULT_SETTINGS, () => undefined);
    const mock = mockExcel({ sheet: '進捗', sheetNames: ['進捗'] });

    await new OfficeGateway(runnerFor(mock), ALL_SUPPORTED).writeSummary(view.grids, { replace: false });

    const formulas = mock.newSheetWrites.flatMap((write) => (write.formulas as unknown[][] | undefined) ?? []).flat();
    for (const text of HOSTILE) expect(formulas).not.toContain(text);
    // Every formula written is one KUSEI built (COUNTIFS/SUMIFS over 全区一覧 and the like).
    expect(formulas.length).toBeGreaterThan(0);
    for (const formula of formulas) expect(String(formula)).toMatch(/^=[A-Z]/);
    const texts = mock.newSheetWrites.flatMap((write) => {
      const values = (write.values as unknown[][] | undefined) ?? [];
      const formats = (write.numberFormat as string[][] | undefined) ?? [];
      return values.flatMap((row, r) => row.map((value, c) => ({ value, format: formats[r]?.[c] })));
    });
    for (const text of FROM_WARD) expect(texts).toContainEqual({ value: text, format: '@' });
  });

  it('writes every formula-like text of a grid as a value in a text cell', async () => {
    const mock = mockExcel({ sheet: '進捗', sheetNames: ['進捗'] });
    const grid = {
      name: '全区一覧',
      rows: [['実績'], ...HOSTILE.map((text) => [text]), [{ formula: 'COUNTA(A2:A5)', result: 4 }]],
      columnWidths: [10],
      headingRows: [1],
      formats: {},
      merges: [],
      freezeRows: 1,
      print: {},
    };
    await new OfficeGateway(runnerFor(mock), ALL_SUPPORTED).writeSummary([grid], { replace: false });
    const body = mock.newSheetWrites.find((write) => write.address === 'A1:A6' && write.values !== undefined);
    expect(body?.values).toEqual([['実績'], ...HOSTILE.map((text) => [text]), ['']]);
    expect(body?.numberFormat).toEqual([['@'], ['@'], ['@'], ['@'], ['@'], ['General']]);
    expect(
      mock.newSheetWrites
        .filter((write) => write.formulas !== undefined)
        .map((write) => [write.address, write.formulas]),
    ).toEqual([['A6', [['=COUNTA(A2:A5)']]]]);
  });
});
