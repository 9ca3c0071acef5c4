import { constants, crc32, deflateRawSync } from 'node:zlib';
import type { RawPart } from './zip';
import { deflatedPart, zipArchive } from './zip';

/**
 * An .xlsx with `rows` identical standard-layout data rows, written as raw SpreadsheetML without
 * ExcelJS (which would take minutes for a million rows). Rows and cells omit their optional `r`
 * attributes, so every block of rows is the same bytes: it is deflated once (full flush) and repeated.
 * The parts declare their true sizes.
 */
const STRINGS = [
  '区名',
  '指標番号',
  '取組の方向性',
  '目標値',
  '単位',
  '27年度実績',
  '区運営方針への記載',
  '取組の実施状況',
  '備考',
  '此花区',
  '1-1-ア',
  '取組',
  'H29年度までに50%以上',
  '%',
  '51.3%',
  '記載あり',
  '全て実施',
];

function row(r: number, indexes: readonly number[]): string {
  return `<row r="${r}">${indexes.map((i, col) => `<c r="${String.fromCharCode(65 + col)}${r}" t="s"><v>${i}</v></c>`).join('')}</row>`;
}

const DATA_CELLS = [9, 10, 11, 12, 13, 14, 15, 16];
const BLOCK_ROWS = 5000;

export function bigSheetXlsx(rows: number): { bytes: Uint8Array; sheetXmlBytes: number } {
  const head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${row(1, [0, 1, 2, 3, 4, 5, 6, 7, 8])}`;
  const tail = '</sheetData></worksheet>';
  // Each block is deflated on its own and ends with a full flush (byte-aligned, not final): raw
  // deflate blocks concatenate into one valid stream, and no block holds more than 5,000 rows of text.
  const flush = { finishFlush: constants.Z_FULL_FLUSH, level: 1 };
  const chunks: Buffer[] = [];
  const headBytes = Buffer.from(head, 'utf8');
  chunks.push(deflateRawSync(headBytes, flush));
  let crc = crc32(headBytes);
  let size = headBytes.length;
  for (let first = 2; first <= rows + 1; first += BLOCK_ROWS) {
    let text = '';
    for (let r = first; r < Math.min(first + BLOCK_ROWS, rows + 2); r++) text += row(r, DATA_CELLS);
    const block = Buffer.from(text, 'utf8');
    chunks.push(deflateRawSync(block, flush));
    crc = crc32(block, crc);
    size += block.length;
  }
  const tailBytes = Buffer.from(tail, 'utf8');
  chunks.push(deflateRawSync(tailBytes));
  crc = crc32(tailBytes, crc);
  size += tailBytes.length;
  const data = Buffer.concat(chunks);
  const sheet: RawPart = { name: 'xl/worksheets/sheet1.xml', data, method: 8, crc, uncompressedSize: size };
  const parts = [
    deflatedPart(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    ),
    deflatedPart(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    deflatedPart(
      'xl/workbook.xml',
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="此花区" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    deflatedPart(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    ),
    deflatedPart(
      'xl/sharedStrings.xml',
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${STRINGS.length}" uniqueCount="${STRINGS.length}">${STRINGS.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`,
    ),
    sheet,
  ];
  return { bytes: zipArchive(parts), sheetXmlBytes: size };
}
