import path from 'node:path';
import { FY2015_CATALOGUE } from '../../src/core/catalogue';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { validateWorkbook } from '../../src/core/validate';
import type { Report } from '../../src/core/validate/types';
import { CORPUS, loadWorkbook } from './helpers';
import { shown } from '../support/shown';

/**
 * The forms read end to end: the form reader places the values, the shared checks judge them. Every
 * planted mistake at its cell, no other error, and the marks the rules give — all written by hand from
 * the corpus expected.json (seeds 001 and 003) and from taisho-variation.expected.json.
 */
async function check(file: string): Promise<Report> {
  const workbook = await loadWorkbook(file);
  return validateWorkbook(workbook, {
    settings: DEFAULT_SETTINGS,
    catalogue: FY2015_CATALOGUE,
    fileName: path.basename(file),
    listRecords: true,
  });
}

/** Error findings as "Sheet!A1 code". */
function errors(report: Report): string[] {
  return report.findings.filter((f) => f.severity === 'error').map((f) => `${f.cell ?? f.sheet} ${f.code}`);
}

/** computedMark of the listed record whose actual is at `cell` ("Sheet!C13"). */
function computedAt(report: Report, cell: string): string | null | undefined {
  const [sheet, address] = cell.split('!');
  const listed = report.sheets.flatMap((s) => s.listed ?? []);
  return listed.find((record) => record.sheet === sheet && record.cells.actual === address)?.computedMark;
}

describe('大正区 取組項目 sheets, checked (corpus taisho-initiative-sheets.xlsx, seed 001)', () => {
  let report: Report;
  beforeAll(async () => {
    report = await check(path.join(CORPUS, 'taisho-initiative-sheets.xlsx'));
  });

  it('reports exactly the planted T1 (F8, last year kept), T2 (C14, R6) and T3 (E10, R5)', () => {
    expect(errors(report).sort()).toEqual(
      [
        '取組項目1!F8 target.yearBeforeSheet',
        '取組項目2!C14 mark.disagrees',
        '取組項目19!E10 explanation.missing',
      ].sort(),
    );
  });

  it('gives the marks the rules give: 目標未達成, 目標未達成 (one measure short), 目標達成', () => {
    expect(computedAt(report, '取組項目1!C13')).toBe('目標未達成');
    expect(computedAt(report, '取組項目2!C13')).toBe('目標未達成');
    expect(computedAt(report, '取組項目19!C13')).toBe('目標達成');
  });

  it('says a shared target without 以上 once, not once per measure (tolerated warning at 取組項目19!F8)', () => {
    const warnings = report.findings.filter((f) => f.severity === 'warning').map((f) => `${f.cell} ${f.code}`);
    expect(warnings).toEqual(['取組項目19!F8 target.noDirection']);
  });

  it('reads the ward from the title and no record from 記入要領', () => {
    const ward = (name: string) => report.sheets.find((s) => s.sheet === name)?.ward;
    expect(ward('取組項目1')).toBe('大正区');
    expect(report.sheets.find((s) => s.sheet === '記入要領')?.records).toEqual([]);
  });
});

describe('大正区 中間振り返り, checked (corpus taisho-midyear-review.xlsx, seed 001)', () => {
  it('reports exactly M1 (太正区 at C2) and M2 (no ○ for 目標の達成見込み at C17), the empty 自己評価 is no error', async () => {
    const report = await check(path.join(CORPUS, 'taisho-midyear-review.xlsx'));
    const found = errors(report);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^中間振り返り!C2 ward\./);
    expect(found[1]).toBe('中間振り返り!C17 choice.required');
    const m2 = report.findings.find((f) => f.code === 'choice.required');
    expect(shown(m2)).toContain('達成見込み / 達成できない見込み');
  });
});

describe('此花区 PDCA sheets, checked (corpus konohana-pdca.xlsx, seed 003)', () => {
  let report: Report;
  beforeAll(async () => {
    report = await check(path.join(CORPUS, 'konohana-pdca.xlsx'));
  });

  it('has no error: the workbook holds no mistake', () => {
    expect(errors(report)).toEqual([]);
  });

  // Seed 003 with R1/R2 (year 1 of 3, threshold 33.4%): the corpus expected.json's ruleMark of each.
  it.each([
    ['コミュニティ!C18', '目標達成'],
    ['協働!C19', '目標達成'],
    ['協働!C22', '概ね順調'],
    ['公共人材!C19', '必ずしも順調ではない'],
    ['公共人材!C22', '目標達成'],
    ['住民自治!C19', '概ね順調'],
    ['住民自治!C22', '概ね順調'],
    ['総合窓口!C18', '概ね順調'],
    ['区役所運営!C19', '目標達成'],
    ['区役所運営!C22', '概ね順調'],
    ['区役所運営!C25', '概ね順調'],
  ])('%s → %s', (cell, mark) => {
    expect(computedAt(report, cell)).toBe(mark);
  });

  it('warns once that 地域資源!B18 (成果測定の対象外) is not measured, and nothing else', () => {
    const warnings = report.findings.filter((f) => f.severity !== 'error').map((f) => `${f.cell} ${f.code}`);
    expect(warnings).toEqual(['地域資源!B18 value.notMeasured']);
  });

  it('takes the ward of every theme sheet from 表紙', () => {
    const themes = report.sheets.filter((s) => s.sheet !== '表紙');
    expect(themes.map((s) => s.ward)).toEqual(themes.map(() => '此花区'));
  });

  it('gives the catalogue ids, so each record is a case of its indicator', () => {
    const ids = report.records.map((record) => record.indicatorId);
    expect(ids).toEqual([
      '1-1-ア',
      '1-2-ア',
      '1-2-イ',
      '1-3-ア',
      '1-3-イ',
      '1-3-ウ',
      '1-4-ア',
      '1-4-イ',
      '2-1-ア-①',
      '2-1-イ-①',
      '2-2-ア',
      '2-3-ア-①',
      '2-3-ア-②',
      '2-3-イ',
    ]);
  });
});

describe('taisho-variation.xlsx, checked (our own keeping of the 大正区 form)', () => {
  let report: Report;
  beforeAll(async () => {
    report = await check(path.join(__dirname, 'taisho-variation.xlsx'));
  });

  it('reports exactly V1 (R6 at F12), V2 (R5 at H8) and V3 (no ○ for 達成状況 at D12)', () => {
    expect(errors(report).sort()).toEqual(
      ['取組4!F12 mark.disagrees', '取組21!H8 explanation.missing', '取組21!D12 choice.required'].sort(),
    );
    const v3 = report.findings.find((f) => f.code === 'choice.required');
    expect(shown(v3)).toContain('目標達成 / 目標未達成');
  });

  it('judges 取組項目5 (two measures, both met) as 目標達成 and 取組項目4 as 目標達成', () => {
    expect(computedAt(report, '取組5!D11')).toBe('目標達成');
    expect(computedAt(report, '取組4!D11')).toBe('目標達成');
  });
});
