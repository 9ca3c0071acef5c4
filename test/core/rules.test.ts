import {
  evaluate,
  explain,
  grade,
  overallGrade,
  progress,
  status,
  threshold,
  withdrawal,
  type Evaluation,
} from '../../src/core/rules';
import { isKuseiError, type KuseiError } from '../../src/core/result';

function expectError(result: unknown, error: string, code: string): void {
  expect(isKuseiError(result)).toBe(true);
  expect((result as KuseiError).error).toBe(error);
  expect((result as KuseiError).code).toBe(code);
}

const BY_H29_50 = 'H29年度までに50%以上';

describe('R1 progress rate = actual ÷ target, rounded to 0.1%', () => {
  it.each<[unknown, string, number, string]>([
    ['20.8%', BY_H29_50, 0.416, 'R1: 20.8% against 50% is 41.6% (domain §4, seed 000 ※3)'],
    ['3点', '3.5点以上', 0.857, 'R1: 3点 against 3.5点 is 85.7% (domain §4)'],
    ['15.6%', BY_H29_50, 0.312, 'R1: 都島区 15.6% against 50% is 31.2% (seed 000 1-2-イ)'],
    ['16.7%', BY_H29_50, 0.334, 'R1: 16.7% ÷ 50% = 33.4% after rounding (issue 2)'],
    ['51.3%', '50%\n以上', 1.026, 'R1: 此花区 1-1-ア 51.3% against 50% (seed 003)'],
    ['10.4%', '50%以上', 0.208, 'R1: 此花区 1-4-ア 10.4% against 50% (seed 003)'],
    ['５１．３％', BY_H29_50, 1.026, 'full-width actual'],
    [51.3, BY_H29_50, 1.026, 'a bare number above 1 against a percentage is percent points'],
    [0.513, BY_H29_50, 1.026, 'a bare number at most 1 against a percentage is a fraction'],
    [1, BY_H29_50, 2, 'exactly 1 is a fraction (100%)'],
    ['2.5点', 'H29年度までに3.5点以上', 0.714, 'fy2015_city.csv 2-3-ア-② score'],
  ])('%p against %p → %d (%s)', (actual, target, expected) => {
    expect(progress(actual, target)).toBe(expected);
  });

  it('lower-is-better with a baseline: (baseline − actual) ÷ (baseline − target) (domain §4; seed 001 大正区 6件 → 5件)', () => {
    const target = '28年度件数(6件)から10%減(5件)';
    expect(progress('5件', target)).toBe(1);
    expect(progress('6件', target)).toBe(0);
    expect(progress('7件', target)).toBe(-1);
    expect(progress('4件', '5件以下', '6件')).toBe(2);
  });

  it('the direction argument overrides the text (以下 with a baseline)', () => {
    expect(progress('4件', '5件', '6件', '以下')).toBe(2);
    expectError(progress('4件', '5件', '6件', '上向き'), '#VALUE!', 'DIRECTION_UNREADABLE');
  });

  it('higher-is-better with a baseline: plain ratio by default, distance covered as an option (domain §4 R1)', () => {
    expect(progress('40%', '50%以上', '30%')).toBe(0.8);
    expect(progress('40%', '50%以上', '30%', undefined, { progressMethod: 'distance' })).toBe(0.5);
  });

  it('前年度以上 takes its value from the baseline (seed 001 大正区 独自収入 15,914千円 against 13,936千円)', () => {
    expect(progress('15,914千円', '前年度以上', '13,936千円')).toBe(1.142);
    expectError(progress('15,914千円', '前年度以上'), '#N/A', 'TARGET_NEEDS_BASELINE');
  });

  it('29年度実績値に比べて2.5%増 on 46.7%: 49.2% as points (default), 47.87% as relative (seed 001 大正区 取組項目7)', () => {
    const target = '29年度実績値に比べて2.5%増';
    expect(progress('49.2%', target, '46.7%')).toBe(1);
    expect(progress('47.9%', target, '46.7%')).toBe(0.974);
    expect(progress('47.9%', target, '46.7%', undefined, { ambiguousIncrease: 'relative' })).toBe(1.001);
    // With no % anywhere (bare actual and baseline) the change is per cent of the base: 46.7 × 1.025.
    expect(progress(47.9, target, 46.7)).toBe(1.001);
    expect(progress(47.9, target, '46.7%')).toBe(0.974);
  });

  it('the ambiguity of X%増 on a percentage baseline is reported with the evaluation (domain §3)', () => {
    const evaluation = evaluate('47.9%', '29年度実績値に比べて2.5%増', '46.7%');
    expect((evaluation as Evaluation).warnings.map((w) => w.code)).toEqual(['TARGET_AMBIGUOUS_INCREASE']);
    expect((evaluation as Evaluation).targetValue).toBeCloseTo(0.492, 10);
    const counted = evaluate('220件', '前年度比10%増', '200件');
    expect((counted as Evaluation).warnings).toEqual([]);
    expect((counted as Evaluation).met).toBe(true);
  });

  it('a zero target gives #DIV/0!, never a silent number (issue 2)', () => {
    expectError(progress('3件', '0件以上'), '#DIV/0!', 'TARGET_ZERO');
    expectError(progress('5件', '5件以下', '5件'), '#DIV/0!', 'TARGET_EQUALS_BASELINE');
  });

  it('units must agree: % vs 件 vs 点 is an error value, not a comparison (domain §5)', () => {
    expectError(progress('7件', '3.5点以上'), '#VALUE!', 'UNIT_MISMATCH');
    expectError(progress('51.3%', '3団体以上'), '#VALUE!', 'UNIT_MISMATCH');
    expectError(progress('3点', BY_H29_50), '#VALUE!', 'UNIT_MISMATCH');
  });

  it('money units compare across scales (千円 vs 百万円)', () => {
    expect(progress('15,500千円', '15.5百万円以上')).toBe(1);
  });

  it('not measured and unreadable actuals are error values (R7)', () => {
    expectError(progress('未測定', BY_H29_50), '#N/A', 'NOT_MEASURED');
    expectError(progress('', BY_H29_50), '#N/A', 'NOT_MEASURED');
    expectError(progress('約50%', BY_H29_50), '#VALUE!', 'VALUE_UNREADABLE');
    expectError(progress('50%', 'よろしく'), '#VALUE!', 'TARGET_UNREADABLE');
  });

  it('lower-is-better without a baseline has no progress rate but can still be achieved', () => {
    expectError(progress('6件', '5件以下'), '#N/A', 'TARGET_LOWER_NEEDS_BASELINE');
    expect(status('4件', '5件以下')).toBe('目標達成');
    expectError(status('6件', '5件以下'), '#N/A', 'TARGET_LOWER_NEEDS_BASELINE');
  });
});

