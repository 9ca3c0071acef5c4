import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { summaryGrids } from '../../src/core/report/grids';
import { reportFromRecords } from '../report/helpers';
import { fillSummaryWorkbook } from '../../src/files/write-summary-xlsx';
import { csvRecords } from './csv-records';

/**
 * The output workbook in a real spreadsheet program (architecture guide, testing layer 6): LibreOffice
 * opens a copy written WITHOUT cached results, with its recalculation-on-load forced to "always", so
 * every figure it exports was computed by its own COUNTIFS/SUMIFS over 全区一覧.
 */
const SOFFICE = '/usr/bin/soffice';
const INSTALL = 'apt-get install -y libreoffice-calc-nogui';

jest.setTimeout(180_000);

/** A fresh LibreOffice profile that recalculates every formula of an OOXML file on load. */
function freshProfile(dir: string): string {
  const user = join(dir, 'profile', 'user');
  mkdirSync(user, { recursive: true });
  writeFileSync(
    join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return `file://${join(dir, 'profile')}`;
}

function parseCsv(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.length > 0)
    .map((line) =>
      (line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? []).map((cell) =>
        cell.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'),
      ),
    )
    .map((cells) => (cells.slice(0, -1).length > 0 && cells[cells.length - 1] === '' ? cells.slice(0, -1) : cells));
}

describe('集計 recalculated by LibreOffice (issue 6)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kusei-lo-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('R8/R9: LibreOffice computes the published FY2015 figures from the formulas alone (seed 000 表1, 表2)', async () => {
    if (!existsSync(SOFFICE)) throw new Error(`LibreOffice is missing (${SOFFICE}). Install it with: ${INSTALL}`);
    const workbook = new ExcelJS.Workbook();
    fillSummaryWorkbook(workbook, summaryGrids(reportFromRecords(csvRecords())), {
      cachedResults: false,
    });
    const xlsx = join(dir, 'summary.xlsx');
    await workbook.xlsx.writeFile(xlsx);
    // The copy holds formulas only: whatever figures LibreOffice exports, it computed itself.
    const check = new ExcelJS.Workbook();
    await check.xlsx.readFile(xlsx);
    const sheet = check.getWorksheet('集計');
    const formulaRow = sheet?.getRows(1, sheet.rowCount)?.find((row) => row.getCell(1).value === '計');
    const total = formulaRow?.getCell(3).value as ExcelJS.CellFormulaValue | undefined;
    expect(total?.formula).toMatch(/^COUNTIFS\(/);
    expect(total?.result).toBeUndefined();

    // Sheet 1 (集計), comma-separated, UTF-8, raw values rather than formatted text.
    const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1';
    execFileSync(
      SOFFICE,
      [`-env:UserInstallation=${freshProfile(dir)}`, '--headless', '--convert-to', filter, '--outdir', dir, xlsx],
      {
        stdio: 'pipe',
        timeout: 170_000,
      },
    );
    // With a sheet number in the filter options, LibreOffice names the output after the sheet.
    const rows = parseCsv(readFileSync(join(dir, 'summary-集計.csv'), 'utf8'));
    const byFirst = (label: string) => {
      const found = rows.find((cells) => cells[0] === label);
      if (!found) throw new Error(`no row ${label} in ${JSON.stringify(rows)}`);
      return found;
    };
    // Table 2: total row 計 (cases, on track, achieved, behind, not measured) after the indicator rows.
    const totalRow = rows.find((cells) => cells[0] === '計' && cells[1]?.endsWith('項目'));
    expect(totalRow?.slice(1, 7)).toEqual(['15項目', '337', '304', '77', '33', '0']);
    expect(byFirst('1-3-ア').slice(2, 7)).toEqual(['1', '1', '1', '0', '0']);
    expect(byFirst('1-3-イ')[2]).toBe('5');
    expect(byFirst('1-3-イ')[4]).toBe('4');
    expect(byFirst('1-3-ウ')[2]).toBe('5');
    expect(byFirst('1-3-ウ')[4]).toBe('4');
    expect(byFirst('1-4-ア').slice(2, 6)).toEqual(['24', '8', '0', '16']);
    // Table 1.
    expect(byFirst('記載あり').slice(1, 6)).toEqual(['346', '全て実施', '330', '一部実施', '16']);
    expect(byFirst('記載なし').slice(1, 6)).toEqual(['62', '実施', '59', '未実施', '3']);
    const table1Total = rows.filter((cells) => cells[0] === '計').at(-1);
    expect(table1Total?.[1]).toBe('408');
  });
});
