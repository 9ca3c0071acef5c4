import type { CellValue } from '../core/cell';
import {
  EXCEL_MAX_CELL_TEXT,
  EXCEL_MAX_COLUMNS,
  EXCEL_MAX_ROWS,
  MAX_CELLS_PER_FILE,
  type ReadLimit,
} from '../core/read-limits';
import type { WorkbookSnapshot } from '../core/snapshot';
import { scanCsvRecords } from './csv-records';

/**
 * The KUSEI standard long layout as CSV (区名,指標番号,…; `../shared/data/fy2015_city.csv`) → a one-sheet
 * snapshot. Browser-safe. UTF-8 with or without BOM,
 * or Shift_JIS (what Excel in Japan saves as "CSV"). Cells stay text as written (the core reads "30.4%"
 * itself); empty cells are null. Rows keep their own length: never padded to the widest row, so one
 * row of 200,000 commas costs one row, not 200,000 × every row.
 */

export type CsvEncoding = 'utf-8' | 'shift_jis';

/** Decodes CSV bytes: a UTF-8 BOM or valid UTF-8 is UTF-8, anything else is read as Shift_JIS. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('shift_jis').decode(bytes), encoding: 'shift_jis' };
  }
}

/** Rows as parsed, and the limits reached while parsing (see src/core/read-limits.ts). */
export interface ParsedCsv<T> {
  readonly rows: T[][];
  readonly limits: ReadLimit[];
}

/** Cells of text longer than Excel allows reported one by one up to this many (then only clipped). */
const MAX_CLIPPED_REPORTS = 100;

/**
 * RFC 4180 fields (src/files/csv-records.ts): quoted fields may hold commas, doubled quotes and line
 * breaks; a stray quote inside an unquoted field is kept as written; CRLF, LF and CR end a record. Rows past
 * Excel's 1,048,576, cells past column XFD and past MAX_CELLS_PER_FILE are not kept, text past 32,767
 * characters is clipped; each is a limit with its place. A quote never closed stops reading there.
 */
export function parseCsvWithLimits<T>(
  text: string,
  sheet: string,
  cellOf: (text: string) => T,
  /** Whether a field holds nothing, so that trailing ones need not be kept (none, for raw fields). */
  holdsNothing: (text: string) => boolean = () => false,
): ParsedCsv<T> {
  const rows: T[][] = [];
  const limits: ReadLimit[] = [];
  let cells = 0;
  // Where reading stopped (rows past Excel's last, or cells past MAX_CELLS_PER_FILE), and the
  // non-empty cells after it, so the finding says how much was not read.
  let stop: { readonly code: 'sheet.tooManyRows' | 'file.tooManyCells'; readonly row: number } | null = null;
  let notRead = 0;
  let firstWideRow: number | null = null;
  let beyondWidth = 0;
  let clippedReported = 0;
  const countNotRead = (record: readonly string[], fieldsBeyond: number): void => {
    for (const field of record) if (field.trim() !== '') notRead++;
    notRead += fieldsBeyond;
  };
  const keep = (record: string[], fieldsBeyond: number): void => {
    const row = rows.length;
    if (row >= EXCEL_MAX_ROWS) {
      stop = { code: 'sheet.tooManyRows', row };
      countNotRead(record, fieldsBeyond);
      return;
    }
    if (fieldsBeyond > 0) {
      firstWideRow ??= row;
      beyondWidth += fieldsBeyond;
    }
    // Trailing empty fields are not kept: they hold nothing, and a row of commas would hold memory.
    let width = Math.min(record.length, EXCEL_MAX_COLUMNS);
    while (width > 0 && holdsNothing(record[width - 1] ?? '')) width--;
    let filled = 0;
    for (let col = 0; col < width; col++) if ((record[col] ?? '').trim() !== '') filled++;
    if (cells + filled > MAX_CELLS_PER_FILE) {
      stop = { code: 'file.tooManyCells', row };
      countNotRead(record, fieldsBeyond);
      return;
    }
    cells += filled;
    const cellsOfRow: T[] = new Array<T>(width);
    for (let col = 0; col < width; col++) {
      let value = record[col] ?? '';
      if (value.length > EXCEL_MAX_CELL_TEXT) {
        if (clippedReported++ < MAX_CLIPPED_REPORTS) {
          limits.push({
            code: 'cell.beyondExcelLength',
            sheet,
            row,
            col,
            limit: EXCEL_MAX_CELL_TEXT,
            count: value.length,
          });
        }
        value = value.slice(0, EXCEL_MAX_CELL_TEXT);
      }
      cellsOfRow[col] = cellOf(value);
    }
    rows.push(cellsOfRow);
  };
  const end = scanCsvRecords(text, EXCEL_MAX_COLUMNS, {
    record: (fields, fieldsBeyond) => {
      if (stop === null) keep(fields, fieldsBeyond);
      else countNotRead(fields, fieldsBeyond);
      return true;
    },
  });
  if (end === 'unclosedQuote') {
    // The rest of the file would be one field: it is not guessed at; the rows before it are kept.
    limits.push({ code: 'csv.unclosedQuote', sheet, row: rows.length, col: 0, limit: rows.length + 1 });
  }
  if (firstWideRow !== null) {
    limits.push({
      code: 'sheet.tooManyColumns',
      sheet,
      row: firstWideRow,
      col: EXCEL_MAX_COLUMNS,
      limit: EXCEL_MAX_COLUMNS,
      count: beyondWidth,
    });
  }
  const stopped = stop as { code: 'sheet.tooManyRows' | 'file.tooManyCells'; row: number } | null;
  if (stopped !== null) {
    const limit = stopped.code === 'sheet.tooManyRows' ? EXCEL_MAX_ROWS : MAX_CELLS_PER_FILE;
    limits.push({ code: stopped.code, sheet, row: stopped.row, col: 0, limit, count: notRead });
  }
  return { rows, limits };
}

/** RFC 4180 fields of a CSV text (limits applied, see parseCsvWithLimits). */
export function parseCsv(text: string): string[][] {
  return parseCsvWithLimits(text, 'CSV', (cell) => cell).rows;
}

function sheetNameOf(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  // Excel limits sheet names to 31 characters and forbids []:*?/\.
  return (base.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'CSV').trim();
}

export function readCsvText(text: string, fileName = 'data.csv'): WorkbookSnapshot {
  const name = sheetNameOf(fileName);
  const blank = (cell: string): boolean => cell.trim() === '';
  const { rows: values, limits } = parseCsvWithLimits<CellValue>(
    text,
    name,
    (cell) => (blank(cell) ? null : cell),
    blank,
  );
  return {
    fileName: fileName.replace(/^.*[\\/]/, ''),
    sheets: [{ name, origin: 'A1', values }],
    ...(limits.length > 0 ? { limits } : {}),
  };
}

export function readCsvBytes(bytes: Uint8Array, fileName = 'data.csv'): WorkbookSnapshot {
  return readCsvText(decodeCsv(bytes).text, fileName);
}
