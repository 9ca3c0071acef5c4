import type { CaseRecord } from '../../src/core/record';
import { DEFAULT_SETTINGS, type KuseiSettings } from '../../src/core/settings';
import { FY2015_CATALOGUE } from '../../src/core/catalogue/fy2015';
import type { SheetSnapshot } from '../../src/core/snapshot';
import { CORE_RULES } from '../../src/taskpane/core-engine';
import { planStatusColumns, textLiteral } from '../../src/workbook/status-plan';

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

/** The KUSEI-formula choice of 設定 (the default writes portable formulas, below). */
const KUSEI: KuseiSettings = { ...DEFAULT_SETTINGS, statusFormulas: 'kusei' };

const RECORDS = [
  record(2, 'D2', 'C2'),
  record(3, 'D3', 'C3'),
  record(4, 'D4', 'C4'),
  // Two outcomes in one cell (福島区 2-2-ア): a formula cannot point at either.
  record(5, 'D5', 'C5'),
  record(5, 'D5', 'C5'),
];

describe('planStatusColumns with KUSEI formulas (設定 → 状況列の式 → KUSEI)', () => {
  it('puts 進捗率 and 状況 beside the actual column with live formulas over each row’s own cells', () => {
    const { plan, skippedRows } = planStatusColumns(SHEET, RECORDS, [1], KUSEI, 'besideActual', CORE_RULES);

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
    const { plan } = planStatusColumns(SHEET, RECORDS, [1], KUSEI, 'besideActual', CORE_RULES);
    expect(plan?.progress.cells[0]?.cached).toBeCloseTo(0.416, 10);
    expect(plan?.status.cells[0]?.cached).toBe('概ね順調');
    // R1: 3点 against 3.5点 is 85.7%.
    expect(plan?.progress.cells[1]?.cached).toBeCloseTo(0.857, 10);
    // R7: 未測定 gets the status 未測定.
    expect(plan?.status.cells[2]?.cached).toBe('未測定');
  });

  it('puts the headers on the header row of the table the first indicator row belongs to (此花区 PDCA blocks)', () => {
    const { plan } = planStatusColumns(SHEET, RECORDS.slice(1), [1, 2, 9], KUSEI, 'besideActual', CORE_RULES);
    expect(plan?.progress.headerRow).toBe(2);
  });

  it('takes the plan year from the settings (year 2 of 3 in FY2016)', () => {
    const { plan } = planStatusColumns(SHEET, RECORDS, [1], { ...KUSEI, reportYear: 2016 }, 'besideActual', CORE_RULES);
    expect(plan?.status.cells[0]?.formula).toBe('=KUSEI.STATUS(D2,C2,2,3)');
  });

  it('can put the columns right of the table instead', () => {
    const { plan } = planStatusColumns(SHEET, RECORDS, [1], DEFAULT_SETTINGS, 'afterTable', CORE_RULES);
    expect([plan?.progress.column, plan?.status.column]).toEqual(['F', 'G']);
  });

  it('plans nothing when no record has an actual cell', () => {
    const noCells = RECORDS.map((r) => ({ ...r, source: { ...r.source, cells: { target: 'C2' } } }));
    expect(planStatusColumns(SHEET, noCells, [1], KUSEI, 'besideActual', CORE_RULES).plan).toBeNull();
  });

  it('quotes a target the sheet writes inside a label (西区, seed 002: 41.2% against 48%以上)', () => {
    const nishi: CaseRecord = {
      ...record(2, 'B2', 'C2'),
      actual: '41.2%',
      target: '48%以上',
      source: { file: null, sheet: '此花区', row: 2, cells: { measure: 'A2', actual: 'B2' } },
    };
    const { plan } = planStatusColumns(SHEET, [nishi], [1], KUSEI, 'besideActual', CORE_RULES);
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
    const { plan } = planStatusColumns(SHEET, [taisho], [1], KUSEI, 'besideActual', CORE_RULES);
    expect(plan?.status.cells[0]).toEqual({ row: 2, formula: '=KUSEI.STATUS(B2,"30%以上",1,3)', cached: '目標達成' });
  });
});

