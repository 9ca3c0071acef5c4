import type { CellValue } from '../../core/cell';
import { columnLetters } from '../../core/address';
import { EXCEL_MAX_CELL_TEXT, MAX_CELLS_PER_FILE, type ReadLimit } from '../../core/read-limits';
import { normalizeFormula, slideFormula } from './formula';
import { decodeExcelEscapes, readStringItem } from './shared-strings-part';
import { XmlScanner, XmlToken } from './xml-scanner';

/** Excel's sheet: 1,048,576 rows × 16,384 columns (XFD). A cell beyond it is damage, not data. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface CellArea {
  /** 0-based, inclusive. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * One worksheet as written, holding only the cells the part contains (never a grid sized by the
 * addresses it claims): parallel arrays, one slot per `<c>` element, in file order.
 */
export interface SparseSheet extends SheetLayout {
  /** 0-based row and column of each cell: typed arrays, 4 bytes a cell (a 100,000-row sheet has 900,000). */
  readonly rows: Int32Array;
  readonly cols: Int32Array;
  /** The cell's value as written (for a formula, its cached result); null when it has none. */
  readonly values: (CellValue | null)[];
  /**
   * Formula text (normalised, shared formulas moved to the cell) or null; the array stops after the
   * last cell with a formula (a sheet without formulas holds none), so read it as `formulas[i] ?? null`.
   */
  readonly formulas: (string | null)[];
  /** Style index (`s`), 0 when absent; -1 for an index past 2^31 (no style has it). */
  readonly styles: Int32Array;
}

export interface SheetProblem {
  readonly problem: 'malformed';
  readonly detail: string;
}

/**
 * Where a scan puts the cells it reads, one call per cell with content in file order: the sparse
 * arrays below (`kusei read` lists them), or the snapshot's grid directly (src/files/xlsx/to-snapshot.ts),
 * so that a 100,000-row read never holds a second copy of its cells.
 */
export interface CellSink {
  /** `style`: the `s` index, 0 when absent, -1 for an index past 2^31 (no style has it). */
  cell(row: number, col: number, value: CellValue | null, formula: string | null, style: number): void;
}

/** What a sheet says besides its cells. */
export interface SheetLayout {
  /** 0-based rows marked hidden. */
  readonly hiddenRows: number[];
  readonly merges: CellArea[];
  /** Bottom-right of the empty cells that carry a style (-1 when none): they hold no value. */
  readonly styledArea: { bottom: number; right: number };
}

