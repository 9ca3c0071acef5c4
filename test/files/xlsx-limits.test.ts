import { isFileReadError } from '../../src/files/errors';
import { readXlsxBytes } from '../../src/files/read-xlsx-buffer';
import { MAX_GRID_CELLS } from '../../src/files/xlsx/to-snapshot';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { buildXlsx } from './support/build-xlsx';
import { shown } from '../support/shown';

/**
 * Memory bounded by the cells a file holds, never by the addresses it claims (issue 11, and the
 * crafted files of issue 13): each of these is a few hundred bytes that asked ExcelJS for gigabytes.
 * The grid a snapshot allocates is bounded, and what is not read is reported as a limit.
 */
async function read(xml: string): Promise<WorkbookSnapshot> {
  const result = await readXlsxBytes(buildXlsx([{ name: 'S', xml }]), 'crafted.xlsx');
  if (isFileReadError(result)) throw new Error(shown(result, 'en'));
  return result;
}

function gridCells(snapshot: WorkbookSnapshot): number {
  return snapshot.sheets.reduce((sum, sheet) => sum + sheet.values.length * (sheet.values[0]?.length ?? 0), 0);
}

describe('the reader allocates by the cells that exist', () => {
  it('a cell at A1 and one at XFD1048576: A1 is read, the far cell is reported, the grid stays small', async () => {
    const snapshot = await read(
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>区名</t></is></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>',
    );
    expect(snapshot.sheets[0]?.values[0]?.[0]).toBe('区名');
    expect(gridCells(snapshot)).toBeLessThanOrEqual(MAX_GRID_CELLS);
    expect(snapshot.limits).toEqual([
      expect.objectContaining({ code: 'sheet.tooManyRows', sheet: 'S', row: 1_048_575 }),
    ]);
  });

  it('<mergeCell ref="A10:XFD1048576"/> is clipped to the cells that exist', async () => {
    const snapshot = await read(
      '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="C1"><v>2</v></c></row><row r="20"><c r="B20"><v>3</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A10:XFD1048576"/></mergeCells>',
    );
    const sheet = snapshot.sheets[0];
    expect(sheet?.values).toHaveLength(20);
    expect(sheet?.values[0]).toHaveLength(3);
    expect(sheet?.merges).toEqual(['A10:C20']);
    // B20 lies inside the merge, not at its top-left: empty, as Excel shows it.
    expect(sheet?.values[19]?.[1]).toBeNull();
  });

  it('<col max="2000000000"/> and validations over the whole sheet are not read at all', async () => {
    const snapshot = await read(
      '<cols><col min="1" max="2000000000" width="9"/></cols><sheetData><row r="1"><c r="A1"><v>5</v></c></row></sheetData><dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"A,B"</formula1></dataValidation></dataValidations>',
    );
    expect(snapshot.sheets[0]?.values).toEqual([[5]]);
  });

  it.each([['100000000'], ['2000000000'], ['-1'], ['x']])(
    'a row numbered %s is off the sheet: its cells are reported, never allocated',
    async (r) => {
      const snapshot = await read(
        `<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="${r}"><c r="A${r}"><v>2</v></c></row></sheetData>`,
      );
      expect(snapshot.sheets[0]?.values).toEqual([[1]]);
      expect(snapshot.limits?.map((limit) => limit.code)).toEqual(['sheet.tooManyRows']);
    },
  );

  it('styled empty cells far away widen nothing past the grid limit', async () => {
    const snapshot = await read(
      '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576" s="1"/></row></sheetData>',
    );
    expect(snapshot.sheets[0]?.values).toEqual([[1]]);
  });

  it('text longer than Excel allows (32,767) is clipped and reported', async () => {
    const long = 'あ'.repeat(40_000);
    const snapshot = await read(
      `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${long}</t></is></c></row></sheetData>`,
    );
    expect((snapshot.sheets[0]?.values[0]?.[0] as string).length).toBe(32_767);
    expect(snapshot.limits).toEqual([expect.objectContaining({ code: 'cell.beyondExcelLength', count: 40_000 })]);
  });

  it('a DOCTYPE with entity definitions is skipped, never expanded ("billion laughs")', async () => {
    const bomb =
      '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>';
    const bytes = buildXlsx([
      {
        name: 'S',
        xml: `${bomb}<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData>`,
      },
    ]);
    const result = await readXlsxBytes(bytes, 'x.xlsx');
    expect(isFileReadError(result)).toBe(false);
    if (!isFileReadError(result)) expect(result.sheets[0]?.values[0]?.[0]).toBe('&lol2;');
  });
});

describe('what the reader reads by hand (ECMA-376 §18.3)', () => {
  it('shared formulas, t="e"/"str"/"b", cells and rows without r, percent built-in format, hidden sheet and row', async () => {
    const bytes = buildXlsx([
      {
        name: '福島区',
        xml:
          '<sheetData><row r="1" hidden="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>2</v></c></row>' +
          '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c></row>' +
          '<row><c><v>3</v></c><c><f t="shared" si="0"/><v>0</v></c><c t="e"><f>NA()</f><v>#N/A</v></c><c t="str"><f>""</f><v></v></c><c t="b"><f>1=2</f><v>0</v></c><c s="1"><v>0.513</v></c></row></sheetData>',
      },
      { name: '設定', xml: '<sheetData/>', state: 'veryHidden' },
    ]);
    const result = await readXlsxBytes(bytes, 'x.xlsx');
    if (isFileReadError(result)) throw new Error(shown(result, 'en'));
    const [sheet, hidden] = result.sheets;
    expect(sheet?.values).toEqual([
      [1, 2, null, null, null, null],
      [2, 4, null, null, null, null],
      [3, 0, { cellError: '#N/A' }, '', false, 0.513],
    ]);
    expect(sheet?.formulas?.map((row) => row.slice(0, 5))).toEqual([
      [null, 'A1*2', null, null, null],
      [null, 'A2*2', null, null, null],
      [null, 'A3*2', 'NA()', '""', '1=2'],
    ]);
    expect(sheet?.numberFormats?.[2]?.[5]).toBe('0.00%');
    expect(sheet?.hiddenRows).toEqual([0]);
    expect(hidden).toMatchObject({ name: '設定', hidden: true, values: [] });
  });
});
