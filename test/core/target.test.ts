import { readTarget, type ParsedTarget } from '../../src/core/values';
import { isKuseiError, type KuseiError } from '../../src/core/result';

function read(text: unknown, options = {}): ParsedTarget {
  const result = readTarget(text, options);
  if (isKuseiError(result)) throw new Error(`expected a target, got ${result.code}: ${result.message}`);
  return result;
}

describe('readTarget: value, unit, direction, target year (domain §3)', () => {
  it.each<[string, number, string, string, boolean, number | null, string]>([
    ['H29年度までに50%以上', 0.5, '%', 'higher', false, 2017, 'seed 000 / fy2015_city.csv 1-1-ア'],
    ['H29年度までに60%以上', 0.6, '%', 'higher', false, 2017, 'fy2015_city.csv 2-1-ア-①'],
    ['Ｈ２９年度までに８０％以上', 0.8, '%', 'higher', false, 2017, 'full-width'],
    ['H29年度までに3.5点以上', 3.5, '点', 'higher', false, 2017, 'seed 000 2-3-ア-②'],
    ['H29年度までに1件以上', 1, '件', 'higher', false, 2017, 'fy2015_city.csv 1-3-イ'],
    ['50%\n以上', 0.5, '%', 'higher', false, null, 'seed 003 此花区 目標 cell'],
    ['48%以上', 0.48, '%', 'higher', false, null, 'seed 002 西区'],
    ['3団体以上', 3, '団体', 'higher', false, null, 'seed 002 西区'],
    ['3.5点以上', 3.5, '点', 'higher', false, null, 'domain §3'],
    ['1件以上', 1, '件', 'higher', false, null, 'domain §3'],
    ['5件以下', 5, '件', 'lower', false, null, '以下 is lower-is-better'],
    ['5件未満', 5, '件', 'lower', true, null, '未満 is strictly lower'],
    ['10件を超える', 10, '件', 'higher', true, null, '超 is strictly higher'],
    ['29年度97.60%以上', 0.976, '%', 'higher', false, 2017, 'seed 001 大正区 収納率'],
    [
      '住んでいる地域で、日頃から話をする相手が増えたと感じている区民の割合:平成27年度までに60%以上(区民モニターアンケート)',
      0.6,
      '%',
      'higher',
      false,
      2015,
      'seed 004 福島区 outcome cell with its own target',
    ],
    ['年間1000件以上のマッチングをめざす。', 1000, '件', 'higher', false, null, 'seed 004 福島区 業績目標'],
    ['覆面調査(5点満点)で3.5点以上', 3.5, '点', 'higher', false, null, 'a note in parentheses is not the target'],
  ])('%s', (text, value, unit, direction, strict, targetYear) => {
    const target = read(text);
    expect(target).toMatchObject({ kind: 'value', value, unit, direction, strict, targetYear, directionStated: true });
    expect(target.warnings).toEqual([]);
  });

  it('reads a number cell as an at-least target without a direction', () => {
    expect(read(0.5)).toMatchObject({ kind: 'value', value: 0.5, unit: null, direction: 'higher' });
  });

  it('a target without 以上/以下 is read as at least, with a TARGET_NO_DIRECTION warning (seed 004 福島区 "…割合:70%(区民モニターアンケート)")', () => {
    const target = read('知っている区民の割合:70%(区民モニターアンケート)');
    expect(target).toMatchObject({ value: 0.7, unit: '%', direction: 'higher', directionStated: false });
    expect(target.warnings.map((w) => w.code)).toEqual(['TARGET_NO_DIRECTION']);
  });

  it('29年度 35% (28年度 32.4%): target 35% in FY2017, baseline 32.4% of FY2016 (domain §3)', () => {
    const target = read('29年度 35% (28年度 32.4%)');
    expect(target).toMatchObject({ kind: 'value', value: 0.35, unit: '%', targetYear: 2017, direction: 'higher' });
    expect(target.baseline).toEqual({ ref: { kind: 'year', year: 2016 }, value: { value: 0.324, unit: '%' } });
    expect(target.warnings.map((w) => w.code)).toEqual(['TARGET_NO_DIRECTION']);
  });
});

