import { join } from 'node:path';
import { runRead, type ReadJson } from '../../src/cli/read';
import type { Io } from '../../src/cli/io';

/** `kusei read` (issue 11): the cells as the reader read them, for a user whose finding surprises them. */
async function kusei(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (text) => out.push(text), err: (text) => err.push(text) };
  const code = await runRead(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const CORPUS = join(__dirname, '..', 'fixtures', 'xlsx');
const BUILTIN = join(CORPUS, 'excel-ja-builtin-formats.xlsx');

describe('kusei read', () => {
  it('--json prints { sheets: [{ name, hidden, cells: [{ address, value, formula, format }] }] }, dates as serials with their format', async () => {
    const { code, out } = await kusei(BUILTIN, '--sheet', '2.詳細調査', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as ReadJson;
    expect(json.sheets.map((sheet) => [sheet.name, sheet.hidden])).toEqual([['2.詳細調査', false]]);
    const cell = (address: string) => json.sheets[0]?.cells.find((c) => c.address === address);
    // Hand-read from the file: E32 is serial 36585.430128738422 (2000-02-29) in built-in format 57.
    expect(cell('E32')).toEqual({ address: 'E32', value: 36585.430128738422, formula: null, format: '[$-411]ge.m.d' });
    expect(cell('C14')).toEqual({ address: 'C14', value: 0.0123, formula: null, format: '0%' });
    expect(cell('B6')).toEqual({ address: 'B6', value: '1', formula: 'DEC2HEX(A6)', format: null });
  });

  it('errors are values: { error: "#N/A" } in JSON, the code in text', async () => {
    const { code, out } = await kusei(join(CORPUS, 'calamine-errors.xlsx'), '--json');
    expect(code).toBe(0);
    const values = (JSON.parse(out) as ReadJson).sheets.flatMap((sheet) => sheet.cells.map((cell) => cell.value));
    expect(values).toContainEqual({ error: '#N/A' });
    expect((await kusei(join(CORPUS, 'calamine-errors.xlsx'))).out).toContain('#N/A');
  });

  it('text output: one line per cell, the sheet named with its count, a hidden sheet marked', async () => {
    const { code, out } = await kusei(join(CORPUS, 'poi-two-sheets-one-hidden.xlsx'));
    expect(code).toBe(0);
    expect(out).toMatch(/シート「[^」]+」\(非表示\): \d+セル/);
    expect((await kusei(join(CORPUS, 'poi-two-sheets-one-hidden.xlsx'), '--lang', 'en')).out).toMatch(
      /Sheet "[^"]+" \(hidden\)/,
    );
  });

  it('a password-protected file says how to remove the password, exit 2', async () => {
    const { code, err } = await kusei(join(CORPUS, 'calamine-pass_protected.xlsx'));
    expect(code).toBe(2);
    expect(err).toContain('パスワードを使用して暗号化');
  });

  it('a sheet that does not exist lists the sheets there are, exit 2; no file or two files is a usage error', async () => {
    const missing = await kusei(BUILTIN, '--sheet', 'なし');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('「1.簡易調査」');
    expect((await kusei()).code).toBe(2);
    expect((await kusei(BUILTIN, BUILTIN)).code).toBe(2);
    expect((await kusei('--help')).code).toBe(0);
  });
});
