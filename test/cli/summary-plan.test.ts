import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from '../../src/cli/io';
import { main } from '../../src/cli/kusei';

/**
 * `kusei summary --plan FILE` and years side by side through the CLI (issue 16). Expected figures by
 * hand: FY2015 is the published 表2 (seed 000: 337 / 304 / 77 / 33); FY2016 and FY2017 are the sums of
 * the hand-written class counts of scripts/make-trend-examples.ts (as test/plan/trend.test.ts adds
 * them up); the ward plan's A/B are the marks written by hand in test/plan/ward-plan.test.ts (seed 002).
 */
function bufferIo(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (text) => stdout.push(text), err: (text) => stderr.push(text) };
}

const ROOT = join(__dirname, '..', '..');
const EXAMPLES = join(ROOT, 'examples');
const PLAN_FIXTURES = join(ROOT, 'test', 'fixtures', 'plan');
const xlsxIn = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => join(dir, f));
const dir = mkdtempSync(join(tmpdir(), 'kusei-summary-plan-'));

jest.setTimeout(120_000);

describe('kusei summary over three fiscal years of the FY2015–FY2017 policy', () => {
  const files = [
    ...xlsxIn(join(EXAMPLES, 'wards')),
    ...xlsxIn(join(EXAMPLES, 'years', 'fy2016')),
    ...xlsxIn(join(EXAMPLES, 'years', 'fy2017')),
  ];
  let json: {
    table2: { total: unknown };
    trend: {
      fiscalYears: number[];
      totals: unknown[];
      wards: { ward: string; indicatorId: string }[];
      byWard: { ward: string; years: Record<'judged' | 'onTrack' | 'achieved' | 'behind', number>[] }[];
    };
    matrix: { cells: ({ status: string | null; rule: string | null; profile: string } | null)[][] };
  };
  let exit: number;
  const html = join(dir, 'trend.html');
  const xlsx = join(dir, 'trend.xlsx');

  beforeAll(async () => {
    const io = bufferIo();
    exit = await main(['summary', '--json', '--report', html, '--out', xlsx, ...files], io);
    json = JSON.parse(io.stdout.join('\n')) as typeof json;
  });

  it('groups the files by the year each declares and consolidates each year without error', () => {
    expect(exit).toBe(0);
    expect(json.trend.fiscalYears).toEqual([2015, 2016, 2017]);
  });

  it('gives the trend of the totals: FY2015 published, FY2016 290/100/47, FY2017 162/162/175', () => {
    expect(json.trend.totals).toEqual([
      { fiscalYear: 2015, cases: 337, onTrack: 304, achieved: 77, behind: 33, notMeasured: 0 },
      { fiscalYear: 2016, cases: 337, onTrack: 290, achieved: 100, behind: 47, notMeasured: 0 },
      { fiscalYear: 2017, cases: 337, onTrack: 162, achieved: 162, behind: 175, notMeasured: 0 },
    ]);
  });

  it('gives per ward the cases on track year by year, adding up to the totals (the city’s 1-3-ア apart)', () => {
    const byWard = json.trend.byWard;
    expect(byWard).toHaveLength(25);
    const sum = (year: number, key: 'judged' | 'onTrack' | 'achieved' | 'behind'): number =>
      byWard.reduce((total, w) => total + (w.years[year]?.[key] ?? 0), 0);
    // FY2015: 337 cases = 14 × 24 + 1; 304 on track, 77 achieved, 33 behind (seed 000 表2).
    expect([sum(0, 'judged'), sum(0, 'onTrack'), sum(0, 'achieved'), sum(0, 'behind')]).toEqual([337, 304, 77, 33]);
    expect([sum(2, 'judged'), sum(2, 'onTrack'), sum(2, 'achieved'), sum(2, 'behind')]).toEqual([337, 162, 162, 175]);
  });

  it('reports the report year (FY2015 by default) as Table 2, unchanged', () => {
    expect(json.table2.total).toEqual({ cases: 337, onTrack: 304, achieved: 77, behind: 33, notMeasured: 0 });
  });

  it('has one trend per ward × indicator: 14 per-ward indicators and 2 reference ones × 24 wards, plus the city', () => {
    // 16 × 24 ward rows (1-3-ア's ward rows are out of scope but listed) + the city's 1-3-ア.
    expect(json.trend.wards.length).toBe(17 * 24 + 1);
  });

  it('records with each status the rule and the profile that decided it', () => {
    const judged = json.matrix.cells.flat().filter((s) => s !== null && s.status !== null);
    expect(judged.length).toBeGreaterThan(0);
    for (const s of judged) expect(s?.profile).toBe('kusei-2015');
    const rules = new Set(judged.map((s) => `${s?.status}:${s?.rule}`));
    expect([...rules].sort()).toEqual(
      ['目標達成:targetMet', '概ね順調:progressReachesExpected', '必ずしも順調ではない:progressBelowExpected'].sort(),
    );
  });

  it('draws a sparkline per indicator in the HTML report', () => {
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('年度別の推移（平成27年度 / 平成28年度 / 平成29年度）');
    // 17 indicators and the total, each with its line.
    expect(page.match(/<polyline /g)?.length).toBe(18);
  });

  it('adds a 推移 sheet to the summary workbook', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const sheet = workbook.getWorksheet('推移');
    expect(sheet).toBeDefined();
    const total = sheet?.getRow(20).values as unknown[];
    // 合計, then 件数 / 順調 / 達成 / 遅れ for each year.
    expect(total.slice(1)).toEqual(['合計', 337, 304, 77, 33, 337, 290, 100, 47, 337, 162, 162, 175]);
  });
});

