import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import type { CellValue } from '../../src/core/cell';
import { isFileReadError } from '../../src/files/errors';
import { readXlsxBytes } from '../../src/files/read-xlsx-buffer';

/**
 * Properties of the reader (issue 11): whatever ExcelJS writes reads back as written, and no bytes —
 * random, cut short or damaged — make it throw.
 */
jest.setTimeout(120_000);

const TEXT_UNITS = ['a', 'Z', '0', '区', 'ア', 'ｱ', '％', '&', '<', '>', '"', "'", ' ', '\n', '—', '😀'];
const text = fc.string({ unit: fc.constantFrom(...TEXT_UNITS), minLength: 1, maxLength: 12 });
const number = fc
  .double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 })
  .filter((n) => !Object.is(n, -0));

interface Written {
  readonly value: CellValue;
  readonly formula?: string;
  readonly format?: string;
}

const written: fc.Arbitrary<Written> = fc.oneof(
  text.map((value) => ({ value })),
  number.map((value) => ({ value })),
  fc.boolean().map((value) => ({ value })),
  fc.constantFrom('#N/A', '#DIV/0!', '#VALUE!', '#REF!').map((error) => ({ value: { cellError: error } })),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 2 }).map((value) => ({ value, format: '0.0%' })),
  // Formulas with their saved result, 0, FALSE and "" included (ExcelJS's own reader loses those, #2943).
  fc.oneof(number, text, fc.boolean(), fc.constant(0), fc.constant(''), fc.constant(false)).map((value) => ({
    value,
    formula: 'KUSEI.STATUS(B2,"50%以上")',
  })),
);

function excelValue(cell: Written): ExcelJS.CellValue {
  const plain =
    typeof cell.value === 'object' && cell.value !== null
      ? { error: cell.value.cellError as ExcelJS.CellErrorValue['error'] }
      : cell.value;
  return cell.formula === undefined ? plain : ({ formula: cell.formula, result: plain } as ExcelJS.CellFormulaValue);
}

const sheetArb = fc.record({
  cells: fc.dictionary(
    fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 12 })).map(([r, c]) => `${r},${c}`),
    written,
    { minKeys: 1, maxKeys: 40 },
  ),
  hiddenRow: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
  hidden: fc.boolean(),
});

describe('reader properties', () => {
  it('random workbooks written by ExcelJS read back as written (values, formulas, formats, hidden rows and sheets)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(sheetArb, { minLength: 1, maxLength: 3 }), async (sheets) => {
        const workbook = new ExcelJS.Workbook();
        sheets.forEach((sheet, index) => {
          const worksheet = workbook.addWorksheet(`シート${index + 1}`);
          for (const [key, cell] of Object.entries(sheet.cells)) {
            const [r = 1, c = 1] = key.split(',').map(Number);
            const target = worksheet.getCell(r, c);
            target.value = excelValue(cell);
            if (cell.format) target.numFmt = cell.format;
          }
          if (sheet.hiddenRow !== null) {
            // ExcelJS writes no row without a cell: the hidden row gets one, in a column of its own.
            worksheet.getCell(sheet.hiddenRow, 13).value = '非表示';
            worksheet.getRow(sheet.hiddenRow).hidden = true;
          }
          // The first sheet stays visible: Excel needs one.
          if (sheet.hidden && index > 0) worksheet.state = 'hidden';
        });
        const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
        const read = await readXlsxBytes(bytes, 'random.xlsx');
        if (isFileReadError(read)) return false;
        expect(read.sheets.map((sheet) => sheet.name)).toEqual(sheets.map((_, index) => `シート${index + 1}`));
        sheets.forEach((sheet, index) => {
          const snapshot = read.sheets[index];
          expect(snapshot?.hidden === true).toBe(sheet.hidden && index > 0);
          for (const [key, cell] of Object.entries(sheet.cells)) {
            const [r = 1, c = 1] = key.split(',').map(Number);
            expect({ key, value: snapshot?.values[r - 1]?.[c - 1] }).toEqual({ key, value: cell.value });
            expect(snapshot?.formulas?.[r - 1]?.[c - 1] ?? null).toBe(cell.formula ?? null);
            expect(snapshot?.numberFormats?.[r - 1]?.[c - 1] ?? null).toBe(cell.format ?? null);
          }
          expect(snapshot?.hiddenRows ?? []).toEqual(sheet.hiddenRow === null ? [] : [sheet.hiddenRow - 1]);
        });
        return true;
      }),
      { numRuns: 150 },
    );
  });

  const real = new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'fukushima.xlsx')));

  it('random bytes give a snapshot or a file error, never an exception (3,000 inputs)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 400 }),
        fc.constantFrom('', 'PK\x03\x04', '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1'),
        async (bytes, head) => {
          const input = Uint8Array.from([...Array.from(head, (ch) => ch.charCodeAt(0)), ...bytes]);
          const result = await readXlsxBytes(input, 'random.xlsx');
          return isFileReadError(result) || Array.isArray(result.sheets);
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it('damage to a real workbook (flipped bytes, cuts) never throws (2,000 mutations)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: real.length - 1 }), fc.nat({ max: 255 })), { minLength: 1, maxLength: 6 }),
        fc.option(fc.nat({ max: real.length }), { nil: null }),
        async (flips, cut) => {
          const damaged = real.slice(0, cut ?? real.length);
          for (const [at, value] of flips) if (at < damaged.length) damaged[at] = value;
          const result = await readXlsxBytes(damaged, 'damaged.xlsx');
          return isFileReadError(result) || Array.isArray(result.sheets);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
