import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { CellValue } from '../../../src/core/cell';
import { bigSheetXlsx } from './big-sheet';
import { GOOD_ROWS, STANDARD_HEADER, standardRow, standardWorkbook, xlsxBytes } from './workbooks';
import { partsOf, zerosDeflated, zipArchive } from './zip';

/**
 * The hostile workbook corpus, generated into a directory by the tests (never checked in as binaries).
 * Each entry says what reading it must give: an unreadable-file code, or the findings it must carry.
 */
export interface CorpusEntry {
  readonly file: string;
  readonly about: string;
  /** The FILE_* code when the file cannot be read at all. */
  readonly fileError?: string;
  /** Findings (code and address) the check must report for a readable file. */
  readonly findings?: readonly { readonly code: string; readonly cell: string | null }[];
  /** Records a readable file must give. */
  readonly records?: number;
}

export const EXCEL_ERROR_VALUES = ['#N/A', '#VALUE!', '#REF!', '#DIV/0!', '#NUM!', '#NAME?', '#NULL!'] as const;

/** Indicator ids of the FY2015 catalogue counted per ward, to give rows distinct ids. */
const IDS = ['1-1-ア', '1-2-ア', '1-2-イ', '1-4-ア', '1-4-イ', '2-2-ア', '2-3-イ'] as const;

function row(id: string, actual: CellValue, note: CellValue = null): CellValue[] {
  return standardRow('此花区', id, 'H29年度までに50%以上', actual, note);
}

function addRows(sheet: ExcelJS.Worksheet, rows: readonly CellValue[][]): void {
  sheet.addRow([...STANDARD_HEADER]);
  for (const values of rows) sheet.addRow(values.map((value) => value ?? undefined));
}

