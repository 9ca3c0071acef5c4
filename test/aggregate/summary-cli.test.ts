import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/kusei';
import { CSV_PATH } from './csv-records';

/** `kusei summary` through the dispatcher, with its output captured. */
async function kusei(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`) });
  return { code, out, err };
}

jest.setTimeout(30_000);

describe('kusei summary (issue 6)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kusei-summary-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('R8/R9: --json on the FY2015 CSV prints exactly the issue’s shape and the published figures (seed 000)', async () => {
    const { code, out } = await kusei('summary', CSV_PATH, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      table2: { indicators: Record<string, unknown>[]; total: Record<string, unknown> };
      table1: Record<string, unknown>;
      files: Record<string, unknown>[];
    };
    // Issue 6's fields first, then issue 15's: submission control, the matrix, the wards per indicator, the draft.
    expect(Object.keys(json)).toEqual([
      'table2',
      'table1',
      'files',
      'submissions',
      'matrix',
      'wardsByIndicator',
      'draft',
    ]);
    expect(Object.keys(json.table2)).toEqual(['indicators', 'total']);
    expect(Object.keys(json.table2.indicators[0] ?? {})).toEqual([
      'id',
      'counted',
      'scope',
      'cases',
      'onTrack',
      'achieved',
      'behind',
      'notMeasured',
      'referenceWards',
      'referenceCases',
    ]);
    expect(json.table2.total).toEqual({ cases: 337, onTrack: 304, achieved: 77, behind: 33, notMeasured: 0 });
    expect(
      json.table2.indicators.filter((r) => r.counted === false).map((r) => [r.id, r.referenceWards, r.referenceCases]),
    ).toEqual([
      ['1-3-イ', 4, 5],
      ['1-3-ウ', 4, 5],
    ]);
    expect(json.table1).toEqual({
      cases: 408,
      listed: 346,
      listedFull: 330,
      listedPartial: 16,
      unlisted: 62,
      unlistedDone: 59,
      unlistedNotDone: 3,
    });
    expect(json.files).toEqual([
      // The header 27年度実績 declares 平成27年度 (2015), the report year.
      { file: 'fy2015_city.csv', ward: null, records: 409, errors: 0, warnings: 0, years: [2015], excluded: null },
    ]);
  });

  it('prints Tables 2 and 1 as the publication lays them out, by default', async () => {
    const { code, out } = await kusei('summary', CSV_PATH);
    expect(code).toBe(0);
    expect(out).toContain('表２　成果目標値達成に向けた進捗状況');
    // Submission control comes before the tables (issue 15 §3).
    expect(out.indexOf('■ 提出状況')).toBeLessThan(out.indexOf('表２'));
    expect(out).toContain('提出あり: 24/24');
    expect(out).toMatch(/計（15項目）\s+337\s+304\s+77\s+33\s+0/);
    expect(out).toMatch(/1-3-イ\s+\(5\)\s+\(4区\)/);
    expect(out).toMatch(/記載あり\s+346\s+全て実施\s+330\s+一部実施\s+16/);
    expect(out).toMatch(/記載なし\s+62\s+実施\s+59\s+未実施\s+3/);
    expect(out).toMatch(/計\s+408/);
  });

  it('a file that cannot be read is reported, the rest still summarised, exit 1', async () => {
    const broken = join(dir, '北区.xlsx');
    writeFileSync(broken, 'not a workbook');
    const { code, out, err } = await kusei('summary', CSV_PATH, broken, join(dir, 'missing.xlsx'), '--json');
    expect(code).toBe(1);
    const json = JSON.parse(out) as {
      table2: { total: { cases: number } };
      files: { file: string; records: number; errors: number }[];
    };
    expect(json.table2.total.cases).toBe(337);
    expect(json.files.map((f) => [f.file, f.records, f.errors])).toEqual([
      ['fy2015_city.csv', 409, 0],
      ['北区.xlsx', 0, 1],
      ['missing.xlsx', 0, 1],
    ]);
    expect(err).toContain('北区.xlsx');
    expect(err).toContain('missing.xlsx');
  });

  it('writes --out and --report; refuses to replace an existing file without --force, then replaces it with it', async () => {
    const xlsx = join(dir, 'city.xlsx');
    const html = join(dir, 'city.html');
    writeFileSync(html, 'mine');
    const refused = await kusei('summary', CSV_PATH, '--out', xlsx, '--report', html);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('--force');
    expect(readFileSync(html, 'utf8')).toBe('mine');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['集計', '区別状況', '文案', '全区一覧']);

    const forced = await kusei('summary', CSV_PATH, '--report', html, '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('<svg');
  });

  it('never writes an output over one of its inputs, even with --force, nor with the wrong extension', async () => {
    const input = join(dir, '北区.xlsx');
    writeFileSync(input, 'the ward’s workbook');
    const overInput = await kusei('summary', input, '--out', input, '--force');
    expect(overInput.code).toBe(2);
    expect(overInput.err).toContain('入力ファイル');
    expect(readFileSync(input, 'utf8')).toBe('the ward’s workbook');
    const wrongKind = await kusei('summary', CSV_PATH, '--out', join(dir, 'summary.html'));
    expect(wrongKind.code).toBe(2);
    expect(wrongKind.err).toContain('.xlsx');
  });

  it('a usage error exits 2 with the usage line, in the run’s language', async () => {
    const { code, err } = await kusei('summary', '--out');
    expect(code).toBe(2);
    expect(err).toContain('使い方: kusei summary');
  });

  it('consolidation errors (a ward missing) make the exit code 1 and are listed', async () => {
    const partial = join(dir, 'partial.csv');
    const lines = readFileSync(CSV_PATH, 'utf8').split('\n');
    writeFileSync(partial, lines.filter((line) => !line.startsWith('北区,')).join('\n'));
    const { code, out } = await kusei('summary', partial);
    expect(code).toBe(1);
    expect(out).toContain('北区のシートがありません');
  });
});