describe('planStatusColumns with portable formulas (the default, issue 14)', () => {
  it('writes formulas of Excel’s own functions only, with the target’s value in them, not KUSEI', () => {
    const { plan } = planStatusColumns(SHEET, RECORDS, [1], DEFAULT_SETTINGS, 'afterTable', CORE_RULES);
    const formulas = [...(plan?.progress.cells ?? []), ...(plan?.status.cells ?? [])].map((cell) => cell.formula);
    expect(formulas).toHaveLength(6);
    for (const formula of formulas) {
      expect(formula).not.toMatch(/KUSEI/);
      // Only Excel 2007+ functions that LibreOffice also has.
      const functions = new Set(formula.replace(/"[^"]*"/g, '').match(/[A-Z]+(?=\()/g));
      for (const name of functions) {
        expect([
          'IFERROR',
          'IF',
          'OR',
          'AND',
          'TRIM',
          'ISNUMBER',
          'ISERROR',
          'ABS',
          'VALUE',
          'ASC',
          'SUBSTITUTE',
          'FIND',
          'ROUND',
          'NA',
          'LEFT',
          'RIGHT',
          'LEN',
        ]).toContain(name);
      }
    }
    // 50%以上 is 0.5 in the formula; year 1 of 3 is 334‰ (k/n rounded up at 0.1%, R2).
    expect(plan?.status.cells[0]?.formula).toContain('>=0.5,"目標達成"');
    expect(plan?.status.cells[0]?.formula).toContain('>=334,"概ね順調"');
    // 3.5点以上 reads 点 off a text actual.
    expect(plan?.status.cells[1]?.formula).toContain('SUBSTITUTE(D3,"点","")');
  });

  it('stores what the formulas give: 20.8% of 50% is 41.6%, 概ね順調; 3点 of 3.5点 85.7%; 未測定 (seed 000 ※3, R7)', () => {
    const { plan } = planStatusColumns(SHEET, RECORDS, [1], DEFAULT_SETTINGS, 'afterTable', CORE_RULES);
    expect(plan?.progress.cells.map((cell) => cell.cached)).toEqual([0.416, 0.857, null]);
    expect(plan?.status.cells.map((cell) => cell.cached)).toEqual(['概ね順調', '概ね順調', '未測定']);
  });

  it('never goes beside the actual over a column mapped to a field', () => {
    // E (beside the 27年度実績 column D) is mapped, as 区運営方針への記載 is on the standard layout.
    const { plan } = planStatusColumns(SHEET, RECORDS, [1], DEFAULT_SETTINGS, 'besideActual', CORE_RULES, {
      mappedColumns: [0, 1, 2, 3, 4],
    });
    expect([plan?.progress.column, plan?.status.column]).toEqual(['F', 'G']);
  });

  it('writes again into the columns written before', () => {
    const written: SheetSnapshot = {
      ...SHEET,
      values: SHEET.values.map((row, index) => [...row, index === 0 ? '進捗率' : null, index === 0 ? '状況' : null]),
    };
    const { plan } = planStatusColumns(written, RECORDS, [1], DEFAULT_SETTINGS, 'afterTable', CORE_RULES);
    expect([plan?.progress.column, plan?.status.column]).toEqual(['F', 'G']);
  });

  it('gives 参考 and 全市で判定 to rows the city does not judge per ward (R8; seed 000 ※1)', () => {
    const rows = [record(2, 'D2', 'C2', '1-3-イ'), record(3, 'D3', 'C3', '1-3-ア')];
    const { plan } = planStatusColumns(SHEET, rows, [1], DEFAULT_SETTINGS, 'afterTable', CORE_RULES, {
      catalogue: FY2015_CATALOGUE,
    });
    expect(plan?.status.cells.map((cell) => [cell.formula, cell.cached])).toEqual([
      ['="参考"', '参考'],
      ['="全市で判定"', '全市で判定'],
    ]);
  });

  it('joins a KUSEI formula’s target literal from pieces when it is longer than Excel’s 255 characters', () => {
    const long = `${'あ'.repeat(300)}:48%以上`;
    expect(textLiteral(long)).toBe(`"${'あ'.repeat(250)}"&"${'あ'.repeat(50)}:48%以上"`);
    expect(textLiteral('"引用"')).toBe('"""引用"""');
  });
});