describe('R2 thresholds: k/n rounded up at 0.1%', () => {
  it.each<[unknown, unknown, number, string]>([
    [1, 3, 0.334, 'domain §4: 1/3 → 33.4% (seed 000 ※3)'],
    [2, 3, 0.667, 'domain §4: 2/3 → 66.7%'],
    [3, 3, 1, 'domain §4: 3/3 → 100%'],
    [1, 1, 1, 'single year'],
    [1, 4, 0.25, 'exact quarters stay exact'],
    [1, 6, 0.167, '1/6 = 16.66…% rounds up'],
    ['１', '３', 0.334, 'full-width text arguments'],
  ])('year %p of %p → %d (%s)', (year, years, expected) => {
    expect(threshold(year, years)).toBe(expected);
  });

  it.each([
    [4, 3],
    [0, 3],
    [1, 0],
    [1.5, 3],
    ['a', 3],
    [-1, 3],
  ])('year %p of %p is an error value', (year, years) => {
    expectError(threshold(year, years), '#NUM!', 'PERIOD_INVALID');
  });
});

describe('R2 status in year k of n', () => {
  it.each<[unknown, string, unknown, unknown, string, string]>([
    ['20.8%', BY_H29_50, 1, 3, '概ね順調', 'issue 2 done-check: 20.8% against 50% in year 1 of 3'],
    ['16.7%', BY_H29_50, 1, 3, '概ね順調', 'issue 2: 16.7% is 33.4% after rounding: on track'],
    ['16.6%', BY_H29_50, 1, 3, '必ずしも順調ではない', '33.2% < 33.4%'],
    ['15.6%', BY_H29_50, 1, 3, '必ずしも順調ではない', 'seed 000: 都島区 31.2% is behind'],
    ['51.3%', BY_H29_50, 1, 3, '目標達成', 'seed 003 此花区 1-1-ア: achieved'],
    ['50%', BY_H29_50, 1, 3, '目標達成', 'reaching the target exactly is achieved'],
    ['92.9%', '50%以上', 1, 3, '目標達成', 'seed 003 此花区 ii'],
    ['10.4%', '50%以上', 1, 3, '必ずしも順調ではない', 'seed 003 此花区 i: 20.8% < 33.4%'],
    ['3点', 'H29年度までに3.5点以上', 1, 3, '概ね順調', 'domain §4: 85.7%'],
    ['3.5点', 'H29年度までに3.5点以上', 1, 3, '目標達成', 'seed 000: 7 wards already reached 3.5点'],
    ['33.3%', BY_H29_50, 2, 3, '必ずしも順調ではない', 'year 2 of 3 needs 66.7%: 66.6% is behind'],
    ['33.4%', BY_H29_50, 2, 3, '概ね順調', 'year 2 of 3: 66.8% ≥ 66.7%'],
    ['33.4%', BY_H29_50, 1, 3, '概ね順調', '66.8% ≥ 33.4%'],
    ['49%', BY_H29_50, undefined, undefined, '必ずしも順調ではない', 'year/years omitted: 1 of 1'],
    ['未測定', BY_H29_50, 1, 3, '未測定', 'R7'],
    ['', BY_H29_50, 1, 3, '未測定', 'R7 blank'],
    ['－', BY_H29_50, 1, 3, '未測定', 'R7 dash'],
    [null, BY_H29_50, 1, 3, '未測定', 'R7 empty cell'],
    ['構築済', '平成27年度中に仕組みを立ち上げる', 1, 3, '目標達成', 'fy2015_city.csv 全市 1-3-ア: a milestone done'],
    [
      '未構築',
      '平成27年度中に仕組みを立ち上げる',
      1,
      3,
      '必ずしも順調ではない',
      'a milestone not done has 0% progress',
    ],
    ['0件', 'H29年度までに1件以上', 1, 3, '必ずしも順調ではない', 'fy2015_city.csv 1-3-イ'],
    ['2件', 'H29年度までに1件以上', 1, 3, '目標達成', 'fy2015_city.csv 東成区 1-3-イ'],
  ])('%p against %p in year %p of %p → %s (%s)', (actual, target, year, years, expected) => {
    expect(status(actual, target, year, years)).toBe(expected);
  });

  it('status errors are values: unreadable actual, unit mismatch, bad period, unreadable milestone actual', () => {
    expectError(status('約20%', BY_H29_50, 1, 3), '#VALUE!', 'VALUE_UNREADABLE');
    expectError(status('3点', BY_H29_50, 1, 3), '#VALUE!', 'UNIT_MISMATCH');
    expectError(status('20%', BY_H29_50, 4, 3), '#NUM!', 'PERIOD_INVALID');
    expectError(status('検討した', '平成27年度中に仕組みを立ち上げる'), '#VALUE!', 'MILESTONE_ACTUAL_UNREADABLE');
    expectError(status({ cellError: '#DIV/0!' }, BY_H29_50), '#DIV/0!', 'VALUE_CELL_ERROR');
  });
});

