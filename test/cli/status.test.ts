import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/kusei';

/**
 * `kusei status IN.xlsx --out OUT.xlsx [--formulas excel|kusei|values] [--json] [--force]` (issue 14
 * §1), on 北区's FY2015 workbook (standard layout: 区名, 指標番号, 取組の方向性, 目標値, 単位, 27年度実績,
 * 区運営方針への記載, 取組の実施状況, 備考 in A–I).
 */
function buffers() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (text: string) => out.push(text), err: (text: string) => err.push(text) }, out, err };
}

async function cell(path: string, address: string): Promise<ExcelJS.CellValue> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.getWorksheet('北区')?.getCell(address).value ?? null;
}

describe('kusei status', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kusei-status-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('adds the columns right of the table (J, K: never over 区運営方針への記載 in G) and prints them as JSON', async () => {
    const { io, out } = buffers();
    const file = join(dir, 'json.xlsx');
    expect(await main(['status', 'examples/wards/北区.xlsx', '--out', file, '--json'], io)).toBe(0);
    const json = JSON.parse(out.join('\n')) as {
      sheet: string;
      progressColumn: string;
      statusColumn: string;
      rows: { row: number; status: string }[];
    };
    expect([json.sheet, json.progressColumn, json.statusColumn]).toEqual(['北区', 'J', 'K']);
    // 北区 1-1-ア: 30.4% of 50% is 60.8%, over 33.4% (year 1 of 3): 概ね順調; 1-3-ア is judged city-wide.
    expect(json.rows[0]).toEqual({ row: 2, status: '概ね順調' });
    expect(json.rows.find((row) => row.row === 5)).toEqual({ row: 5, status: '全市で判定' });
    expect(json.rows.find((row) => row.row === 6)).toEqual({ row: 6, status: '参考' });
    expect(await cell(file, 'G2')).toBe('記載あり');
    const status = await cell(file, 'K2');
    expect(status).toMatchObject({ result: '概ね順調' });
    expect(JSON.stringify(status)).not.toMatch(/KUSEI/);
  });

  it('never writes over an existing file without --force', async () => {
    const file = join(dir, 'exists.xlsx');
    writeFileSync(file, 'keep me');
    const { io, err } = buffers();
    expect(await main(['status', 'examples/wards/北区.xlsx', '--out', file], io)).toBe(2);
    expect(err.join('\n')).toMatch(/--force/);
    expect(await main(['status', 'examples/wards/北区.xlsx', '--out', file, '--force'], buffers().io)).toBe(0);
    expect(await cell(file, 'J1')).toBe('進捗率');
  });

  it('writes KUSEI formulas or plain values on request', async () => {
    const kusei = join(dir, 'kusei.xlsx');
    expect(
      await main(['status', 'examples/wards/北区.xlsx', '--out', kusei, '--formulas', 'kusei'], buffers().io),
    ).toBe(0);
    expect(await cell(kusei, 'K2')).toEqual({ formula: 'KUSEI.STATUS(F2,D2,1,3)', result: '概ね順調' });
    const values = join(dir, 'values.xlsx');
    expect(
      await main(['status', 'examples/wards/北区.xlsx', '--out', values, '--formulas', 'values'], buffers().io),
    ).toBe(0);
    expect(await cell(values, 'K2')).toBe('概ね順調');
    expect(await cell(values, 'J2')).toBe(0.608);
  });

  it('refuses bad arguments and unreadable files', async () => {
    const { io, err } = buffers();
    expect(await main(['status', 'examples/wards/北区.xlsx'], io)).toBe(2);
    expect(
      await main(['status', 'examples/wards/北区.xlsx', '--out', join(dir, 'x.xlsx'), '--formulas', 'lambda'], io),
    ).toBe(2);
    expect(await main(['status', join(dir, 'missing.xlsx'), '--out', join(dir, 'y.xlsx')], io)).toBe(2);
    expect(existsSync(join(dir, 'x.xlsx')) || existsSync(join(dir, 'y.xlsx'))).toBe(false);
    expect(err.length).toBeGreaterThanOrEqual(3);
  });
});
