import fc from 'fast-check';
import iconv from 'iconv-lite';
import { decodeCsv, parseCsv, readCsvBytes } from '../../src/files/csv';

/**
 * The CSV reader (src/files/csv.ts) on what Excel in Japan saves: any field text survives RFC 4180
 * quoting, and Japanese text reads the same from Shift_JIS, UTF-8 and UTF-8 with BOM. 10,000 cases each.
 */
const RUNS = { numRuns: 10_000 };
// 10,000 cases take a few seconds on a busy machine: a guard against hanging, not a timed assertion.
jest.setTimeout(60_000);

/** Characters of the standard layout's cells, all of them in Shift_JIS (JIS X 0208). */
const DOMAIN = [
  ...'区名指標番号取組の方向性目標値単位年度実績運営方針記載全て実施備考北都島福島此花中央西港大正天王寺浪速淀川東成生野旭城住吉阿倍野鶴見平成以上以下未満点件団体割合アイウエオ①②③ー・、。％０１２３４５６７８９△ABCabc012.%- ',
];

const domainText = fc.array(fc.constantFrom(...DOMAIN), { maxLength: 30 }).map((chars) => chars.join(''));
const fieldText = fc.oneof(
  domainText,
  fc.string({ maxLength: 12 }),
  fc.constantFrom('"', '""', ',', '\n', '\r\n', 'a,"b"'),
);

/** RFC 4180 as Excel writes it: quote a field holding a comma, a quote or a line break; double quotes. */
function csvOf(rows: readonly (readonly string[])[]): string {
  const quote = (field: string): string => (/[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);
  return `${rows.map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}

describe('CSV reading (property, 10,000 cases each)', () => {
  it('any fields (commas, quotes, line breaks, Japanese) come back as written', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5 })
          .chain((width) =>
            fc.array(fc.array(fieldText, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 5 }),
          ),
        (rows) => {
          // A row of one empty field is an empty line, which CSV cannot tell from no row at all.
          fc.pre(rows.every((row) => row.length > 1 || row[0] !== ''));
          return JSON.stringify(parseCsv(csvOf(rows))) === JSON.stringify(rows);
        },
      ),
      RUNS,
    );
  });

  it('Japanese text reads the same from Shift_JIS, UTF-8 and UTF-8 with BOM, and names its encoding', () => {
    fc.assert(
      fc.property(domainText, (text) => {
        const sjis = decodeCsv(new Uint8Array(iconv.encode(text, 'Shift_JIS')));
        const utf8 = decodeCsv(new TextEncoder().encode(text));
        const bom = decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]));
        const ascii = /^[\x20-\x7e]*$/.test(text);
        return (
          sjis.text === text &&
          utf8.text === text &&
          bom.text === text &&
          (ascii || sjis.encoding === 'shift_jis') &&
          utf8.encoding === 'utf-8' &&
          bom.encoding === 'utf-8'
        );
      }),
      RUNS,
    );
  });

  it('any bytes make a one-sheet snapshot, never an exception; rows are never padded (issue 13)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.string({ maxLength: 20 }), (bytes, name) => {
        const snapshot = readCsvBytes(bytes, `${name}.csv`);
        // A row ends with its last non-empty cell: none is padded to the widest row.
        return (
          snapshot.sheets.length === 1 &&
          (snapshot.sheets[0]?.values ?? []).every((row) => row.length === 0 || row[row.length - 1] !== null)
        );
      }),
      RUNS,
    );
  });
});