describe('seed 003 此花区 FY2015 PDCA sheet: every 目標 / 結果 pair as the cells write them (year 1 of 3)', () => {
  it.each<[string, string, number, string]>([
    ['50%\n以上', '51.3\n%', 1.026, '目標達成'],
    ['50%\n以上', '84.7\n%', 1.694, '目標達成'],
    ['50%\n以上', '20.8\n%', 0.416, '概ね順調'],
    ['50%\n以上', '10.4\n%', 0.208, '必ずしも順調ではない'],
    ['50%\n以上', '92.9\n%', 1.858, '目標達成'],
    ['60%\n以上', '31.3\n%', 0.522, '概ね順調'],
    ['60%\n以上', '32.9\n%', 0.548, '概ね順調'],
    ['80%\n以上', '63.2\n%', 0.79, '概ね順調'],
    ['80%\n以上', '94.4\n%', 1.18, '目標達成'],
    ['60%\n以上', '21.3\n%', 0.355, '概ね順調'],
    ['3.5点\n以上', '3\n点', 0.857, '概ね順調'],
  ])('目標 %p, 結果 %p → %d, %s', (target, actual, rate, expected) => {
    expect(progress(actual, target)).toBe(rate);
    expect(status(actual, target, 1, 3)).toBe(expected);
  });
});

