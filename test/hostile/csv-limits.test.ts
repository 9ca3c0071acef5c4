import { EXCEL_MAX_CELL_TEXT, EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from '../../src/core/read-limits';
import { readCsvText } from '../../src/files/csv';

/**
 * Issue 13: the CSV reader's limits (src/core/read-limits.ts). Expectations by hand from Excel's
 * specifications: 1,048,576 rows, 16,384 columns (A–XFD), 32,767 characters in a cell.
 */
describe('CSV limits', () => {
  it('one row of 200,000 commas then 200,000 empty lines: no row padded, the width reported once', () => {
    const snapshot = readCsvText(`${','.repeat(200_000)}\n${'\n'.repeat(200_000)}`, 'wide.csv');
    const values = snapshot.sheets[0]?.values ?? [];
    expect(values).toHaveLength(200_001);
    expect(values.every((row) => row.length === 0)).toBe(true);
    // 200,001 fields, 16,384 kept: 183,617 beyond XFD.
    expect(snapshot.limits).toEqual([
      { code: 'sheet.tooManyColumns', sheet: 'wide', row: 0, col: 16_384, limit: 16_384, count: 183_617 },
    ]);
  });

  it('a row past XFD keeps its first 16,384 cells', () => {
    const snapshot = readCsvText(`${Array.from({ length: EXCEL_MAX_COLUMNS + 2 }, (_, i) => `c${i}`).join(',')}\n`);
    const row = snapshot.sheets[0]?.values[0] ?? [];
    expect(row).toHaveLength(EXCEL_MAX_COLUMNS);
    expect(row[EXCEL_MAX_COLUMNS - 1]).toBe('c16383');
    expect(snapshot.limits?.[0]).toMatchObject({ code: 'sheet.tooManyColumns', count: 2 });
  });

  it('a 100,000-character cell is clipped to Excel’s 32,767 characters, with its length', () => {
    const snapshot = readCsvText(`区名,備考\n北区,${'あ'.repeat(100_000)}\n`, 'long.csv');
    expect(snapshot.sheets[0]?.values[1]?.[1]).toBe('あ'.repeat(EXCEL_MAX_CELL_TEXT));
    expect(snapshot.limits).toEqual([
      { code: 'cell.beyondExcelLength', sheet: 'long', row: 1, col: 1, limit: 32_767, count: 100_000 },
    ]);
  });

  it('rows past 1,048,576 are not read, and the finding says how many cells were left', () => {
    const snapshot = readCsvText(`${'x\n'.repeat(EXCEL_MAX_ROWS)}y\nz\n`, 'tall.csv');
    expect(snapshot.sheets[0]?.values).toHaveLength(EXCEL_MAX_ROWS);
    expect(snapshot.limits).toEqual([
      { code: 'sheet.tooManyRows', sheet: 'tall', row: EXCEL_MAX_ROWS, col: 0, limit: EXCEL_MAX_ROWS, count: 2 },
    ]);
  });

  it('a quote never closed stops reading there, with the rows before it kept', () => {
    const snapshot = readCsvText('a,b\nc,"never closed\nd,e\n', 'q.csv');
    expect(snapshot.sheets[0]?.values).toEqual([['a', 'b']]);
    expect(snapshot.limits).toEqual([{ code: 'csv.unclosedQuote', sheet: 'q', row: 1, col: 0, limit: 2 }]);
  });
});
