/**
 * A1 addressing, the one module for every layer (core, gateways, pane, files). One convention: rows
 * and columns are 0-based offsets (A1 is row 0, col 0); only the A1 text carries Excel's 1-based row
 * numbers. Users see A1 addresses with the sheet name quoted when Excel would quote it
 * ('区 一覧'!B3), so a finding can be pasted into the Name Box as is.
 */
export interface CellPosition {
  /** 0-based sheet row (row 1 is 0). */
  readonly row: number;
  /** 0-based sheet column (A is 0). */
  readonly col: number;
}

/** Letters of the columns asked for so far: every record's source names its cells (900,000 per 100,000 rows). */
const LETTERS_BY_COLUMN: string[] = [];
/** Excel's last column is XFD (16,384 columns); beyond it letters are computed, not kept. */
const MAX_CACHED_COLUMN = 16_384;

export function columnLetters(col: number): string {
  const cached = LETTERS_BY_COLUMN[col];
  if (cached !== undefined) return cached;
  const letters = lettersOf(col);
  if (col >= 0 && col < MAX_CACHED_COLUMN && Number.isInteger(col)) LETTERS_BY_COLUMN[col] = letters;
  return letters;
}

function lettersOf(col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Column index of letters ("A" → 0, "AA" → 26), or null when not letters. */
export function columnIndex(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Parses "B3" (or "$B$3") into a 0-based position; null when it is not an A1 cell address. */
export function parseA1(address: string): CellPosition | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) return null;
  const col = columnIndex(match[1] ?? '');
  const row = Number(match[2]) - 1;
  if (col === null || row < 0) return null;
  return { row, col };
}

export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Parses "A1:C2" (or a single cell) into a 0-based inclusive range. */
export function parseRange(range: string): CellRange | null {
  const [first, second] = range.split(':');
  const a = parseA1(first ?? '');
  const b = second === undefined ? a : parseA1(second);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "A1:C20" for a 0-based inclusive range. */
export function rangeAddress(range: CellRange): string {
  return `${cellAddress(range.top, range.left)}:${cellAddress(range.bottom, range.right)}`;
}

/** Sheet-local part of an address: "'区 一覧'!B3" → "B3" (an address without a sheet is returned as is). */
export function localAddress(address: string): string {
  return address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
}

/**
 * Excel quotes a sheet name unless it is a plain identifier-like word (letters, digits, underscore, dot)
 * that cannot be read as a reference: not A1-like (AB12) nor R1C1-like (R, C, RC, R1C1, R2C).
 */
export function quoteSheetName(name: string): string {
  if (
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^(?:[Rr]\d*)?(?:[Cc]\d*)?$/.test(name)
  ) {
    return name;
  }
  return `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedAddress(sheet: string, row: number, col: number): string {
  return `${quoteSheetName(sheet)}!${cellAddress(row, col)}`;
}
