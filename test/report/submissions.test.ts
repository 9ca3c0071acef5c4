import { Consolidator, FY2015_CATALOGUE } from '../../src/core';
import { declaredYears } from '../../src/core/aggregate/declared-year';
import { WARD_NAMES } from '../../src/core/layouts/wards';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { csvRecords } from '../aggregate/csv-records';
import { reportOf } from './helpers';
import { shown } from '../support/shown';

/**
 * Submission control (issue 15 §3; domain §9 "which wards have sent in, which twice, which file is of
 * another year or plan"): decided before counting, named in the outputs before the tables.
 */
const all = csvRecords();
const ward = (name: string, file = `${name}.xlsx`) =>
  all.filter((r) => r.ward === name).map((r) => ({ ...r, source: { ...r.source, file } }));
const titled = (title: string, sheet = 'Sheet1'): WorkbookSnapshot => ({
  fileName: 'x.xlsx',
  sheets: [{ name: sheet, origin: 'A1', values: [[title], ['作成: 区政推進担当']] }],
});

function consolidator(): Consolidator {
  return new Consolidator(FY2015_CATALOGUE, DEFAULT_SETTINGS, WARD_NAMES);
}

describe('submission control (issue 15 §3)', () => {
  it('lists the 24 expected wards, those received and a missing one (都島区)', () => {
    const c = consolidator();
    for (const name of WARD_NAMES.filter((w) => w !== '都島区')) c.addReport(`${name}.xlsx`, reportOf(ward(name)));
    const { submissions, summary } = c.finish();
    expect(submissions.expected).toHaveLength(24);
    expect(submissions.received).toHaveLength(23);
    expect(submissions.missing).toEqual(['都島区']);
    expect(summary.findings.map((f) => f.code)).toContain('aggregate.missingWard');
  });

  it('a ward sent twice is counted once: the file with more cases wins, and the reason is given', () => {
    const c = consolidator();
    for (const name of [...WARD_NAMES, '全市']) c.addReport(`${name}.xlsx`, reportOf(ward(name)));
    c.addReport('西区（修正前）.xlsx', reportOf(ward('西区', '西区（修正前）.xlsx').slice(0, 10)));
    const { submissions, summary } = c.finish();
    expect(submissions.duplicates).toEqual([
      { ward: '西区', used: '西区.xlsx', ignored: ['西区（修正前）.xlsx'], reason: 'moreCases' },
    ]);
    // R8 (seed 000): still exactly the published figures, the second file's rows not mixed in.
    expect(summary.table2.total).toEqual({ cases: 337, onTrack: 304, achieved: 77, behind: 33, notMeasured: 0 });
  });

  it('with as many cases, fewer errors wins; with nothing between them, the file given first', () => {
    const c = consolidator();
    c.addReport('北区A.xlsx', reportOf(ward('北区', '北区A.xlsx'), 2));
    c.addReport('北区B.xlsx', reportOf(ward('北区', '北区B.xlsx'), 0));
    c.addReport('港区A.xlsx', reportOf(ward('港区', '港区A.xlsx')));
    c.addReport('港区B.xlsx', reportOf(ward('港区', '港区B.xlsx')));
    const { submissions, summary } = c.finish();
    expect(submissions.duplicates.map((d) => [d.ward, d.used, d.reason])).toEqual([
      ['北区', '北区B.xlsx', 'fewerErrors'],
      ['港区', '港区A.xlsx', 'firstGiven'],
    ]);
    const message = shown(summary.findings.find((f) => f.code === 'aggregate.duplicateWardFirstGiven'));
    expect(message).toBe(
      '港区のファイルが複数あります: 港区A.xlsx（17件、エラー0）、港区B.xlsx（17件、エラー0）。件数もエラーも同じなので先に指定された「港区A.xlsx」を集計に使い、「港区B.xlsx」の港区の行は使いませんでした。不要なファイルを外してください。',
    );
  });

  it('a file of another year (title 平成28年度) is left out with a finding naming the year found', () => {
    const c = consolidator();
    for (const name of [...WARD_NAMES, '全市']) c.addReport(`${name}.xlsx`, reportOf(ward(name)));
    const snapshot = titled('平成28年度 区政運営基本方針 成果指標の実績（都島区）', '都島区');
    c.addReport('都島区_H28.xlsx', reportOf(ward('都島区', '都島区_H28.xlsx')), snapshot);
    const { submissions, summary, files } = c.finish();
    expect(submissions.otherYear.map((o) => [o.file, o.kind])).toEqual([['都島区_H28.xlsx', 'otherYear']]);
    expect(submissions.duplicates).toEqual([]);
    expect(files.find((f) => f.file === '都島区_H28.xlsx')?.excluded).toBe('otherYear');
    expect(summary.table2.total.cases).toBe(337);
    const finding = summary.findings.find((f) => f.code === 'aggregate.otherYearFile');
    expect(shown(finding)).toContain('「都島区_H28.xlsx」は平成28年度のファイルです');
    expect(shown(finding)).toContain('この集計は平成27年度なので、このファイルは集計に入れていません');
  });

  it('a 令和6年度 plan (seed 002) is a file of another plan, outside 平成27年度〜平成29年度', () => {
    const c = consolidator();
    c.addReport(
      'nishi-r6.xlsx',
      reportOf(ward('西区', 'nishi-r6.xlsx')),
      titled('令和6年度　西区運営方針', 'R6運営方針'),
    );
    const { submissions, summary } = c.finish();
    expect(submissions.otherYear[0]?.kind).toBe('otherPlan');
    expect(shown(summary.findings.find((f) => f.code === 'aggregate.otherPlanFile'))).toContain(
      '令和6年度のファイルで',
    );
    expect(submissions.missing).toContain('西区');
  });
});

