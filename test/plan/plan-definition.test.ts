import type { CellValue } from '../../src/core/cell';
import {
  FY2015_PLAN,
  catalogueOfPlan,
  countGrades,
  readPlanJson,
  readPlanSheet,
  wardSingleYearPlan,
  planTemplateRows,
  yearOfPlan,
} from '../../src/core/plan';
import { FY2015_CATALOGUE } from '../../src/core/catalogue/fy2015';
import type { SheetSnapshot } from '../../src/core/snapshot';
import { shown } from '../support/shown';

const HEADER = ['指標番号', '指標名', '目標値', '単位', '集計区分', '経営課題'];

function sheet(rows: CellValue[][]): SheetSnapshot {
  return { name: '計画定義', origin: 'A1', values: rows };
}

/** 西区's 令和6年度 運営方針 written as a coordinator would (figures from seed 002). */
const NISHI_R6: CellValue[][] = [
  ['計画定義', null],
  ['計画ID', 'nishi-r6'],
  ['計画名', '西区運営方針（令和6年度）'],
  ['初年度', '令和6年度'],
  ['最終年度', 'R6年度'],
  ['判定ルール', '単年度'],
  ['対象区', '西区'],
  [null, null],
  HEADER,
  [
    '1-(1)-1',
    '地域の特性や課題に応じた活動が進められていると感じている区民の割合',
    '48%以上',
    '%',
    '区ごと',
    '経営課題1-(1)',
  ],
  ['1-(1)-2', '地域活動協議会を知っている区民の割合', '40%以上', '%', '区ごと', '経営課題1-(1)'],
  ['1-(1)-3', '連携・協働が図られた団体・件数', '3団体以上', '団体', '区ごと', '経営課題1-(1)'],
  ['3-(1)-4', 'コンビニでの証明書発行割合', '40%以上', '%', '', '経営課題3-(1)'],
];

