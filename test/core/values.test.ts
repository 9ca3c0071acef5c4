import { isNotMeasured, readQuantity, readValue } from '../../src/core/values';
import { isKuseiError, type KuseiError } from '../../src/core/result';
import { errorMessageEn } from '../../src/core/messages';

function expectError(result: unknown, error: string, code: string): KuseiError {
  expect(isKuseiError(result)).toBe(true);
  const err = result as KuseiError;
  expect(err.error).toBe(error);
  expect(err.code).toBe(code);
  expect(err.message).not.toBe(code);
  expect(errorMessageEn(err)).not.toBe(code);
  return err;
}

describe('readQuantity: values as the documents write them (domain §3)', () => {
  it.each<[string, number, string | null, string]>([
    ['51.3%', 0.513, '%', 'domain §3; seed 003 此花区 1-1-ア result'],
    ['５１．３％', 0.513, '%', 'domain §3 full-width'],
    ['51.3 %', 0.513, '%', 'domain §3 spaced percent'],
    ['51.3\n%', 0.513, '%', 'seed 003: result cell broken over two lines'],
    ['3点', 3, '点', 'domain §3 score of 5'],
    ['3.5点', 3.5, '点', 'seed 000: 3.5点 target value'],
    ['7団体', 7, '団体', 'seed 002 西区 actual'],
    ['6校区等地域', 6, '校区等地域', 'domain §3'],
    ['709件', 709, '件', 'seed 004 福島区 matches'],
    ['61名', 61, '名', 'seed 004 福島区 registrations'],
    ['15,914千円', 15914, '千円', 'domain §3 budget'],
    ['１５，９１４千円', 15914, '千円', 'domain §3 budget, full-width'],
    ['77百万円', 77, '百万円', 'domain §3 budget'],
    ['13,936千円', 13936, '千円', 'seed 001 大正区 独自収入'],
    ['△5', -5, null, 'domain §3: △ is a minus sign'],
    ['▲1,200千円', -1200, '千円', '▲ is also a minus sign'],
    ['－3', -3, null, 'full-width minus'],
    ['97.53%', 0.9753, '%', 'seed 001 大正区 収納率'],
    ['0件', 0, '件', 'fy2015_city.csv 1-3-イ'],
    ['35回', 35, '回', 'seed 001 大正区 matching count'],
    ['12', 12, null, 'bare number'],
    ['  42.1 ', 42.1, null, 'surrounding blanks'],
    ['1,000', 1000, null, 'thousands separator'],
  ])('%s reads as %d %s (%s)', (text, value, unit) => {
    expect(readQuantity(text)).toEqual({ value, unit });
  });

  it('reads a number cell formatted as percent as a fraction (domain §3: percent cells as fractions)', () => {
    expect(readQuantity(0.513, '0.0%')).toEqual({ value: 0.513, unit: '%' });
    expect(readQuantity(0.513, '0.0"%"')).toEqual({ value: 0.513, unit: null });
    expect(readQuantity(709)).toEqual({ value: 709, unit: null });
  });

  it.each([
    ['約50%', 'VALUE_UNREADABLE'],
    ['abc', 'VALUE_UNREADABLE'],
    ['1,5', 'VALUE_UNREADABLE'],
    ['12,34', 'VALUE_UNREADABLE'],
    ['51.3%以上', 'VALUE_UNREADABLE'],
    ['5ダース', 'VALUE_UNKNOWN_UNIT'],
    ['29年度 35% (28年度 32.4%)', 'VALUE_UNREADABLE'],
  ])('%s is not silently read: %s', (text, code) => {
    const err = expectError(readQuantity(text), '#VALUE!', code);
    expect(err.message).toContain(text.trim());
  });

  it('gives #N/A for blanks and not-measured words, never zero (R7)', () => {
    expectError(readQuantity(''), '#N/A', 'VALUE_EMPTY');
    expectError(readQuantity(null), '#N/A', 'VALUE_EMPTY');
    expectError(readQuantity('未測定'), '#N/A', 'VALUE_NOT_MEASURED');
  });

  it('passes cell errors through and refuses booleans and infinities', () => {
    expectError(readQuantity({ cellError: '#DIV/0!' }), '#DIV/0!', 'VALUE_CELL_ERROR');
    expectError(readQuantity({ cellError: '#REF!' }), '#VALUE!', 'VALUE_CELL_ERROR');
    expectError(readQuantity(true), '#VALUE!', 'VALUE_BOOLEAN');
    expectError(readQuantity(Number.POSITIVE_INFINITY), '#NUM!', 'VALUE_NOT_FINITE');
    expectError(readQuantity({ some: 'object' }), '#VALUE!', 'VALUE_UNREADABLE');
  });

  it('value(): the number a cell means (issue 2: ５１．３％ → 0.513)', () => {
    expect(readValue('５１．３％')).toBe(0.513);
    expect(readValue('△5')).toBe(-5);
    expect(readValue('3.5点')).toBe(3.5);
  });
});

describe('isNotMeasured (R7: 未測定, blank, －)', () => {
  it.each([null, undefined, '', '   ', '未測定', '　未測定　', '－', '-', '―', 'ー', '成果測定の対象外', '対象外'])(
    '%p is not measured',
    (cell) => {
      expect(isNotMeasured(cell)).toBe(true);
    },
  );

  it.each(['0', '0件', '51.3%', 0, 0.513, '構築済', false, { cellError: '#N/A' }])(
    '%p is not "not measured"',
    (cell) => {
      expect(isNotMeasured(cell)).toBe(false);
    },
  );
});