describe('declared years: titles, sheet names and the actual’s header, never a target year', () => {
  const years = (snapshot: WorkbookSnapshot) =>
    declaredYears(snapshot, reportOf([]), 2015).map((d) => [d.year, d.text]);

  it('reads 平成28年度 in a title and R6 in a sheet name (domain §2: 平成 N = 1988 + N, 令和 N = 2018 + N)', () => {
    expect(years(titled('平成28年度 区政運営基本方針'))).toEqual([[2016, '平成28年度']]);
    expect(years(titled('運営方針', 'R6運営方針'))).toEqual([[2024, 'R6']]);
  });

  it('skips a target year (H29年度までに, 平成27年度中に) and a plan span (平成27年度〜平成29年度)', () => {
    expect(years(titled('目標: H29年度までに50%以上'))).toEqual([]);
    expect(years(titled('平成27年度中に仕組みを立ち上げる'))).toEqual([]);
    expect(years(titled('区政運営基本方針（平成27年度〜平成29年度）'))).toEqual([]);
  });

  it('reads a bare 28年度実績 in a header row as 平成28年度, but not 29年度 of a target header', () => {
    const snapshot: WorkbookSnapshot = {
      sheets: [
        {
          name: 'S',
          origin: 'A1',
          values: [
            ['区名', '指標番号', '目標値(29年度)', '28年度実績'],
            ['北区', '1-1-ア', '50%以上', '51%'],
          ],
        },
      ],
    };
    const report = {
      ...reportOf([]),
      sheets: [
        {
          sheet: 'S',
          layout: null,
          layoutName: null,
          confidence: 1,
          mapping: null,
          tables: [{ layout: 'standard', headerTop: 1, headerRow: 1, columns: [], confidence: 1, rows: 1 }],
          ward: null,
          rows: 1,
          records: [],
          findings: [],
        },
      ],
    } as unknown as ReturnType<typeof reportOf>;
    expect(declaredYears(snapshot, report, 2015).map((d) => [d.year, d.where])).toEqual([[2016, 'S!D1']]);
  });
});