describe('a plan written in Excel (計画定義 sheet, issue 16)', () => {
  it('reads 西区 R6: period, profile, ward, indicators with their 経営課題', () => {
    const { plan, findings } = readPlanSheet(sheet(NISHI_R6));
    expect(findings).toEqual([]);
    expect(plan).not.toBeNull();
    expect(plan?.id).toBe('nishi-r6');
    expect([plan?.firstYear, plan?.lastYear]).toEqual([2024, 2024]);
    expect(plan?.profile.id).toBe('ward-single-year');
    expect(plan?.wards).toEqual(['西区']);
    expect(plan?.indicators.map((i) => [i.id, i.target, i.scope, i.group])).toEqual([
      ['1-(1)-1', '48%以上', 'ward', '経営課題1-(1)'],
      ['1-(1)-2', '40%以上', 'ward', '経営課題1-(1)'],
      ['1-(1)-3', '3団体以上', 'ward', '経営課題1-(1)'],
      ['3-(1)-4', '40%以上', 'ward', '経営課題3-(1)'],
    ]);
  });

  it('全区 means the 24 wards; 全市で1件 and 参考 are the R8 scopes', () => {
    const rows: CellValue[][] = [
      ['計画ID', 'policy-r6'],
      ['計画名', '区政運営基本方針（令和6〜8年度）'],
      ['初年度', 2024],
      ['最終年度', '令和8年度'],
      ['判定ルール', 'osaka-fixed'],
      ['対象区', '全区'],
      HEADER,
      ['1-1-ア', 'つながりづくり', 'R8年度までに50%以上', '%', '区ごと', null],
      ['1-3-ア', '仕組みづくり', '令和6年度中に仕組みを立ち上げる', '仕組み', '全市で1件', null],
      ['1-3-イ', 'CB/SB', '1件以上', '件', '参考', null],
    ];
    const { plan, findings } = readPlanSheet(sheet(rows));
    expect(findings).toEqual([]);
    expect(plan?.wards).toHaveLength(24);
    expect(plan && yearOfPlan(plan, 2025)).toBe(2);
    expect(plan && yearOfPlan(plan, 2027)).toBeNull();
    expect(plan?.indicators.map((i) => i.scope)).toEqual(['ward', 'cityOnce', 'reference']);
  });

  it('mistakes are findings at their cells, saying what to write, and no plan is returned', () => {
    const rows: CellValue[][] = [
      ['計画ID', 'broken'],
      ['計画名', '誤りのある計画'],
      ['初年度', '令和8年度'],
      ['最終年度', '令和6年度'],
      ['判定ルール', '気分'],
      ['対象区', '西区、太正区'],
      HEADER,
      ['1', '指標1', 'たくさん', '%', '区ごと', null],
      ['2', '指標2', '50%以上', '%', 'ブロック', null],
      ['2', '指標3', '50%以上', '%', '区ごと', null],
    ];
    const { plan, findings } = readPlanSheet(sheet(rows));
    expect(plan).toBeNull();
    expect(findings.map((f) => [f.code, f.cell, f.severity])).toEqual([
      ['plan.periodReversed', '計画定義!B4', 'error'],
      ['plan.profileUnknown', '計画定義!B5', 'error'],
      ['plan.wardUnknown', '計画定義!B6', 'error'],
      ['plan.targetUnreadable', '計画定義!C8', 'error'],
      ['plan.scopeUnknown', '計画定義!E9', 'error'],
      ['plan.duplicateIndicator', '計画定義!A10', 'error'],
    ]);
    const byCode = new Map(findings.map((f) => [f.code, f]));
    expect(shown(byCode.get('plan.periodReversed'))).toContain(
      '最終年度(令和6年度（2024）)が初年度(令和8年度（2026）)より前です',
    );
    expect(shown(byCode.get('plan.wardUnknown'))).toContain('「太正区」は大阪市の区名ではありません');
    expect(shown(byCode.get('plan.scopeUnknown'))).toContain('「区ごと」「全市で1件」「参考」');
    expect(shown(byCode.get('plan.profileUnknown'), 'en')).toContain('kusei-2015');
  });

  it('a sheet without the block or the header says which label to add', () => {
    const { plan, findings } = readPlanSheet(sheet([['なにか', 'ちがう']]));
    expect(plan).toBeNull();
    expect(findings.map((f) => f.code)).toEqual([
      'plan.fieldMissing',
      'plan.fieldMissing',
      'plan.fieldMissing',
      'plan.fieldMissing',
      'plan.fieldMissing',
      'plan.fieldMissing',
      'plan.headerMissing',
    ]);
    expect(shown(findings[0])).toBe(
      '計画定義に「計画ID」がありません。A列に「計画ID」、B列にその値を書いてください(例: nishi-r6)。',
    );
  });
});

describe('a plan brought as JSON reads like the sheet', () => {
  it('the same 西区 plan in JSON gives the same plan', () => {
    const json = {
      id: 'nishi-r6',
      name: '西区運営方針（令和6年度）',
      firstYear: '令和6年度',
      lastYear: 2024,
      profile: 'ward-single-year',
      wards: ['西区'],
      indicators: [
        { id: '1-(1)-1', name: '地域の特性…', target: '48%以上', unit: '%', scope: '区ごと', group: '経営課題1-(1)' },
        { 指標番号: '1-(1)-2', 指標名: '地域活動協議会…', 目標値: '40%以上', 単位: '%', 経営課題: '経営課題1-(1)' },
      ],
    };
    const { plan, findings } = readPlanJson(json, 'nishi-r6.json');
    expect(findings).toEqual([]);
    expect(plan?.indicators.map((i) => [i.id, i.target, i.group])).toEqual([
      ['1-(1)-1', '48%以上', '経営課題1-(1)'],
      ['1-(1)-2', '40%以上', '経営課題1-(1)'],
    ]);
  });

  it('a profile written by its name, as kusei plan shows it, is that profile (the name from the message table)', () => {
    const json = {
      id: 'nishi-r6',
      name: '西区運営方針（令和6年度）',
      firstYear: 2024,
      lastYear: 2024,
      profile: '区運営方針（単年度）: 目標達成 A ／ 未達成 B',
      wards: ['西区'],
      indicators: [{ id: '1-(1)-1', name: '地域の特性…', target: '48%以上', unit: '%', scope: '区ごと' }],
    };
    const { plan, findings } = readPlanJson(json, 'nishi-r6.json');
    expect(findings).toEqual([]);
    expect(plan?.profile.id).toBe('ward-single-year');
  });

  it('a JSON mistake is a finding without a cell address', () => {
    const { plan, findings } = readPlanJson(
      { id: 'x', name: 'x', firstYear: 2026, lastYear: 2024, profile: '標準', wards: '全区', indicators: [] },
      'p.json',
    );
    expect(plan).toBeNull();
    expect(findings.map((f) => [f.code, f.cell, f.sheet])).toEqual([
      ['plan.periodReversed', null, 'p.json'],
      ['plan.noIndicators', null, 'p.json'],
    ]);
  });
});

