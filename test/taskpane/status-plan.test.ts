import type { CaseRecord } from '../../src/core/record';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { SheetSnapshot } from '../../src/core/snapshot';
import { CORE_RULES } from '../../src/taskpane/core-engine';
import { planStatusColumns } from '../../src/taskpane/status-plan';

const SHEET: SheetSnapshot = {
  name: '此花区',
  origin: 'A1',
  values: [
    ['区名', '指標番号', '目標値', '27年度実績', '備考'],
    ['此花区', '1-1-ア', '50%以上', '20.8%', null],
    ['此花区', '2-3-ア-②', '3.5点以上', '3点', null],
    ['此花区', '2-2-ア', '80%以上', '未測定', null],
    ['福島区', '2-2-ア', '80%以上', '49.6%\n61.8%', null],
  ],
};

function record(row: number, actual: string, target: string, id = '1-1-ア'): CaseRecord {
  return {
    ward: '此花区',
    indicatorId: id,
    indicatorText: null,
    target: SHEET.values[row - 1]?.[2] ?? null,
    actual: SHEET.values[row - 1]?.[3] ?? null,
    previous: null,
    declaredMark: null,
    explanation: null,
    activityTarget: null,
    withdrawalCriterion: null,
    listedInPlan: null,
    implementation: null,
    note: null,
    source: { file: null, sheet: '此花区', row, cells: { actual, target } },
  };
}

const RECORDS = [
  record(2, 'D2', 'C2'),
  record(3, 'D3', 'C3'),
  record(4, 'D4', 'C4'),
  // Two outcomes in one cell (福島区 2-2-ア): a formula cannot point at either.
  record(5, 'D5', 'C5'),
  record(5, 'D5', 'C5'),
];

describe('planStatusColumns', () => {
  it('puts 進捗率 and 状況 beside the actual column with live formulas over each row’s own cells', () => {
    const { plan, skippedRows } = planStatusColumns(SHEET, RECORDS, [1], DEFAULT_SETTINGS, 'besideActual', CORE_RULES);

    expect(skippedRows).toBe(1);
    expect(plan?.progress.column).toBe('E');
    expect(plan?.status.column).toBe('F');
    expect(plan?.progress.header).toBe('進捗率');
    expect(plan?.status.header).toBe('状況');
    expect(plan?.progress.headerRow).toBe(1);
    expect(plan?.progress.numberFormat).toBe('0.0%');
    expect(plan?.progress.cells.map((cell) => cell.formula)).toEqual([
      '=KUSEI.PROGRESS(D2,C2)',
      '=KUSEI.PROGRESS(D3,C3)',
      '=KUSEI.PROGRESS(D4,C4)',
    ]);
    // FY2015 is year 1 of 3 of the FY2015–FY2017 policy (domain §4 R2).
    expect(plan?.status.cells.map((cell) => cell.formula)).toEqual([
      '=KUSEI.STATUS(D2,C2,1,3)',
      '=KUSEI.STATUS(D3,C3,1,3)',
      '=KUSEI.STATUS(D4,C4,1,3)',
    ]);
  });

  it('stores the results the core computes: R1 20.8% against 50% is 41.6%, 概ね順調 in year 1 of 3 (seed 000 ※3)', () => {
    const { plan } = planStatusColumns(SHEET, RECORDS, [1], DEFAULT_SETTINGS, 'besideActual', CORE_RULES);
    expect(plan?.progress.cells[0]?.cached).toBeCloseTo(0.416, 10);
    expect(plan?.status.cells[0]?.cached).toBe('概ね順調');
    // R1: 3点 against 3.5点 is 85.7%.
    expect(plan?.progress.cells[1]?.cached).toBeCloseTo(0.857, 10);
    // R7: 未測定 gets the status 未測定.
    expect(plan?.status.cells[2]?.cached).toBe('未測定');
  });

  it('puts the headers on the header row of the table the first indicator row belongs to (此花区 PDCA blocks)', () => {
    const { plan } = planStatusColumns(
      SHEET,
      RECORDS.slice(1),
      [1, 2, 9],
      DEFAULT_SETTINGS,
      'besideActual',
      CORE_RULES,
    );
    expect(plan?.progress.headerRow).toBe(2);
  });

  it('takes the plan year from the settings (year 2 of 3 in FY2016)', () => {
    const { plan } = planStatusColumns(
      SHEET,
      RECORDS,
      [1],
      { ...DEFAULT_SETTINGS, reportYear: 2016 },
      'besideActual',
      CORE_RULES,
    );
    expect(plan?.status.cells[0]?.formula).toBe('=KUSEI.STATUS(D2,C2,2,3)');
  });

  it('can put the columns right of the table instead', () => {
    const { plan } = planStatusColumns(SHEET, RECORDS, [1], DEFAULT_SETTINGS, 'afterTable', CORE_RULES);
    expect([plan?.progress.column, plan?.status.column]).toEqual(['F', 'G']);
  });

  it('plans nothing when no record has an actual cell', () => {
    const noCells = RECORDS.map((r) => ({ ...r, source: { ...r.source, cells: { target: 'C2' } } }));
    expect(planStatusColumns(SHEET, noCells, [1], DEFAULT_SETTINGS, 'besideActual', CORE_RULES).plan).toBeNull();
  });

  it('quotes a target the sheet writes inside a label (西区, seed 002: 41.2% against 48%以上)', () => {
    const nishi: CaseRecord = {
      ...record(2, 'B2', 'C2'),
      actual: '41.2%',
      target: '48%以上',
      source: { file: null, sheet: '此花区', row: 2, cells: { measure: 'A2', actual: 'B2' } },
    };
    const { plan } = planStatusColumns(SHEET, [nishi], [1], DEFAULT_SETTINGS, 'besideActual', CORE_RULES);
    expect(plan?.progress.cells[0]?.formula).toBe('=KUSEI.PROGRESS(B2,"48%以上")');
    expect(plan?.progress.cells[0]?.cached).toBeCloseTo(0.858, 10);
    expect(plan?.status.cells[0]?.formula).toBe('=KUSEI.STATUS(B2,"48%以上",1,3)');
  });

  it('quotes the value part of an activity target (大正区, seed 001: "…の割合:30%以上")', () => {
    const taisho: CaseRecord = {
      ...record(2, 'B2', 'C2'),
      actual: '46.7%',
      target: null,
      activityTarget: '身近な地域でのつながりに関して肯定的に感じている区民の割合:30%以上',
      source: { file: null, sheet: '此花区', row: 2, cells: { activityTarget: 'D1', actual: 'B2' } },
    };
    const { plan } = planStatusColumns(SHEET, [taisho], [1], DEFAULT_SETTINGS, 'besideActual', CORE_RULES);
    expect(plan?.status.cells[0]).toEqual({ row: 2, formula: '=KUSEI.STATUS(B2,"30%以上",1,3)', cached: '目標達成' });
  });
});
