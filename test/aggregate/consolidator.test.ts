import { Consolidator, FY2015_CATALOGUE, type Report } from '../../src/core';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { WARD_NAMES } from '../../src/core/layouts/wards';
import { csvRecords } from './csv-records';
import { shown } from '../support/shown';

/** A validation report as the layout reader gives it, holding the given records. */
function report(records: Report['records'], errors = 0, warnings = 0): Report {
  return {
    valid: errors === 0,
    stats: { rows: records.length, records: records.length, errors, warnings },
    layout: 'standard',
    sheets: [],
    records,
    findings: [],
  };
}

describe('Consolidator: files one at a time, then the city summary (issue 6)', () => {
  const all = csvRecords();

  it('R8/R9: per-ward reports add up to the published figures, each file naming its ward (seed 000)', () => {
    const consolidator = new Consolidator(FY2015_CATALOGUE, DEFAULT_SETTINGS, WARD_NAMES);
    const wards = [...new Set(all.map((r) => r.ward))];
    for (const ward of wards) consolidator.addReport(`${ward}.xlsx`, report(all.filter((r) => r.ward === ward)));
    const { summary, files } = consolidator.finish();
    expect(summary.table2.total).toEqual({ cases: 337, onTrack: 304, achieved: 77, behind: 33, notMeasured: 0 });
    expect(summary.table1.cases).toBe(408);
    expect(files).toHaveLength(25);
    expect(files[0]).toEqual({
      file: '北区.xlsx',
      ward: '北区',
      records: 17,
      errors: 0,
      warnings: 0,
      problem: null,
      layout: null,
      years: [],
      excluded: null,
    });
  });

  it('an unreadable file is listed with its problem; a ward sent twice counts once, from the fuller file, with a warning on the other (issue 15 §3)', () => {
    const consolidator = new Consolidator(FY2015_CATALOGUE, DEFAULT_SETTINGS, WARD_NAMES);
    consolidator.addReport('all.csv', report(all, 0, 2));
    const again = all
      .filter((r) => r.ward === '西区' && r.indicatorId === '1-1-ア')
      .map((r) => ({ ...r, source: { ...r.source, file: 'again.xlsx' } }));
    consolidator.addReport('again.xlsx', report(again));
    consolidator.addUnreadable('broken.xlsx', { code: 'FILE_CORRUPT', params: { file: 'broken.xlsx' } });
    const { summary, files } = consolidator.finish();
    expect(files.map((f) => [f.file, f.errors, f.warnings, shown(f.problem)])).toEqual([
      ['all.csv', 0, 2, ''],
      ['again.xlsx', 0, 1, ''],
      [
        'broken.xlsx',
        1,
        0,
        'ファイル「broken.xlsx」を読めません(壊れているか、途中までしか保存されていません)。Excelで開いて保存し直してください。',
      ],
    ]);
    expect(summary.findings.map((f) => [f.code, f.file])).toEqual([['aggregate.duplicateWardMoreCases', 'again.xlsx']]);
    expect(shown(summary.findings[0])).toContain(
      '件数の多い「all.csv」を集計に使い、「again.xlsx」の西区の行は使いませんでした',
    );
    expect(summary.table2.total.cases).toBe(337);
  });
});