describe('kusei summary --plan', () => {
  it('consolidates the city plan read from a 計画定義 workbook into the published Table 2', async () => {
    const planFile = join(dir, 'policy.xlsx');
    expect(await main(['plan', '--template', planFile, '--from', 'fy2015-2017'], bufferIo())).toBe(0);
    const io = bufferIo();
    const exit = await main(['summary', '--json', '--plan', planFile, ...xlsxIn(join(EXAMPLES, 'wards'))], io);
    expect(exit).toBe(0);
    const json = JSON.parse(io.stdout.join('\n')) as { table2: { total: unknown } };
    expect(json.table2.total).toEqual({ cases: 337, onTrack: 304, achieved: 77, behind: 33, notMeasured: 0 });
  });

  it('refuses a plan with errors: its findings, exit 2, nothing consolidated', async () => {
    const planFile = join(dir, 'reversed.json');
    writeFileSync(
      planFile,
      JSON.stringify({
        id: 'bad',
        name: '逆順',
        firstYear: '令和8年度',
        lastYear: '令和6年度',
        profile: 'kusei-2015',
        wards: '全区',
        indicators: [{ id: '1-1-ア', name: 'つながり', target: '50%以上', unit: '%', scope: '区ごと' }],
      }),
    );
    const io = bufferIo();
    expect(await main(['summary', '--plan', planFile, ...xlsxIn(join(EXAMPLES, 'wards'))], io)).toBe(2);
    expect(io.stdout).toEqual([]);
    expect(io.stderr.join('\n')).toContain('集計しません');
  });

  it('consolidates a single-year ward plan into A/B per 経営課題 and per ward (seed 002)', async () => {
    const io = bufferIo();
    const exit = await main(
      [
        'summary',
        '--json',
        '--plan',
        join(PLAN_FIXTURES, 'ward-plan-r6.json'),
        ...['西区', '港区', '大正区'].map((w) => join(PLAN_FIXTURES, `${w}-R6運営方針.xlsx`)),
      ],
      io,
    );
    expect(exit).toBe(0);
    const json = JSON.parse(io.stdout.join('\n')) as {
      wardPlan: {
        byGroup: { key: string; counts: Record<string, number> }[];
        byWard: { key: string; counts: Record<string, number> }[];
        total: { counts: Record<string, number>; total: number };
      };
      statuses: { profile: string; rule: string; grade: string }[];
    };
    expect(json.wardPlan.byGroup.map((g) => [g.key, g.counts.A, g.counts.B])).toEqual([
      ['経営課題1-(1)', 2, 1],
      ['経営課題1-(2)', 2, 1],
      ['経営課題2-(1)', 5, 1],
      ['経営課題3-(1)', 3, 3],
    ]);
    expect(json.wardPlan.byWard.map((g) => [g.key, g.counts.A, g.counts.B])).toEqual([
      ['西区', 4, 2],
      ['港区', 3, 3],
      ['大正区', 5, 1],
    ]);
    expect(json.wardPlan.total).toEqual({ key: '', counts: { A: 12, B: 6 }, total: 18 });
    for (const s of json.statuses) {
      expect(s.profile).toBe('ward-single-year');
      expect(s.rule).toBe(s.grade === 'A' ? 'targetMet' : 'targetNotMet');
    }
  });

  it('writes the ward plan’s counts, in the plan’s ward order, to the HTML report and the workbook', async () => {
    const html = join(dir, 'ward-plan.html');
    const xlsx = join(dir, 'ward-plan.xlsx');
    const io = bufferIo();
    const exit = await main(
      [
        'summary',
        '--plan',
        join(PLAN_FIXTURES, 'ward-plan-r6.json'),
        '--report',
        html,
        '--out',
        xlsx,
        // Files in another order than the plan's 西区、港区、大正区.
        ...['大正区', '西区', '港区'].map((w) => join(PLAN_FIXTURES, `${w}-R6運営方針.xlsx`)),
      ],
      io,
    );
    expect(exit).toBe(0);
    expect(io.stdout.join('\n')).toContain('  西区: A 4、B 2（6）\n  港区: A 3、B 3（6）\n  大正区: A 5、B 1（6）');
    const page = readFileSync(html, 'utf8');
    expect(page).toContain(
      '<tr><td>経営課題3-(1)</td><td class="n">3</td><td class="n">3</td><td class="n">6</td></tr>',
    );
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const sheet = workbook.getWorksheet('評価集計');
    const rows = (sheet?.getSheetValues() ?? []).map((r) => (Array.isArray(r) ? r.slice(1) : r));
    expect(rows).toContainEqual(['大正区', 5, 1, 6]);
    expect(rows).toContainEqual(['合計', 12, 6, 18]);
  });

  it('refuses a file of another plan among the city files with a clear finding', async () => {
    const io = bufferIo();
    await main(
      ['summary', '--json', ...xlsxIn(join(EXAMPLES, 'wards')), join(PLAN_FIXTURES, '港区-R6運営方針.xlsx')],
      io,
    );
    const json = JSON.parse(io.stdout.join('\n')) as {
      submissions: { otherYear: { file: string; kind: string }[] };
      table2: { total: unknown };
    };
    expect(json.submissions.otherYear).toEqual([
      expect.objectContaining({ file: '港区-R6運営方針.xlsx', kind: 'otherPlan' }),
    ]);
    expect(json.table2.total).toEqual({ cases: 337, onTrack: 304, achieved: 77, behind: 33, notMeasured: 0 });
  });
});
