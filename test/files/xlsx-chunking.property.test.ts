import fc from 'fast-check';
import { fflateInflate } from '../../src/files/xlsx/inflate';
import { readXlsxWorkbook } from '../../src/files/xlsx/read-workbook';
import { parseSheet, type ReadBudget } from '../../src/files/xlsx/sheet-part';
import { readXlsxSnapshot, xlsxWorkbookToSnapshot } from '../../src/files/xlsx/to-snapshot';
import { buildXlsx } from './support/build-xlsx';

/**
 * A worksheet is read as a stream (issue 11: peak memory of a 100,000-row read ≤ 150 MiB): inflated a
 * few bytes at a time, decoded as UTF-8 piece by piece, scanned chunk by chunk. However the text is
 * cut — inside a tag, an attribute, an entity, a CDATA section, a comment, a multi-byte character —
 * the reading must be the one of the whole text.
 */
jest.setTimeout(120_000);

const TEXT_UNITS = ['a', '0', '区', 'ア', '😀', '&amp;', '&lt;', '&#x5B57;', '&#12354;', '\r\n', ' ', '"', "'"];
const text = fc.string({ unit: fc.constantFrom(...TEXT_UNITS), maxLength: 10 });

/** One `<c>` element as Excel, LibreOffice or a generator may write it. */
const cell: fc.Arbitrary<string> = fc.oneof(
  fc.nat({ max: 99999 }).map((n) => `<v>${n}</v>`),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => `<v>${n}</v>`),
  fc.nat({ max: 3 }).map((n) => `" t="s"><v>${n}</v>`),
  text.map((t) => `" t="str"><f>A1&amp;"x"</f><v>${t}</v>`),
  text.map((t) => `" t="inlineStr"><is><r><t>${t}</t></r><rPh sb="0" eb="1"><t>ク</t></rPh></is>`),
  text.map((t) => `" t="inlineStr"><is><t><![CDATA[${t}<&>]]></t></is>`),
  fc.constant(`" t="b"><v>1</v>`),
  fc.constant(`" t="e"><v>#N/A</v>`),
  fc.constant(`" s="1"><!-- a comment --><v>0.5</v>`),
  fc.constant(`" s="1"/>`),
);

/** A sheet of up to 12 rows of up to 6 cells, with a shared formula, a hidden row and a merge. */
const sheetXml: fc.Arbitrary<string> = fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 12 }).map((rows) => {
  const body = rows
    .map((cells, r) => {
      const written = cells
        .map((c, i) => {
          const address = `${String.fromCharCode(65 + i)}${r + 1}`;
          // A cell body that starts with `"` continues the start tag; otherwise it is a plain value.
          return c.startsWith('"')
            ? `<c r="${address}${c}${c.endsWith('/>') ? '' : '</c>'}`
            : `<c r='${address}'>${c}</c>`;
        })
        .join('');
      return `<row r="${r + 1}"${r === 2 ? ' hidden="1"' : ''}>${written}</row>`;
    })
    .join('\n');
  return (
    '\uFEFF<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<!DOCTYPE x [<!ENTITY e "y">]>' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cols><col min="1" max="2"/></cols>' +
    `<sheetData>${body}<row r="20"><c r="A20"><f t="shared" ref="A20:A21" si="0">B20*2</f><v>4</v></c></row>` +
    '<row r="21"><c r="A21"><f t="shared" si="0"/><v>6</v></c></row></sheetData>' +
    '<mergeCells count="1"><mergeCell ref="B2:C3"/></mergeCells><pageMargins left="0.7"/></worksheet>'
  );
});

/** `text` cut at the given positions, as the chunks a stream gives. */
function chunked(whole: string, cuts: readonly number[]): () => string | null {
  const points = [...new Set(cuts.map((cut) => cut % (whole.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const point of points) {
    pieces.push(whole.slice(from, point));
    from = point;
  }
  pieces.push(whole.slice(from));
  let next = 0;
  return () => (next < pieces.length ? (pieces[next++] ?? null) : null);
}

function budget(): ReadBudget {
  return { cellsLeft: 1_000_000, limits: [] };
}

const STRINGS = ['区名', '目標値', '&', '😀'];

describe('a worksheet read chunk by chunk', () => {
  it('any chunking of a sheet’s text gives the cells of the whole text', () => {
    fc.assert(
      fc.property(sheetXml, fc.array(fc.nat(), { maxLength: 60 }), (xml, cuts) => {
        const whole = parseSheet(xml.replace(/^\uFEFF/, ''), STRINGS, 'S', budget());
        const streamed = parseSheet(chunked(xml.replace(/^\uFEFF/, ''), cuts), STRINGS, 'S', budget());
        expect(streamed).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  it('any chunking of damaged text gives the same reading or the same problem as the whole text', () => {
    fc.assert(
      fc.property(
        sheetXml,
        fc.nat(),
        fc.nat({ max: 40 }),
        fc.array(fc.nat(), { maxLength: 30 }),
        (xml, at, length, cuts) => {
          const start = at % (xml.length + 1);
          const damaged = xml.slice(0, start) + xml.slice(start + length);
          expect(parseSheet(chunked(damaged, cuts), STRINGS, 'S', budget())).toEqual(
            parseSheet(damaged, STRINGS, 'S', budget()),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a workbook inflated a few bytes at a time (UTF-8 characters cut between pieces) reads as in one piece', () => {
    fc.assert(
      fc.property(sheetXml, fc.integer({ min: 1, max: 64 }), (xml, inputBytes) => {
        const bytes = buildXlsx([{ name: '区', xml }]);
        const whole = readXlsxWorkbook(bytes, 'a.xlsx', { inflate: fflateInflate });
        const pieces = readXlsxWorkbook(bytes, 'a.xlsx', { inflate: fflateInflate, streamPieceBytes: inputBytes });
        if ('fileError' in whole || 'fileError' in pieces) {
          expect(pieces).toEqual(whole);
          return;
        }
        const snapshot = xlsxWorkbookToSnapshot(whole, 'a.xlsx');
        expect(xlsxWorkbookToSnapshot(pieces, 'a.xlsx')).toEqual(snapshot);
        // The snapshot filled while reading is the one made from the sparse cells.
        expect(readXlsxSnapshot(bytes, 'a.xlsx', { inflate: fflateInflate, streamPieceBytes: inputBytes })).toEqual(
          snapshot,
        );
      }),
      { numRuns: 150 },
    );
  });

  it('hand-made: cuts inside "<c r=", "&amp;" and "<v>12", and between the bytes of 区 (1-byte pieces), change nothing', () => {
    // Expected by hand: A1 holds the text "a&区", B1 the number 12 (domain: cells as written).
    const xml =
      '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a&amp;区</t></is></c><c r="B1"><v>12</v></c></row></sheetData></worksheet>';
    const sheet = parseSheet(chunked(xml, [35, 67, 96]), [], 'S', budget());
    expect(sheet).toMatchObject({ values: ['a&区', 12] });
    expect('rows' in sheet && [...sheet.rows, ...sheet.cols]).toEqual([0, 0, 0, 1]);
    const bytes = buildXlsx([{ name: '区', xml }]);
    const read = readXlsxWorkbook(bytes, 'a.xlsx', { inflate: fflateInflate, streamPieceBytes: 1 });
    expect('sheets' in read && read.sheets[0]?.cells.values).toEqual(['a&区', 12]);
  });
});
