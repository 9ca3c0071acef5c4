import { columnIndex, columnLetters } from '../../core/address';

/** Excel saves custom functions it does not know with this prefix; KUSEI reads both forms. */
const UDF_PREFIX = /_xldudf_/gi;

/** Formula text as the core reads it: no leading "=", no `_xldudf_` prefix. */
export function normalizeFormula(formula: string): string {
  return formula.replace(/^=/, '').replace(UDF_PREFIX, '');
}

const MAX_COLUMN = 16_384;
const MAX_ROW = 1_048_576;
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})$/;
const COLUMN = /^(\$?)([A-Za-z]{1,3})$/;

function isTokenChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 36 ||
    code === 95 ||
    code === 46 ||
    code > 127
  );
}

function shiftColumn(dollar: string, letters: string, by: number): string | null {
  const index = columnIndex(letters);
  if (index === null) return null;
  const column = index + 1 + (dollar === '' ? by : 0);
  return column < 1 || column > MAX_COLUMN ? null : `${dollar}${columnLetters(column - 1)}`;
}

/**
 * The formula of a shared-formula cell: the master's formula with its relative references moved by
 * the distance from the master to this cell (what Excel shows in that cell). Text in quotes, quoted
 * sheet names, [structured references] and function names are left alone; a reference moved off the
 * sheet becomes #REF!, as in Excel.
 */
export function slideFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  let out = '';
  let p = 0;
  /** The previous token began a column range, so this one (after ":") ends it. */
  let endsRange = false;
  const length = formula.length;
  while (p < length) {
    const code = formula.charCodeAt(p);
    if (code === 34 || code === 39) {
      // "text" or 'sheet name': copied as written ("" and '' escape their quote).
      let end = p + 1;
      for (;;) {
        const close = formula.indexOf(code === 34 ? '"' : "'", end);
        if (close < 0) {
          end = length;
          break;
        }
        if (formula.charCodeAt(close + 1) === code) {
          end = close + 2;
          continue;
        }
        end = close + 1;
        break;
      }
      out += formula.slice(p, end);
      p = end;
      endsRange = false;
      continue;
    }
    if (code === 91) {
      let depth = 0;
      let end = p;
      while (end < length) {
        const c = formula.charCodeAt(end);
        if (c === 91) depth++;
        else if (c === 93 && --depth === 0) break;
        end++;
      }
      out += formula.slice(p, end + 1);
      p = end + 1;
      continue;
    }
    if (!isTokenChar(code)) {
      if (code !== 58) endsRange = false;
      out += formula[p];
      p++;
      continue;
    }
    let end = p;
    while (end < length && isTokenChar(formula.charCodeAt(end))) end++;
    const token = formula.slice(p, end);
    const after = formula.charCodeAt(end);
    p = end;
    if (after === 40 || after === 33) {
      // A function name "LOG10(" or a sheet name "Sheet1!".
      out += token;
      endsRange = false;
      continue;
    }
    const cell = CELL.exec(token);
    if (cell) {
      const [, colDollar = '', letters = '', rowDollar = '', digits = ''] = cell;
      const row = Number(digits) + (rowDollar === '' ? rows : 0);
      const column = shiftColumn(colDollar, letters, columns);
      if ((columnIndex(letters) ?? MAX_COLUMN) >= MAX_COLUMN || Number(digits) > MAX_ROW || Number(digits) < 1) {
        out += token; // Not a cell reference after all (a name such as "ABCD1" or "TAX2026").
      } else {
        out += column === null || row < 1 || row > MAX_ROW ? '#REF!' : `${column}${rowDollar}${row}`;
      }
      endsRange = false;
      continue;
    }
    // A whole-column range "A:C" moves by columns only.
    const column = COLUMN.exec(token);
    const startsRange = after === 58 && COLUMN.test(/^[$A-Za-z]+/.exec(formula.slice(end + 1))?.[0] ?? '');
    if (column && (startsRange || endsRange)) {
      const [, dollar = '', letters = ''] = column;
      out += shiftColumn(dollar, letters, columns) ?? '#REF!';
      endsRange = startsRange;
      continue;
    }
    endsRange = false;
    out += token;
  }
  return out;
}