function csvText(rows: readonly CellValue[][]): string {
  const quote = (value: CellValue): string => {
    const text = value === null ? '' : typeof value === 'object' ? value.cellError : String(value);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `${[[...STANDARD_HEADER], ...rows].map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`;
}

export async function buildCorpus(dir: string): Promise<CorpusEntry[]> {
  const entries: CorpusEntry[] = [];
  const put = (file: string, bytes: Uint8Array | string, entry: Omit<CorpusEntry, 'file'>): void => {
    writeFileSync(join(dir, file), bytes);
    entries.push({ file, ...entry });
  };
  const good = await xlsxBytes(standardWorkbook('此花区', GOOD_ROWS));

  put('good.xlsx', good, { about: 'a sound standard-layout workbook (control)', records: 2, findings: [] });

  // --- files that cannot be read at all -------------------------------------------------------
  const damaged = good.slice();
  damaged.fill(0x41, damaged.length - 600, damaged.length - 300);
  put('corrupt.xlsx', damaged, { about: 'zip with its central directory overwritten', fileError: 'FILE_CORRUPT' });
  put('truncated.xlsx', good.subarray(0, Math.floor(good.length / 2)), {
    about: 'workbook cut at half its length (an interrupted copy)',
    fileError: 'FILE_TRUNCATED',
  });
  put('csv-renamed.xlsx', csvText(GOOD_ROWS), { about: 'a CSV file renamed .xlsx', fileError: 'FILE_NOT_XLSX' });
  put('png-renamed.xlsx', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), {
    about: 'a PNG image renamed .xlsx',
    fileError: 'FILE_NOT_XLSX',
  });
  put('password.xlsx', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]), {
    about: 'a password-protected workbook (an OLE compound file, not a zip)',
    fileError: 'FILE_NOT_XLSX',
  });
  put('empty.xlsx', new Uint8Array(0), { about: 'a zero-byte file', fileError: 'FILE_NOT_XLSX' });
  // Limits apply to the parts a reading inflates (issue 11): a bomb is a bomb where the reader looks,
  // here in place of the worksheet; an image, however large it claims to be, is never inflated.
  const bomb = { name: 'xl/worksheets/sheet1.xml', data: zerosDeflated(300), method: 8 as const, crc: 0 };
  const withoutSheet = partsOf(good).filter((part) => part.name !== bomb.name);
  put('zip-bomb.xlsx', zipArchive([...withoutSheet, { ...bomb, uncompressedSize: 300 * 1024 * 1024 }]), {
    about: 'zip bomb: 300 KB worksheet declaring 300 MiB of zeros (limit 64 MiB)',
    fileError: 'FILE_EXPANDS_TOO_MUCH',
  });
  put('zip-bomb-liar.xlsx', zipArchive([...withoutSheet, { ...bomb, uncompressedSize: 1024 * 1024 }]), {
    about: 'zip bomb: a worksheet declaring 1 MiB but inflating to 300 MiB (sizes that lie: damaged)',
    fileError: 'FILE_CORRUPT',
  });
  put('million-rows.xlsx', bigSheetXlsx(1_000_000).bytes, {
    about: '1,000,000 data rows (283 MB of sheet XML; limit 64 MiB)',
    fileError: 'FILE_EXPANDS_TOO_MUCH',
  });

  // --- files that are read, with findings -------------------------------------------------------
  const errors = new ExcelJS.Workbook();
  addRows(
    errors.addWorksheet('此花区'),
    EXCEL_ERROR_VALUES.map((error, i) => row(IDS[i] ?? '1-1-ア', { error } as unknown as CellValue)),
  );
  put('error-values.xlsx', await xlsxBytes(errors), {
    about: 'every Excel error value as an actual',
    records: EXCEL_ERROR_VALUES.length,
    findings: EXCEL_ERROR_VALUES.map((_, i) => ({ code: 'cell.formulaError', cell: `此花区!F${i + 2}` })),
  });

  const uncached = new ExcelJS.Workbook();
  addRows(uncached.addWorksheet('此花区'), [
    row('1-1-ア', { formula: 'G2*2' } as unknown as CellValue),
    row('1-2-ア', '84.7%'),
  ]);
  put('formulas-uncached.xlsx', await xlsxBytes(uncached), {
    about: 'a formula saved without its result (written by a program that does not calculate)',
    records: 2,
    findings: [{ code: 'cell.formulaNotCalculated', cell: '此花区!F2' }],
  });

  const merged = new ExcelJS.Workbook();
  const mergedSheet = merged.addWorksheet('此花区');
  mergedSheet.getCell('A1').value = '平成27年度 区政運営基本方針 進捗状況（此花区）';
  mergedSheet.mergeCells('A1:I1');
  const headers = [
    '区名',
    '指標\n番号',
    '取組の\n方向性',
    '目標値',
    '単位',
    '27年度\n実績',
    '区運営方針\nへの記載',
    '取組の\n実施状況',
    '備考',
  ];
  headers.forEach((header, i) => {
    const col = String.fromCharCode(65 + i);
    mergedSheet.getCell(`${col}2`).value = header;
    mergedSheet.mergeCells(`${col}2:${col}3`);
  });
  GOOD_ROWS.forEach((values, r) =>
    values.forEach((value, c) => {
      if (value !== null) mergedSheet.getCell(4 + r, c + 1).value = value as string;
    }),
  );
  put('merged-multiline-header.xlsx', await xlsxBytes(merged), {
    about: 'title merged over the table; header cells merged over two rows, with line breaks',
    records: 2,
    findings: [],
  });

  const grouped = new ExcelJS.Workbook();
  const groupedSheet = grouped.addWorksheet('此花区');
  ['区名', '指標番号', '目標値'].forEach((header, i) => {
    const col = String.fromCharCode(65 + i);
    groupedSheet.getCell(`${col}1`).value = header;
    groupedSheet.mergeCells(`${col}1:${col}2`);
  });
  groupedSheet.getCell('D1').value = '実績';
  groupedSheet.mergeCells('D1:E1');
  groupedSheet.getCell('D2').value = '27年度';
  groupedSheet.getCell('E2').value = '前年度';
  groupedSheet.addRow(['此花区', '1-1-ア', 'H29年度までに50%以上', '51.3%', '40%']);
  groupedSheet.addRow(['此花区', '1-2-ア', 'H29年度までに50%以上', '84.7%', '80%']);
  put('grouped-header.xlsx', await xlsxBytes(grouped), {
    about: 'a two-level header: 実績 merged over 27年度 | 前年度, the other headers merged down two rows',
    records: 2,
    findings: [],
  });

  const hidden = new ExcelJS.Workbook();
  const visible = hidden.addWorksheet('此花区');
  addRows(visible, [...GOOD_ROWS, row('1-2-イ', '12.5%')]);
  visible.getRow(4).hidden = true;
  const hiddenSheet = hidden.addWorksheet('旧データ');
  hiddenSheet.state = 'hidden';
  addRows(hiddenSheet, [row('1-4-ア', '10%')]);
  put('hidden-rows-and-sheets.xlsx', await xlsxBytes(hidden), {
    about: 'a hidden row and a hidden sheet, both holding cases',
    records: 4,
    findings: [
      { code: 'row.hidden', cell: '此花区!A4' },
      { code: 'sheet.hidden', cell: null },
    ],
  });

  const names = new ExcelJS.Workbook();
  const sheetNames = ['区 一覧', "O'Brien", '📊 集計', '2015年度'];
  sheetNames.forEach((name, i) => addRows(names.addWorksheet(name), [row(IDS[i] ?? '1-1-ア', '約半数')]));
  put('sheet-names.xlsx', await xlsxBytes(names), {
    about: 'sheet names with a blank, a quote, an emoji, a leading digit',
    records: sheetNames.length,
    findings: [
      { code: 'value.notNumber', cell: "'区 一覧'!F2" },
      { code: 'value.notNumber', cell: "'O''Brien'!F2" },
      { code: 'value.notNumber', cell: "'📊 集計'!F2" },
      { code: 'value.notNumber', cell: "'2015年度'!F2" },
    ],
  });

  const long = new ExcelJS.Workbook();
  addRows(long.addWorksheet('此花区'), [
    row('1-1-ア', '51.3%', 'あ'.repeat(30_000)),
    row('1-2-ア', '5'.repeat(30_000)),
    standardRow('此花区', '1-2-イ', `${'目標'.repeat(15_000)}50%以上`, '51.3%'),
    row('1-4-ア', '\n1%'.repeat(5_000)),
  ]);
  put('long-cells.xlsx', await xlsxBytes(long), {
    about: '30,000-character cells (a note, an actual, a target) and an actual of 5,000 lines',
    records: 4,
    findings: [
      { code: 'cell.tooLong', cell: '此花区!F3' },
      { code: 'cell.tooLong', cell: '此花区!D4' },
      { code: 'cell.tooLong', cell: '此花区!F5' },
    ],
  });

  // --- CSV in the encodings Excel in Japan saves ---------------------------------------------
  const csvRows = [...GOOD_ROWS, row('1-2-イ', '５１．３％')];
  put('shift-jis.csv', iconv.encode(csvText(csvRows), 'Shift_JIS'), {
    about: 'standard-layout CSV saved as Shift_JIS ("CSV (コンマ区切り)")',
    records: 3,
    findings: [],
  });
  put('utf8-bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText(csvRows), 'utf8')]), {
    about: 'standard-layout CSV as UTF-8 with BOM ("CSV UTF-8")',
    records: 3,
    findings: [],
  });
  put(
    'binary.csv',
    Uint8Array.from({ length: 512 }, (_, i) => (i * 7919) % 256),
    {
      about: 'binary garbage named .csv',
      records: 0,
      findings: [{ code: 'layout.unknown', cell: null }],
    },
  );
  return entries;
}
