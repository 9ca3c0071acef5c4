import { KUSEI } from '../../src/functions/functions';
import { fromExcel } from '../../src/functions/cells';
import { cell, column, errorOf, isError } from './excel';

/**
 * What Excel hands a function once functions.json sets allowErrorForDataTypeAny and
 * allowCustomDataForDataTypeAny (issue 14 §4). The shapes are Excel's cell value JSON as Microsoft
 * documents it (Excel.ErrorCellValue / Div0ErrorCellValue: type "Error", basicType "Error",
 * basicValue "#DIV/0!", errorType "Div0"; Excel.FormattedNumberCellValue: basicValue and
 * numberFormat; Excel.EntityCellValue: text shown in the cell, basicValue "#VALUE!"), plus the
 * CustomFunctions.Error shape ({ code }) older hosts pass.
 */
const DIV0 = { type: 'Error', basicType: 'Error', basicValue: '#DIV/0!', errorType: 'Div0' };
const NA = { type: 'Error', basicType: 'Error', basicValue: '#N/A', errorType: 'NotAvailable' };
const TARGET = 'H29年度までに50%以上';

describe('errors as inputs (Microsoft: "Errors as custom function inputs")', () => {
  it('one #DIV/0! in a column of actuals gives an error in its own result cell only (seed 000 figures)', () => {
    const result = KUSEI.status(column('20.8%', DIV0, '51.3%'), cell(TARGET), cell(1), cell(3));
    expect(result[0]).toEqual(['概ね順調']);
    expect(isError(result[1]?.[0])).toBe(true);
    expect(result[2]).toEqual(['目標達成']);
  });

  it('the error cell says which error the input was (#DIV/0! in, an error naming #DIV/0! out)', () => {
    const [[out]] = KUSEI.progress(cell(DIV0), cell('50%以上')) as [[unknown]];
    expect(isError(out)).toBe(true);
    expect(JSON.stringify(errorOf(out))).toContain('#DIV/0!');
  });

  it('an error in a target column is answered per row too', () => {
    const result = KUSEI.grade(column('41.2%', '42.1%'), column(NA, '40%以上'));
    expect(isError(result[0]?.[0])).toBe(true);
    expect(result[1]).toEqual(['A']); // R3, seed 002: 42.1% against 40%以上
  });

  it('the CustomFunctions.Error shape ({ code }) reads the same', () => {
    expect(fromExcel({ code: '#DIV/0!' })).toEqual({ cellError: '#DIV/0!' });
    expect(fromExcel(DIV0)).toEqual({ cellError: '#DIV/0!' });
  });
});

describe('data types as inputs (Microsoft: "Use data types with custom functions")', () => {
  it('a formatted number is its basicValue: 20.8% formatted as 0.0% is 0.208 (seed 000 ※3: 概ね順調 in year 1 of 3)', () => {
    const formatted = { type: 'FormattedNumber', basicValue: 0.208, numberFormat: '0.0%' };
    expect(KUSEI.status(cell(formatted), cell(TARGET), cell(1), cell(3))).toEqual([['概ね順調']]);
    expect(KUSEI.number(cell({ type: 'Double', basicType: 'Double', basicValue: 709 }))).toEqual([[709]]);
  });

  it('an entity is the text its cell shows (its basicValue is #VALUE!), not #VALUE!', () => {
    const entity = { type: 'Entity', basicType: 'Error', basicValue: '#VALUE!', text: '51.3%', properties: {} };
    expect(KUSEI.status(cell(entity), cell(TARGET), cell(1), cell(3))).toEqual([['目標達成']]); // 此花区, seed 003
    expect(fromExcel({ type: 'String', basicType: 'String', basicValue: '平成27年度' })).toBe('平成27年度');
  });

  it('what cannot be read (an image, an object without a type, a date object) is #VALUE! in its own cell', () => {
    const image = { type: 'WebImage', basicType: 'Error', basicValue: '#VALUE!', address: 'https://x/y.png' };
    const result = KUSEI.number(column(image, {}, new Date(0), '５１．３％'));
    expect(result.slice(0, 3).every(([c]) => isError(c, '#VALUE!'))).toBe(true);
    expect(result[3]).toEqual([0.513]);
  });
});
