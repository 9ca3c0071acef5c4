import { join } from 'path';
import ExcelJS from 'exceljs';
import { KUSEI } from '../../src/functions/functions';
import { FUNCTIONS } from '../../src/functions/table';

/**
 * examples/functions-demo.xlsx (written by scripts/make-functions-demo.ts): every formula on its
 * first sheet is re-evaluated here through the wrappers, from the argument cells the formula names,
 * and must give the expected value written beside it and cached as its result.
 */
const FILE = join(__dirname, '../../examples/functions-demo.xlsx');
type Wrapper = (...args: unknown[][][]) => unknown[][];

function evaluate(sheet: ExcelJS.Worksheet, formula: string): unknown {
  const match = /^(?:INDEX\()?KUSEI\.([A-Z]+)\(([^)]*)\)(?:,1,(\d+)\))?$/.exec(formula);
  if (!match) throw new Error(`unexpected formula ${formula}`);
  const [, id = '', refs = '', column = '1'] = match;
  const wrapper = (KUSEI as unknown as Record<string, Wrapper>)[id.toLowerCase()];
  if (!wrapper) throw new Error(`no wrapper for ${id}`);
  const args = refs.split(',').map((ref) => [[sheet.getCell(ref).value ?? null]]);
  return wrapper(...args)[0]?.[Number(column) - 1];
}

describe('examples/functions-demo.xlsx', () => {
  it('uses every KUSEI function, and each formula gives the expected value beside it', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(FILE);
    const sheet = workbook.getWorksheet('関数の例');
    if (!sheet) throw new Error('sheet 関数の例 missing');
    const used = new Set<string>();
    for (let r = 2; r <= sheet.rowCount; r++) {
      const cell = sheet.getCell(`G${r}`).value as ExcelJS.CellFormulaValue;
      const expected = sheet.getCell(`H${r}`).value;
      used.add(/KUSEI\.([A-Z]+)/.exec(cell.formula)?.[1] ?? '');
      expect([r, cell.result]).toEqual([r, expected]);
      expect([r, evaluate(sheet, cell.formula)]).toEqual([r, expected]);
    }
    const city = workbook.getWorksheet('全市の集計');
    const summaryFormula = (city?.getCell('G2').value as ExcelJS.CellFormulaValue | undefined)?.formula ?? '';
    if (summaryFormula.includes('KUSEI.SUMMARY')) used.add('SUMMARY');
    expect([...used].sort()).toEqual(FUNCTIONS.map((fn) => fn.id).sort());
  });

  it('the city sheet caches Table 2 totals equal to the published ones (R8, seed 000)', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(FILE);
    const city = workbook.getWorksheet('全市の集計');
    const totals = ['G2', 'G3', 'G4', 'G5'].map((a) => (city?.getCell(a).value as ExcelJS.CellFormulaValue).result);
    expect(totals).toEqual([337, 304, 77, 33]);
  });
});