describe('readTarget: targets relative to a baseline (domain §3)', () => {
  it('28年度件数(6件)から10%減(5件): the explicit value in parentheses wins (seed 001 大正区 取組項目)', () => {
    const target = read('28年度件数(6件)から10%減(5件)');
    expect(target).toMatchObject({ kind: 'value', value: 5, unit: '件', direction: 'lower' });
    expect(target.baseline).toEqual({ ref: { kind: 'year', year: 2016 }, value: { value: 6, unit: '件' } });
    expect(target.change).toEqual({ amount: 0.1, unit: '%', points: false, sign: -1 });
  });

  it('the explicit value wins even when the change would compute something else', () => {
    expect(read('28年度件数(6件)から10%減(4件)')).toMatchObject({ value: 4, unit: '件' });
  });

  it('前年度以上: the previous year is the target, its value comes from the baseline (seed 001 大正区)', () => {
    const target = read('前年度以上');
    expect(target).toMatchObject({ kind: 'relative', value: null, direction: 'higher', change: null });
    expect(target.baseline?.ref).toEqual({ kind: 'previousYear' });
  });

  it('29年度実績値に比べて2.5%増: relative to FY2017, +2.5% (seed 001 大正区 取組項目7)', () => {
    const target = read('29年度実績値に比べて2.5%増');
    expect(target).toMatchObject({ kind: 'relative', value: null, direction: 'higher' });
    expect(target.baseline?.ref).toEqual({ kind: 'year', year: 2017 });
    expect(target.change).toEqual({ amount: 0.025, unit: '%', points: false, sign: 1 });
  });

  it.each([
    ['前年度比30%増', 0.3, 1, 'higher', 'domain §3'],
    ['対前年比4.4%減', 0.044, -1, 'lower', 'domain §3'],
    ['前年度比5ポイント増', 0.05, 1, 'higher', 'points are never ambiguous'],
  ])('%s: change %d sign %d, %s (%s)', (text, amount, sign, direction) => {
    const target = read(text);
    expect(target.baseline?.ref).toEqual({ kind: 'previousYear' });
    expect(target.change).toMatchObject({ amount, sign });
    expect(target.direction).toBe(direction);
  });

  it('29年度の窓口への問合せ件数(平年度化したもの)の10%増: the year names the base (seed 001 大正区 取組項目9)', () => {
    const target = read('29年度の窓口への問合せ件数(平年度化したもの)の10%増');
    expect(target.baseline?.ref).toEqual({ kind: 'year', year: 2017 });
    expect(target.change).toMatchObject({ amount: 0.1, sign: 1 });
  });

  it('X%増 on a percentage baseline is ambiguous: points by default, relative by setting, always warned (domain §3)', () => {
    const points = read('28年度(32%)に比べて5%増');
    expect(points.value).toBeCloseTo(0.37, 10);
    expect(points.warnings.map((w) => w.code)).toEqual(['TARGET_AMBIGUOUS_INCREASE']);
    const relative = read('28年度(32%)に比べて5%増', { ambiguousIncrease: 'relative' });
    expect(relative.value).toBeCloseTo(0.336, 10);
    expect(relative.warnings.map((w) => w.code)).toEqual(['TARGET_AMBIGUOUS_INCREASE']);
  });

  it('X%増 on a count baseline is per cent of the base, not ambiguous', () => {
    const target = read('28年度件数(200件)から10%増');
    expect(target.value).toBeCloseTo(220, 10);
    expect(target.warnings).toEqual([]);
  });
});