describe('shipped plans', () => {
  it('the FY2015–FY2017 policy: 17 indicators, 1-3-ア once city-wide, 1-3-イ/ウ for reference, 24 wards (domain §6)', () => {
    expect(FY2015_PLAN.indicators).toHaveLength(17);
    expect([FY2015_PLAN.firstYear, FY2015_PLAN.lastYear, FY2015_PLAN.profile.id]).toEqual([2015, 2017, 'kusei-2015']);
    const scope = (id: string) => FY2015_PLAN.indicators.find((i) => i.id === id)?.scope;
    expect([scope('1-1-ア'), scope('1-3-ア'), scope('1-3-イ'), scope('1-3-ウ')]).toEqual([
      'ward',
      'cityOnce',
      'reference',
      'reference',
    ]);
    expect(FY2015_PLAN.wards).toHaveLength(24);
    expect(catalogueOfPlan(FY2015_PLAN)).toEqual(FY2015_CATALOGUE);
  });

  it('the single-year ward plan has no shared indicators and grades A/B', () => {
    const plan = wardSingleYearPlan(2024, ['西区']);
    expect([plan.firstYear, plan.lastYear, plan.indicators.length, plan.profile.grades.kind]).toEqual([
      2024,
      2024,
      0,
      'met',
    ]);
  });
});

describe('A/B counts per 経営課題 and per ward (seed 002 西区 令和6年度)', () => {
  // The marks as the seed prints them, one row per アウトカム指標.
  const NISHI = [
    ['経営課題1-(1)', 'B'],
    ['経営課題1-(1)', 'A'],
    ['経営課題1-(1)', 'A'],
    ['経営課題1-(2)', 'A'],
    ['経営課題1-(2)', 'A'],
    ['経営課題2-(1)', 'A'],
    ['経営課題2-(1)', 'A'],
    ['経営課題3-(1)', 'B'],
    ['経営課題3-(1)', 'A'],
    ['経営課題3-(1)', 'B'],
    ['経営課題3-(1)', 'A'],
  ] as const;

  it('counts 1-(1) A2 B1, 1-(2) A2, 2-(1) A2, 3-(1) A2 B2; 8 A and 3 B in all', () => {
    const counts = countGrades(
      NISHI.map(([group, grade]) => ({ ward: '西区', group, grade })),
      ['A', 'B'],
    );
    expect(counts.byGroup.map((g) => [g.key, g.counts.get('A'), g.counts.get('B')])).toEqual([
      ['経営課題1-(1)', 2, 1],
      ['経営課題1-(2)', 2, 0],
      ['経営課題2-(1)', 2, 0],
      ['経営課題3-(1)', 2, 2],
    ]);
    expect([counts.total.counts.get('A'), counts.total.counts.get('B'), counts.total.total]).toEqual([8, 3, 11]);
    expect(counts.byWard.map((w) => w.key)).toEqual(['西区']);
  });
});

describe('the 計画定義 template reads back as the plan it was written from', () => {
  it('the FY2015–FY2017 policy round-trips through the sheet', () => {
    const { plan, findings } = readPlanSheet(sheet(planTemplateRows(FY2015_PLAN)));
    expect(findings).toEqual([]);
    expect(plan).toEqual(FY2015_PLAN);
  });

  it('the empty template is a valid one-indicator plan to edit', () => {
    const rows = planTemplateRows(null);
    rows[2] = ['計画名', '新しい計画'];
    rows[3] = ['初年度', '令和8年度'];
    rows[4] = ['最終年度', '令和10年度'];
    const { plan, findings } = readPlanSheet(sheet(rows));
    expect(findings).toEqual([]);
    expect([plan?.firstYear, plan?.lastYear, plan?.wards.length, plan?.indicators.length]).toEqual([2026, 2028, 24, 1]);
  });
});
