import { join } from 'node:path';
import { FY2015_CATALOGUE } from '../../src/core/catalogue';
import {
  BASELINE_BAND_PROFILE,
  countGrades,
  gradeWords,
  wardPlanCases,
  WARD_SINGLE_YEAR_PROFILE,
} from '../../src/core/plan';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { validateWorkbook } from '../../src/core/validate';
import { isFileReadError } from '../../src/files/errors';
import { readXlsxFile } from '../../src/files/read-xlsx-file';
import { shown } from '../support/shown';

/**
 * A single-year ward plan consolidated (issue 16): three wards' 令和6年度 運営方針 in the 西区 form of
 * seed 002 (scripts/make-plan-fixtures.ts). Expected marks, by hand from the figures each file holds:
 *
 * | 経営課題 | row | 西区 (seed 002)      | 港区              | 大正区            |
 * | 1-(1)   | 16  | 41.2% < 48% → B      | 49.5% → A         | 48.0% = 48% → A   |
 * | 1-(2)   | 24  | 63.3%, 90.7% → A     | 52.0% < 57% → B   | 57.0%, 80.0% → A  |
 * | 2-(1)   | 32  | 93.8% ≥ 85% → A      | 80.1% < 85% → B   | 85.0% → A         |
 * | 2-(1)   | 33  | 100% ≥ 80% → A       | A                 | A                 |
 * | 3-(1)   | 41  | 53.9% < 60% → B      | 61.4% → A         | 59.9% < 60% → B   |
 * | 3-(1)   | 42  | 83.3% ≥ 80% → A      | 78.2% < 80% → B   | 80.0% → A         |
 */
const DIR = join(__dirname, '..', 'fixtures', 'plan');
const WARDS = ['西区', '港区', '大正区'];

async function casesOf(ward: string) {
  const file = join(DIR, `${ward}-R6運営方針.xlsx`);
  const workbook = await readXlsxFile(file);
  if (isFileReadError(workbook)) throw new Error(shown(workbook));
  const report = validateWorkbook(workbook, {
    settings: { ...DEFAULT_SETTINGS, reportYear: 2024 },
    catalogue: FY2015_CATALOGUE,
    listRecords: true,
  });
  expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  return wardPlanCases(workbook, report);
}

describe('A/B per 経営課題 and per ward of a single-year ward plan (seed 002)', () => {
  it('reads each ward’s six judged rows under their 経営課題, all graded', async () => {
    const nishi = await casesOf('西区');
    expect(nishi.ungraded).toEqual([]);
    expect(nishi.cases.map((c) => [c.ward, c.row, c.group, c.grade])).toEqual([
      ['西区', 16, '経営課題1-(1)', 'B'],
      ['西区', 24, '経営課題1-(2)', 'A'],
      ['西区', 32, '経営課題2-(1)', 'A'],
      ['西区', 33, '経営課題2-(1)', 'A'],
      ['西区', 41, '経営課題3-(1)', 'B'],
      ['西区', 42, '経営課題3-(1)', 'A'],
    ]);
  });

  it('counts 1-(1) A2 B1, 1-(2) A2 B1, 2-(1) A5 B1, 3-(1) A3 B3; 西区 A4 B2, 港区 A3 B3, 大正区 A5 B1', async () => {
    const all = (await Promise.all(WARDS.map(casesOf))).flatMap((w) => w.cases);
    const counts = countGrades(all, gradeWords(WARD_SINGLE_YEAR_PROFILE));
    const row = (c: { key: string; counts: ReadonlyMap<string, number> }) => [
      c.key,
      c.counts.get('A'),
      c.counts.get('B'),
    ];
    expect(counts.byGroup.map(row)).toEqual([
      ['経営課題1-(1)', 2, 1],
      ['経営課題1-(2)', 2, 1],
      ['経営課題2-(1)', 5, 1],
      ['経営課題3-(1)', 3, 3],
    ]);
    expect(counts.byWard.map(row)).toEqual([
      ['西区', 4, 2],
      ['港区', 3, 3],
      ['大正区', 5, 1],
    ]);
    expect([counts.total.counts.get('A'), counts.total.counts.get('B'), counts.total.total]).toEqual([12, 6, 18]);
  });
});

describe('grade words in the order counts are shown', () => {
  it('A, B for the single-year plan; S, A, B, C for the baseline bands (domain §9)', () => {
    expect(gradeWords(WARD_SINGLE_YEAR_PROFILE)).toEqual(['A', 'B']);
    expect(gradeWords(BASELINE_BAND_PROFILE)).toEqual(['S', 'A', 'B', 'C']);
  });
});