describe('readTarget: several values in one cell', () => {
  const matching = '・年間1000件以上のマッチングをめざす。また、活動登録数100名をめざす。';

  it("several values are an error unless the actual's unit picks exactly one (seed 004 福島区 業績目標)", () => {
    expect((readTarget(matching) as KuseiError).code).toBe('TARGET_SEVERAL_VALUES');
    const picked = read(matching, { preferUnit: '件' });
    expect(picked).toMatchObject({ value: 1000, unit: '件', direction: 'higher', directionStated: true });
    expect(picked.warnings.map((w) => w.code)).toEqual(['TARGET_PICKED_BY_UNIT']);
    const registrations = read(matching, { preferUnit: '名' });
    expect(registrations).toMatchObject({ value: 100, unit: '名', directionStated: false });
  });

  it('two values in the same unit stay an error (seed 004 接遇研修 cell)', () => {
    const text =
      '・接遇研修受講者アンケートを実施し、理解度80%以上 ・来庁者アンケートを実施し、職員の対応・説明満足度70%以上';
    expect((readTarget(text, { preferUnit: '%' }) as KuseiError).code).toBe('TARGET_SEVERAL_VALUES');
  });
});

describe('readTarget: ambiguous X%増 flagged at reading when the indicator is a percentage', () => {
  it.each<[string, object, boolean, string]>([
    ['29年度実績値に比べて2.5%増', { unit: '%' }, true, 'seed 001: the indicator unit says %'],
    ['区民の割合を29年度実績値に比べて2.5%増', {}, true, 'the text says 割合'],
    ['29年度実績値に比べて2.5%増', {}, false, 'unknown until the baseline is known'],
    ['前年度比30%増', { unit: '件' }, false, 'a count indicator: per cent of the base'],
    ['前年度比5ポイント増', { unit: '%' }, false, 'points are explicit'],
  ])('%s %p → warned %p (%s)', (text, options, warned) => {
    expect(read(text, options).warnings.some((w) => w.code === 'TARGET_AMBIGUOUS_INCREASE')).toBe(warned);
  });
});

describe('readTarget: milestone targets (1-3-ア)', () => {
  it('平成27年度中に仕組みを立ち上げる is a milestone due in FY2015 (domain §6, fy2015_city.csv)', () => {
    expect(read('平成27年度中に仕組みを立ち上げる')).toMatchObject({
      kind: 'milestone',
      value: null,
      targetYear: 2015,
      milestone: '仕組みを立ち上げる',
    });
  });

  it('【平成29年度】テーマ型団体への支援窓口を設置する is a milestone (seed 001 大正区 取組項目9)', () => {
    expect(read('【平成29年度】テーマ型団体への支援窓口を設置する')).toMatchObject({
      kind: 'milestone',
      targetYear: 2017,
    });
  });
});

describe('readTarget: what cannot be read is an error value', () => {
  it.each([
    ['', '#N/A', 'TARGET_EMPTY'],
    [null, '#N/A', 'TARGET_EMPTY'],
    ['H29年度', '#VALUE!', 'TARGET_UNREADABLE'],
    ['50%', undefined, undefined],
    [
      '・接遇研修受講者アンケートを実施し、理解度80%以上 ・来庁者アンケートを実施し、職員の対応・説明満足度70%以上',
      '#VALUE!',
      'TARGET_SEVERAL_VALUES',
    ],
    ['受検率100% かつ 理解度全員95点以上', '#VALUE!', 'TARGET_SEVERAL_VALUES'],
    [true, '#VALUE!', 'TARGET_UNREADABLE'],
    [{ cellError: '#N/A' }, '#N/A', 'VALUE_CELL_ERROR'],
  ])('%p', (text, error, code) => {
    const result = readTarget(text);
    if (code === undefined) {
      expect(isKuseiError(result)).toBe(false);
      return;
    }
    expect(isKuseiError(result)).toBe(true);
    expect((result as KuseiError).error).toBe(error);
    expect((result as KuseiError).code).toBe(code);
  });

  it('the same text gives the same (memoised) reading', () => {
    expect(readTarget('H29年度までに50%以上')).toBe(readTarget('H29年度までに50%以上'));
  });
});