describe('R3 single-year grade', () => {
  it.each([
    ['41.2%', '48%以上', 'B', 'seed 002 西区: 41.2% against 48%以上 → B'],
    ['7団体', '3団体以上', 'A', 'seed 002 西区: 7団体 against 3団体以上 → A'],
    ['42.1%', '40%以上', 'A', 'seed 002 西区: 42.1% against 40%以上 → A'],
    [
      '24.7%',
      '住んでいる地域で、日頃から話をする相手が増えたと感じている区民の割合:平成27年度までに60%以上(区民モニターアンケート)',
      'B',
      'seed 004 福島区: outcome cell carries its own target; 24.7% → B',
    ],
    ['49.6%', 'H29年度までに80%以上', 'B', 'seed 004 福島区 2-2-ア first outcome'],
    ['61.8%', 'H29年度までに80%以上', 'B', 'seed 004 福島区 2-2-ア second outcome'],
    ['4件', '5件以下', 'A', 'lower is better'],
    ['5件', '5件未満', 'B', '未満 excludes the value itself'],
  ])('%p against %p → %s (%s)', (actual, target, expected) => {
    expect(grade(actual, target)).toBe(expected);
  });

  it('overall mark (全体) is B when any individual mark (個別) is B (seed 004 福島区)', () => {
    expect(overallGrade(['B', 'B'])).toBe('B');
    expect(overallGrade(['A', 'B'])).toBe('B');
    expect(overallGrade(['A', 'A'])).toBe('A');
  });

  it('grade of a not-measured actual is an error value, not a B', () => {
    expectError(grade('未測定', '60%以上'), '#N/A', 'NOT_MEASURED');
  });
});

