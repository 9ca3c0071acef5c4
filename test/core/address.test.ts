import {
  cellAddress,
  columnIndex,
  columnLetters,
  parseA1,
  parseRange,
  qualifiedAddress,
  quoteSheetName,
  localAddress,
  rangeAddress,
} from '../../src/core/address';

describe('A1 addresses (findings point at cells users can paste into the Name Box)', () => {
  it('converts columns both ways', () => {
    expect(columnLetters(0)).toBe('A');
    expect(columnLetters(25)).toBe('Z');
    expect(columnLetters(26)).toBe('AA');
    expect(columnLetters(16383)).toBe('XFD');
    for (const col of [0, 1, 25, 26, 51, 52, 701, 702, 16383]) expect(columnIndex(columnLetters(col))).toBe(col);
    expect(columnIndex('1A')).toBeNull();
  });

  it('parses cells and ranges', () => {
    expect(parseA1('B3')).toEqual({ row: 2, col: 1 });
    expect(parseA1('$C$10')).toEqual({ row: 9, col: 2 });
    expect(parseA1('B0')).toBeNull();
    expect(parseRange('C2:A1')).toEqual({ top: 0, left: 0, bottom: 1, right: 2 });
    expect(cellAddress(9, 2)).toBe('C10');
    expect(rangeAddress({ top: 0, left: 0, bottom: 19, right: 2 })).toBe('A1:C20');
  });

  it('takes the sheet-local part of a qualified address (the pane selects cells by it)', () => {
    expect(localAddress("'区 一覧'!B3")).toBe('B3');
    expect(localAddress('福島区!$F$12')).toBe('$F$12');
    expect(localAddress('F12')).toBe('F12');
    expect(parseA1(localAddress("'Sheet 1'!F12"))).toEqual({ row: 11, col: 5 });
  });

  it.each([
    ['福島区', '福島区!A1'],
    ['Sheet1', 'Sheet1!A1'],
    ['区 一覧', "'区 一覧'!A1"],
    ['実績・評価', "'実績・評価'!A1"],
    ["O'Brien", "'O''Brien'!A1"],
    ['A1', "'A1'!A1"],
    ['2015', "'2015'!A1"],
  ])('quotes the sheet name %s when Excel would', (sheet, address) => {
    expect(qualifiedAddress(sheet, 0, 0)).toBe(address);
  });

  it('leaves plain names unquoted', () => {
    expect(quoteSheetName('成果指標')).toBe('成果指標');
  });
});
