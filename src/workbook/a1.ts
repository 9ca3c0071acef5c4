/** A1 addresses for the pane and its gateways (0-based column indexes, 1-based rows). */

export function columnLetters(index: number): string {
  let letters = '';
  let rest = index + 1;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let index = 0;
  for (const char of letters.toUpperCase()) index = index * 26 + (char.charCodeAt(0) - 64);
  return index - 1;
}

export interface CellRef {
  /** 0-based column index. */
  readonly col: number;
  /** 1-based row. */
  readonly row: number;
}

/** Reads "F12", "$F$12" or "'Sheet 1'!F12" (the sheet part is dropped); null when it is not a cell. */
export function parseCell(address: string): CellRef | null {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(local.trim());
  if (!match?.[1] || !match[2]) return null;
  return { col: columnIndex(match[1]), row: Number(match[2]) };
}

export function cellAddress(ref: CellRef): string {
  return `${columnLetters(ref.col)}${ref.row}`;
}

/** "A1:C20" (or a sheet-qualified one) → its top-left and bottom-right cells. */
export function parseRange(address: string): { readonly start: CellRef; readonly end: CellRef } | null {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [first, second] = local.split(':');
  const start = first === undefined ? null : parseCell(first);
  const end = second === undefined ? start : parseCell(second);
  return start && end ? { start, end } : null;
}

/** Sheet-local part of an address: "'区 一覧'!B3" → "B3". */
export function localAddress(address: string): string {
  return address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
}
