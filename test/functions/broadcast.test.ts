import { wrapperOf } from '../../src/functions/broadcast';
import { excelError, toExcelError } from '../../src/functions/excel-errors';
import { KUSEI } from '../../src/functions/functions';
import { FUNCTIONS } from '../../src/functions/table';
import { kuseiError } from '../../src/core/messages';
import { cell, column, errorOf, isError } from './excel';

const TARGET = 'H29年度までに50%以上';
const { status } = KUSEI;
const STATUS = FUNCTIONS.find((fn) => fn.id === 'STATUS') ?? FUNCTIONS[0];

describe('broadcasting (issue 3: ranges against single values, the result spills)', () => {
  it('a column of actuals against one target, year and period gives a column', () => {
    expect(status(column('20.8%', '15.6%'), cell(TARGET), cell(1), cell(3))).toEqual([
      ['概ね順調'],
      ['必ずしも順調ではない'],
    ]);
  });
  it('a column of actuals against a column of targets pairs them row by row', () => {
    expect(status(column('20.8%', '20.8%'), column('50%以上', '20%以上'), cell(1), cell(3))).toEqual([
      ['概ね順調'],
      ['目標達成'],
    ]);
  });
  it('a row of years against one actual gives a row (the same case judged in years 1, 2, 3)', () => {
    expect(status(cell('40%'), cell(TARGET), [[1, 2, 3]], cell(3))).toEqual([
      ['概ね順調', '概ね順調', '必ずしも順調ではない'],
    ]); // 80% against 33.4%, 66.7%, 100%
  });
  it('a column against a row gives the whole table, as Excel broadcasts', () => {
    expect(status(column('20%', '40%'), cell('50%以上'), [[1, 2]], cell(3))).toEqual([
      ['概ね順調', '必ずしも順調ではない'], // 20% ÷ 50% = 40%: ≥ 33.4% in year 1, < 66.7% in year 2
      ['概ね順調', '概ね順調'], // 80%
    ]);
  });
  it('one bad cell gives an error in its own result cell only', () => {
    const result = status(column('20.8%', 'たくさん', '51.3%'), cell(TARGET), cell(1), cell(3));
    expect(result[0]).toEqual(['概ね順調']);
    expect(isError(result[1]?.[0], '#VALUE!')).toBe(true);
    expect(result[2]).toEqual(['目標達成']);
  });
  it('ranges of different lengths: cells beyond the shorter one are #N/A with a message', () => {
    const result = status(column('20.8%', '20.8%', '20.8%'), column(TARGET, TARGET), cell(1), cell(3));
    expect(result.slice(0, 2)).toEqual([['概ね順調'], ['概ね順調']]);
    expect(errorOf(result[2]?.[0]).code).toBe('#N/A');
    expect(errorOf(result[2]?.[0]).message).toContain('2×1');
  });
  it('omitted arguments may arrive as null, undefined or a bare value', () => {
    const fn = wrapperOf(STATUS);
    expect(fn('20.8%', TARGET, 1, 3)).toEqual([['概ね順調']]);
    // A target without a target year: omitted year and years mean 1 of 1 (issue 14 §4).
    expect(fn([['20.8%']], [['50%以上']], undefined, undefined)).toEqual([['必ずしも順調ではない']]);
    expect(fn([['20.8%']], [['50%以上']], null, null)).toEqual([['必ずしも順調ではない']]);
  });
  it('an error in an input cell is answered as an error of that cell, not read as text', () => {
    const result = status([[{ code: '#N/A' }]], cell(TARGET), cell(1), cell(3))[0]?.[0];
    expect(isError(result)).toBe(true);
  });
  it('messages follow the UI language: English when Office is English', () => {
    const english = wrapperOf(STATUS, () => 'en');
    const result = english(cell('たくさん'), cell(TARGET), cell(1), cell(3))[0]?.[0];
    expect(errorOf(result).message).toMatch(/^Cannot read "たくさん" as a number/);
  });
});

describe('errors become CustomFunctions.Error inside Excel', () => {
  class FakeError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  const ErrorCode = {
    invalidValue: '#VALUE!',
    notAvailable: '#N/A',
    divisionByZero: '#DIV/0!',
    invalidNumber: '#NUM!',
  };
  beforeEach(() => {
    (globalThis as Record<string, unknown>)['CustomFunctions'] = { Error: FakeError, ErrorCode };
  });
  afterEach(() => {
    delete (globalThis as Record<string, unknown>)['CustomFunctions'];
  });

  it('each core error kind maps to its ErrorCode; only #VALUE! and #N/A carry a message', () => {
    const made = (['#VALUE!', '#N/A', '#DIV/0!', '#NUM!'] as const).map((kind) => excelError(kind, 'msg'));
    expect(made.every((e) => e instanceof FakeError)).toBe(true);
    expect(made.map((e) => [e.code, e.message])).toEqual([
      ['#VALUE!', 'msg'],
      ['#N/A', 'msg'],
      ['#DIV/0!', undefined],
      ['#NUM!', undefined],
    ]);
  });
  it('a wrapper returns the runtime error object in the bad cell', () => {
    const result = status(cell('たくさん'), cell(TARGET), cell(1), cell(3))[0]?.[0];
    expect(result).toBeInstanceOf(FakeError);
  });
  it('a KuseiError keeps its Japanese message by default', () => {
    const error = toExcelError(kuseiError('#N/A', 'TARGET_EMPTY'), 'ja');
    expect(error.code).toBe('#N/A');
    expect(error.message).toMatch(/[ぁ-ん]/);
  });
});