/** A growing column of 32-bit integers: what a JavaScript array of numbers holds in 8 bytes, in 4. */
class IntColumn {
  private data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  /** The values pushed (a view, not a copy). */
  done(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/** What a reading may still take, shared by the sheets of one file, and the limits reached so far. */
export interface ReadBudget {
  /** Non-empty cells the file may still add (MAX_CELLS_PER_FILE at the start). */
  cellsLeft: number;
  readonly limits: ReadLimit[];
}

/**
 * "AB12" → [row 11, col 27] (0-based) into `out`; false when it is not an address inside Excel's sheet.
 * Hand-rolled because it runs once per cell.
 */
function decodeAddress(address: string, out: { row: number; col: number }): boolean {
  return decodeAddressIn(address, 0, address.length, out);
}

/** `decodeAddress` of text[start, end), read in place (a cell's `r` in the scanner's window). */
function decodeAddressIn(address: string, start: number, length: number, out: { row: number; col: number }): boolean {
  let p = start;
  let col = 0;
  if (p < length && address.charCodeAt(p) === 36) p++;
  while (p < length) {
    const c = address.charCodeAt(p) | 32;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
    if (col > MAX_COLUMNS) return false;
    p++;
  }
  if (col === 0) return false;
  if (p < length && address.charCodeAt(p) === 36) p++;
  let row = 0;
  const digitsStart = p;
  while (p < length) {
    const c = address.charCodeAt(p);
    if (c < 48 || c > 57) return false;
    row = row * 10 + (c - 48);
    if (row > MAX_ROWS) return false;
    p++;
  }
  if (p === digitsStart || row === 0) return false;
  out.row = row - 1;
  out.col = col - 1;
  return true;
}

/** "A1" of a 0-based cell, for problem details. */
function cellName(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

function parseArea(ref: string): CellArea | null {
  const [first, second] = ref.split(':');
  const a = { row: 0, col: 0 };
  const b = { row: 0, col: 0 };
  if (first === undefined || !decodeAddress(first, a)) return null;
  if (second !== undefined && !decodeAddress(second, b)) return null;
  if (second === undefined) {
    b.row = a.row;
    b.col = a.col;
  }
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/** A number as ExcelJS reads it (parseFloat); non-finite → #NUM!, as the old reader gave. */
function numberValue(text: string): CellValue {
  const value = parseFloat(text);
  return Number.isFinite(value) ? value : { cellError: '#NUM!' };
}

function booleanValue(text: string): CellValue {
  const trimmed = text.trim();
  if (trimmed === '1' || trimmed === 'true') return true;
  if (trimmed === '0' || trimmed === 'false') return false;
  return { cellError: '#VALUE!' };
}

/**
 * A `t="d"` cell (ISO 8601, strict OOXML and openpyxl): the day it names, as for date-formatted
 * numbers; a time of day alone ("10:10:10") names no day and is kept as written.
 */
function isoDateValue(text: string): CellValue {
  const trimmed = text.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(trimmed);
  if (match) return `${match[1]}-${match[2]}-${match[3]}`;
  return /^\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(trimmed) ? trimmed : { cellError: '#VALUE!' };
}

/** The cells of a scan in the sparse arrays of `SparseSheet`. */
class SparseCells implements CellSink {
  readonly rows = new IntColumn();
  readonly cols = new IntColumn();
  readonly styles = new IntColumn();
  readonly values: (CellValue | null)[] = [];
  readonly formulas: (string | null)[] = [];

  cell(row: number, col: number, value: CellValue | null, formula: string | null, style: number): void {
    if (formula !== null) {
      while (this.formulas.length < this.values.length) this.formulas.push(null);
      this.formulas.push(formula);
    }
    this.rows.push(row);
    this.cols.push(col);
    this.values.push(value);
    this.styles.push(style);
  }
}

/**
 * A worksheet part (its whole text, or a function that gives it chunk by chunk and null at the end)
 * → its cells, hidden rows and merges. `strings` are the shared strings. Cells and
 * rows without an `r` attribute follow the previous one, as the format allows. Everything outside
 * `<sheetData>` and `<mergeCells>` (column widths, validations, conditional formats) is not read.
 */
export function parseSheet(
  xml: string | (() => string | null),
  strings: readonly string[],
  sheetName: string,
  budget: ReadBudget,
): SparseSheet | SheetProblem {
  const cells = new SparseCells();
  const layout = scanSheet(xml, strings, sheetName, budget, cells);
  if ('problem' in layout) return layout;
  return {
    rows: cells.rows.done(),
    cols: cells.cols.done(),
    values: cells.values,
    formulas: cells.formulas,
    styles: cells.styles.done(),
    ...layout,
  };
}

/** A worksheet part as `parseSheet` reads it, its cells given to `sink` as they are read. */
export function scanSheet(
  xml: string | (() => string | null),
  strings: readonly string[],
  sheetName: string,
  budget: ReadBudget,
  sink: CellSink,
): SheetLayout | SheetProblem {
  // A function is the part's text chunk by chunk (src/files/xlsx/zip-archive.ts PartTextStream).
  const scanner = typeof xml === 'string' ? new XmlScanner(xml) : new XmlScanner('', xml);
  const sheet = {
    hiddenRows: [] as number[],
    merges: [] as CellArea[],
    styledArea: { bottom: -1, right: -1 },
  };
  const shared = new Map<string, { formula: string; row: number; col: number }>();
  const at = { row: 0, col: 0 };
  let row = -1;
  let col = -1;
  let inSheetData = false;
  let skippedRows = 0;
  let skippedColumns = 0;
  let cellsNotRead = 0;
  for (;;) {
    const token = scanner.next();
    if (token === XmlToken.End) break;
    if (token === XmlToken.Error)
      return { problem: 'malformed', detail: `not well-formed XML near offset ${scanner.offset}` };
    if (token === XmlToken.Close) {
      if (scanner.name === 'sheetData') inSheetData = false;
      continue;
    }
    if (token !== XmlToken.Open) continue;
    const name = scanner.name;
    if (name === 'sheetData') {
      inSheetData = !scanner.selfClosing;
    } else if (name === 'row' && inSheetData) {
      const r = scanner.attr('r');
      const next = r === undefined ? row + 2 : Number(r);
      if (!Number.isInteger(next) || next < 1 || next > MAX_ROWS) {
        // A row numbered off Excel's sheet (1e8): its cells are not read, and the file says so once.
        if (!scanner.selfClosing) {
          skippedRows++;
          if (scanner.skipElement() !== XmlToken.Close) return { problem: 'malformed', detail: 'a row is not closed' };
        }
        continue;
      }
      row = next - 1;
      col = -1;
      if (isTrue(scanner.attr('hidden'))) sheet.hiddenRows.push(row);
    } else if (name === 'c' && inSheetData) {
      scanner.attrs('r', 't', 's');
      const type = scanner.attrValue(1);
      let inside = true;
      if (!scanner.hasAttr(0)) {
        at.row = row < 0 ? 0 : row;
        at.col = col + 1;
        inside = at.col < MAX_COLUMNS;
      } else {
        // In place, as written; an address written with character references is decoded first.
        inside =
          decodeAddressIn(scanner.window, scanner.attrStart(0), scanner.attrEnd(0), at) ||
          decodeAddress(scanner.attrValue(0) ?? '', at);
      }
      if (!inside) {
        // Off the sheet (past XFD or row 1,048,576): not a cell Excel could show; skipped and reported.
        skippedColumns++;
        if (!scanner.selfClosing && scanner.skipElement() !== XmlToken.Close) {
          return { problem: 'malformed', detail: 'a cell is not closed' };
        }
        continue;
      }
      row = at.row;
      col = at.col;
      const styleDigits = scanner.hasAttr(2) ? scanner.attrAsDigits(2) : 0;
      const style = styleDigits >= 0 ? styleDigits : Number(scanner.attrValue(2));
      let valueText: string | null = null;
      /** The value when it was plain digits (then valueText stays ""), else -1. */
      let valueDigits = -1;
      let formulaText: string | null = null;
      let inline: string | null = null;
      let sharedIndex: string | undefined;
      let sharedRef: string | undefined;
      if (!scanner.selfClosing) {
        let inV = false;
        let inF = false;
        for (;;) {
          const inner = scanner.next();
          if (inner === XmlToken.End || inner === XmlToken.Error) {
            return { problem: 'malformed', detail: `cell ${cellName(row, col)} is not closed` };
          }
          if (inner === XmlToken.Text) {
            if (inV) {
              // Most values are plain digits (numbers, shared-string indexes): read in place, no string.
              if (valueText === '' && valueDigits < 0 && (type === undefined || type === 'n' || type === 's')) {
                valueDigits = scanner.textAsDigits();
                if (valueDigits >= 0) continue;
              }
              if (valueDigits >= 0) {
                valueText = String(valueDigits);
                valueDigits = -1;
              }
              valueText = (valueText ?? '') + scanner.text();
            } else if (inF) formulaText = (formulaText ?? '') + scanner.text();
          } else if (inner === XmlToken.Open) {
            const innerName = scanner.name;
            if (innerName === 'v') {
              valueText ??= '';
              inV = !scanner.selfClosing;
            } else if (innerName === 'f') {
              formulaText ??= '';
              if (scanner.attr('t') === 'shared') {
                sharedIndex = scanner.attr('si');
                sharedRef = scanner.attr('ref');
              }
              inF = !scanner.selfClosing;
            } else if (innerName === 'is') {
              if (!scanner.selfClosing) {
                inline = readStringItem(scanner, 'is');
                if (inline === null)
                  return { problem: 'malformed', detail: `inline string of ${cellName(row, col)} is not closed` };
              } else inline = '';
            } else if (!scanner.selfClosing && scanner.skipElement() !== XmlToken.Close) {
              return { problem: 'malformed', detail: `cell ${cellName(row, col)} is not closed` };
            }
          } else if (inner === XmlToken.Close) {
            const innerName = scanner.name;
            if (innerName === 'v') inV = false;
            else if (innerName === 'f') inF = false;
            else if (innerName === 'c') break;
          }
        }
      }
      let formula: string | null = null;
      if (sharedIndex !== undefined) {
        if (sharedRef !== undefined && formulaText !== null && formulaText !== '') {
          shared.set(sharedIndex, { formula: formulaText, row, col });
          formula = normalizeFormula(formulaText);
        } else {
          const master = shared.get(sharedIndex);
          formula = master ? normalizeFormula(slideFormula(master.formula, row - master.row, col - master.col)) : null;
        }
      } else if (formulaText !== null && formulaText !== '') {
        formula = normalizeFormula(formulaText);
      }
      let value: CellValue | null = null;
      if (type === 'inlineStr') {
        value = inline ?? (valueText === null ? null : decodeExcelEscapes(valueText));
      } else if (valueDigits >= 0 && (type === undefined || type === 'n' || type === 's')) {
        value = type === 's' ? (valueDigits < strings.length ? (strings[valueDigits] ?? null) : null) : valueDigits;
      } else if (valueText !== null) {
        switch (type) {
          case 's': {
            const index = valueText.trim() === '' ? -1 : Number(valueText);
            value = Number.isInteger(index) && index >= 0 && index < strings.length ? (strings[index] ?? null) : null;
            break;
          }
          case 'str':
            value = decodeExcelEscapes(valueText);
            break;
          case 'b':
            value = booleanValue(valueText);
            break;
          case 'e':
            value = { cellError: valueText.trim() };
            break;
          case 'd':
            value = isoDateValue(valueText);
            break;
          default:
            // A number; an empty <v/> of a formula whose result is text (t="str") is handled above.
            value = valueText.trim() === '' ? null : numberValue(valueText);
        }
      }
      if (value === null && formula === null) {
        // An empty cell with a style (a border, a fill) only widens the area, as it does in Excel.
        if (style !== 0) {
          if (row > sheet.styledArea.bottom) sheet.styledArea.bottom = row;
          if (col > sheet.styledArea.right) sheet.styledArea.right = col;
        }
        continue;
      }
      if (budget.cellsLeft <= 0) {
        cellsNotRead++;
        continue;
      }
      budget.cellsLeft--;
      if (typeof value === 'string' && value.length > EXCEL_MAX_CELL_TEXT) {
        budget.limits.push({
          code: 'cell.beyondExcelLength',
          sheet: sheetName,
          row,
          col,
          limit: EXCEL_MAX_CELL_TEXT,
          count: value.length,
        });
        value = value.slice(0, EXCEL_MAX_CELL_TEXT);
      }
      sink.cell(
        row,
        col,
        value,
        formula,
        Number.isInteger(style) && style >= 0 ? (style <= 0x7fffffff ? style : -1) : 0,
      );
    } else if (name === 'mergeCell') {
      const area = parseArea(scanner.attr('ref') ?? '');
      if (area !== null) sheet.merges.push(area);
    } else if (!inSheetData && !scanner.selfClosing && SKIPPED.has(name)) {
      // Parts of the sheet the snapshot does not need: skipped without looking inside.
      if (scanner.skipElement() !== XmlToken.Close) return { problem: 'malformed', detail: `<${name}> is not closed` };
    }
  }
  if (skippedRows > 0) {
    budget.limits.push({
      code: 'sheet.tooManyRows',
      sheet: sheetName,
      row: null,
      col: null,
      limit: MAX_ROWS,
      count: skippedRows,
    });
  }
  if (skippedColumns > 0) {
    budget.limits.push({
      code: 'sheet.tooManyColumns',
      sheet: sheetName,
      row: null,
      col: null,
      limit: MAX_COLUMNS,
      count: skippedColumns,
    });
  }
  if (cellsNotRead > 0) {
    budget.limits.push({
      code: 'file.tooManyCells',
      sheet: sheetName,
      row: null,
      col: null,
      limit: MAX_CELLS_PER_FILE,
      count: cellsNotRead,
    });
  }
  return sheet;
}

const SKIPPED = new Set([
  'cols',
  'dataValidations',
  'conditionalFormatting',
  'hyperlinks',
  'extLst',
  'sheetViews',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
]);
