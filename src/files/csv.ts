import type { CellValue } from '../core/cell';
import type { WorkbookSnapshot } from '../core/snapshot';

/**
 * The KUSEI standard long layout as CSV (区名,指標番号,…; `../shared/data/fy2015_city.csv`) → a one-sheet
 * snapshot. Browser-safe. UTF-8 with or without BOM, or Shift_JIS (what Excel in Japan saves as "CSV").
 * Cells stay text as written (the core reads "30.4%" itself); empty cells are null.
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

/** RFC 4180 fields: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function sheetNameOf(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  // Excel limits sheet names to 31 characters and forbids []:*?/\.
  return (base.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'CSV').trim();
}

export function readCsvText(text: string, fileName = 'data.csv'): WorkbookSnapshot {
  const rows = parseCsv(text);
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  const values: CellValue[][] = rows.map((row) => {
    const cells: CellValue[] = row.map((cell) => (cell.trim() === '' ? null : cell));
    while (cells.length < width) cells.push(null);
    return cells;
  });
  return {
    fileName: fileName.replace(/^.*[\\/]/, ''),
    sheets: [{ name: sheetNameOf(fileName), origin: 'A1', values }],
  };
}

export function readCsvBytes(bytes: Uint8Array, fileName = 'data.csv'): WorkbookSnapshot {
  return readCsvText(decodeCsv(bytes).text, fileName);
}
