import iconv from 'iconv-lite';
import { decodeCsv, parseCsv, readCsvBytes, readCsvText } from '../../src/files/csv';

const TEXT =
  '区名,指標番号,取組の方向性,目標値,単位,27年度実績,区運営方針への記載,取組の実施状況,備考\n此花区,1-1-ア,人と人とのつながりづくりの促進,H29年度までに50%以上,%,51.3%,記載あり,全て実施,\n';

describe('reading the standard long CSV', () => {
  it('reads UTF-8 without a BOM', () => {
    const snapshot = readCsvBytes(new TextEncoder().encode(TEXT), 'data/fy2015_city.csv');
    expect(snapshot.fileName).toBe('fy2015_city.csv');
    expect(snapshot.sheets[0]?.name).toBe('fy2015_city');
    expect(snapshot.sheets[0]?.values[1]).toEqual([
      '此花区',
      '1-1-ア',
      '人と人とのつながりづくりの促進',
      'H29年度までに50%以上',
      '%',
      '51.3%',
      '記載あり',
      '全て実施',
    ]);
  });

  it('reads UTF-8 with a BOM (Excel’s "CSV UTF-8")', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]);
    expect(decodeCsv(bytes).encoding).toBe('utf-8');
    expect(readCsvBytes(bytes).sheets[0]?.values[0]?.[0]).toBe('区名');
  });

  it('reads Shift_JIS (Excel’s plain "CSV" in Japan)', () => {
    const bytes = new Uint8Array(iconv.encode(TEXT.replace(/\n/g, '\r\n'), 'Shift_JIS'));
    expect(decodeCsv(bytes).encoding).toBe('shift_jis');
    const values = readCsvBytes(bytes).sheets[0]?.values;
    expect(values?.[1]?.[0]).toBe('此花区');
    expect(values?.[1]?.[2]).toBe('人と人とのつながりづくりの促進');
    expect(values).toHaveLength(2);
  });

  it('keeps quoted commas, doubled quotes and line breaks inside fields', () => {
    expect(parseCsv('a,"b,c","say ""hi""","line1\nline2"\r\nx,y')).toEqual([
      ['a', 'b,c', 'say "hi"', 'line1\nline2'],
      ['x', 'y'],
    ]);
  });

  it('never pads short rows to the widest row, and keeps no trailing empty cells (issue 13)', () => {
    expect(readCsvText('a,b,c\n1\n,,\n2,, \n').sheets[0]?.values).toEqual([['a', 'b', 'c'], ['1'], [], ['2']]);
  });
});
