import { mkdtempSync, readFileSync, rmSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/kusei';
import { expandInputs } from '../../src/cli/inputs';
import { readReportYear, parseArgs } from '../../src/cli/args';
import type { Io } from '../../src/cli/io';
import { CSV_PATH } from '../aggregate/csv-records';

/** kusei's ergonomics (issue 15 §7) and `summary --csv` (§6), run in-process with captured output. */
function capture(): Io & { out: (t: string) => void; stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

describe('kusei: help, language, inputs (issue 15 §7)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kusei-cli-'));
    mkdirSync(join(dir, 'wards'));
    copyFileSync(CSV_PATH, join(dir, 'wards', 'city.csv'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('kusei --help lists every command, in Japanese or in English', async () => {
    const io = capture();
    expect(await main(['--help'], io)).toBe(0);
    for (const name of ['check', 'summary', 'status'])
      expect(io.stdout.join('\n')).toMatch(new RegExp(`^  ${name} `, 'm'));
    const en = capture();
    await main(['--help', '--lang', 'en'], en);
    expect(en.stdout.join('\n')).toContain('usage: kusei <command>');
  });

  it('kusei summary --help and kusei help summary show its options', async () => {
    const a = capture();
    expect(await main(['summary', '--help'], a)).toBe(0);
    expect(a.stdout.join('\n')).toContain('--csv');
    const b = capture();
    expect(await main(['help', 'summary', '--lang', 'en'], b)).toBe(0);
    expect(b.stdout.join('\n')).toContain('usage: kusei summary');
  });

  it('option errors are in the run’s one language', async () => {
    const ja = capture();
    expect(await main(['summary', 'x.csv', '--nope'], ja)).toBe(2);
    expect(ja.stderr[0]).toBe('不明なオプション --nope です。');
    const en = capture();
    expect(await main(['summary', 'x.csv', '--nope', '--lang', 'en'], en)).toBe(2);
    expect(en.stderr[0]).toBe('Unknown option --nope.');
    expect(parseArgs(['--out'], { flags: [], options: ['out'] })).toEqual({
      error: '--out には値が必要です（例: --out …）。',
    });
  });

  it('a folder means its .xlsx/.csv files; a quoted glob is expanded by the CLI; no match is said', async () => {
    expect((await expandInputs([join(dir, 'wards')], 'ja')).files).toEqual([join(dir, 'wards', 'city.csv')]);
    expect((await expandInputs([join(dir, 'w*', '*.csv')], 'ja')).files).toEqual([join(dir, 'wards', 'city.csv')]);
    const none = await expandInputs([join(dir, '*.xlsx')], 'en');
    expect(none.files).toEqual([]);
    expect(none.problems[0]).toBe(`No file matches "${join(dir, '*.xlsx')}".`);
  });

  it('--report-year takes 令和8, R8, 2026 (and 平成27) and says what it understood', () => {
    for (const text of ['令和8', 'R8', '2026', '令和8年度'])
      expect(readReportYear(text, 'ja')).toMatchObject({ year: 2026 });
    expect(readReportYear('平成27', 'ja')).toEqual({
      year: 2015,
      said: '報告年度: 「平成27」を平成27年度（2015年度）として集計します。',
    });
    expect(readReportYear('R8', 'en')).toEqual({ year: 2026, said: 'Report year: "R8" read as FY2026 (令和8年度).' });
    expect(readReportYear('来年', 'ja')).toEqual({
      error: '--report-year「来年」を年度として読めません。令和8、R8、2026 のように書いてください。',
    });
  });

  it('summary over a folder in English: submission control before Table 2, then --csv writes the open data with a BOM', async () => {
    const io = capture();
    const out = join(dir, 'open');
    const code = await main(['summary', join(dir, 'wards'), '--csv', out, '--lang', 'en', '--report-year', 'H27'], io);
    expect(code).toBe(0);
    expect(io.stderr[0]).toBe('Report year: "H27" read as FY2015 (平成27年度).');
    const text = io.stdout.join('\n');
    expect(text.indexOf('■ Submissions')).toBeLessThan(text.indexOf('■ Table 2'));
    expect(text).toContain('Received: 24/24');
    const wards = readFileSync(join(out, 'wards.csv'), 'utf8');
    expect(wards.startsWith('\uFEFF年度（西暦）,年度（和暦）,団体コード,区名')).toBe(true);
    expect(wards).toContain('2015,平成27年度,271021,都島区,1-2-イ,');
  });

  it('--json carries submissions, the matrix, wards per indicator and the draft', async () => {
    const io = capture();
    await main(['summary', join(dir, 'wards', 'city.csv'), '--json'], io);
    const json = JSON.parse(io.stdout.join('\n')) as Record<string, unknown> & {
      table2: { total: unknown };
      submissions: { missing: unknown[] };
      matrix: { wards: unknown[]; indicators: unknown[] };
      draft: { indicators: { id: string; sentences: string[] }[] };
    };
    expect(json.table2.total).toEqual({ cases: 337, onTrack: 304, achieved: 77, behind: 33, notMeasured: 0 });
    expect(json.submissions.missing).toEqual([]);
    expect([json.matrix.wards.length, json.matrix.indicators.length]).toEqual([24, 17]);
    expect(json.draft.indicators.find((i) => i.id === '1-2-イ')?.sentences[0]).toContain('都島区以外の23区');
  });
});