describe('R4 withdrawal criterion', () => {
  it.each<[string, string, unknown, string, string]>([
    [
      '709件',
      '年間1000件以上のマッチングをめざす。',
      'マッチング件数が600件未満の場合は事業を再構築する。',
      '目標未達成',
      'seed 004 福島区: 709 against 1,000, rebuild under 600',
    ],
    [
      '33%',
      '・福島区が独自に受け付けていることを知っている区民の割合:70%以上',
      '知っている区民の割合が50%未満であれば、事業を再構築する。',
      '撤退基準未達成',
      'seed 004 福島区: 33% against 70%, rebuild under 50%',
    ],
    [
      '24.7%',
      '理解できたと答えた参加者の割合 50%以上',
      '理解できたと答えた参加者の割合が30%に満たない場合は、事業を再構築する。',
      '撤退基準未達成',
      'seed 004 福島区 CB/SB: 区民24.7% against 50%, rebuild under 30%',
    ],
    ['1200件', '1000件以上', '600件未満', '目標達成', 'target met'],
    ['600件', '1000件以上', '600件未満', '目標未達成', 'exactly at the criterion still meets it'],
    ['599件', '1000件以上', 600, '撤退基準未達成', 'a bare number criterion is a floor'],
    [
      '65%',
      '理解度80%以上',
      '業績目標を達成しなければ事業を再構築する。',
      '撤退基準未達成',
      'seed 004: the criterion is the target itself',
    ],
  ])('%p against %p with %p → %s (%s)', (actual, target, criterion, expected) => {
    expect(withdrawal(actual, target, criterion)).toBe(expected);
  });

  it("the real seed 004 cell lists two activity targets: the actual's unit picks 1000件 (with a warning)", () => {
    const target =
      '・高齢者や障がい者の日常生活の軽微なニーズに対し、マッチングを行う。 ・年間1000件以上のマッチングをめざす。また、活動登録数100名をめざす。';
    expect(withdrawal('709件', target, 'マッチング件数が600件未満の場合は事業を再構築する。')).toBe('目標未達成');
    expect(grade('61名', target)).toBe('B');
    const evaluation = evaluate('709件', target);
    expect(isKuseiError(evaluation)).toBe(false);
    expect((evaluation as Evaluation).warnings.map((w) => w.code)).toEqual(['TARGET_PICKED_BY_UNIT']);
    expect(isKuseiError(grade(709, target))).toBe(true);
  });

  it('an unreadable criterion is an error value', () => {
    expectError(withdrawal('709件', '1000件以上', '状況を見て判断する'), '#VALUE!', 'CRITERION_UNREADABLE');
    expectError(withdrawal('709件', '1000件以上', null), '#N/A', 'CRITERION_UNREADABLE');
    expectError(withdrawal('709件', '1000件以上', '60%未満'), '#VALUE!', 'UNIT_MISMATCH');
  });

  it('lower-is-better: the criterion is a ceiling', () => {
    expect(withdrawal('8件', '5件以下', '10件を超える場合は再構築')).toBe('目標未達成');
    expect(withdrawal('11件', '5件以下', '10件を超える場合は再構築')).toBe('撤退基準未達成');
  });
});

describe('explain: one sentence showing the working', () => {
  it.each([
    ['20.8%', BY_H29_50, 1, 3, '20.8% ÷ 50% = 41.6% ≥ 33.4%（3年中1年目）→ 概ね順調', 'issue 2 example'],
    ['15.6%', BY_H29_50, 1, 3, '15.6% ÷ 50% = 31.2% < 33.4%（3年中1年目）→ 必ずしも順調ではない', 'seed 000 都島区'],
    [
      '51.3%',
      BY_H29_50,
      1,
      3,
      '51.3% ÷ 50% = 102.6%、実績 51.3% は目標 50%以上 を満たす → 目標達成',
      'seed 003 此花区',
    ],
    [
      '5件',
      '28年度件数(6件)から10%減(5件)',
      1,
      1,
      '(6件 − 5件) ÷ (6件 − 5件) = 100%、実績 5件 は目標 5件以下 を満たす → 目標達成',
      'seed 001 大正区',
    ],
    ['未測定', BY_H29_50, 1, 3, '実績が未測定（未測定）のため判定しません → 未測定', 'R7'],
    [
      '構築済',
      '平成27年度中に仕組みを立ち上げる',
      1,
      3,
      '実績「構築済」: 目標「仕組みを立ち上げる」は済み → 目標達成',
      '1-3-ア',
    ],
  ])('%p against %p', (actual, target, year, years, sentence) => {
    expect(explain(actual, target, year, years)).toBe(sentence);
  });

  it('errors stay error values', () => {
    expectError(explain('3点', BY_H29_50, 1, 3), '#VALUE!', 'UNIT_MISMATCH');
  });
});
