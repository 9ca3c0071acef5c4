import { isCellError, type CellError } from '../cell';
import { describeValue } from './describe';
import { kuseiError } from '../messages/value-errors';
import type { ExcelErrorKind, KuseiError, Result } from '../result';
import { isNotMeasured } from './not-measured';
import { normalizeText } from './normalize';
import { scannedValue, scanNumber } from './scan';
import { canonicalUnit, isKnownUnit, PERCENT } from './units';

/**
 * A number with the unit it was written in. Percentages are fractions (51.3% → 0.513, unit '%');
 * a bare number has unit null and is interpreted against the target (see rules/compare.ts).
 */
export interface Quantity {
  readonly value: number;
  readonly unit: string | null;
}

const EXCEL_ERRORS: readonly ExcelErrorKind[] = ['#VALUE!', '#N/A', '#DIV/0!', '#NUM!'];

/** A cell's error value passes through as the same Excel error, with a message saying where to look. */
export function cellErrorResult(cell: CellError): KuseiError {
  const kind = EXCEL_ERRORS.find((e) => e === cell.cellError) ?? '#VALUE!';
  return kuseiError(kind, 'VALUE_CELL_ERROR', { cellError: cell.cellError });
}

/** True when an Excel number format shows the value as a percentage ("0.0%", not "0.0\"%\""). */
export function isPercentFormat(numberFormat: string | null | undefined): boolean {
  if (!numberFormat || !numberFormat.includes('%')) return false;
  return /%/.test(numberFormat.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, ''));
}

/**
 * Reads what a cell means as a quantity: `５１．３％` → {0.513, '%'}, `15,914千円` → {15914, '千円'},
 * `△5` → {-5, null}, 0.513 formatted `0.0%` → {0.513, '%'}. Never throws; what it cannot read is an
 * error value whose message says what to write instead (never a silent zero).
 */
export function readQuantity(cell: unknown, numberFormat?: string | null): Result<Quantity> {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return kuseiError('#NUM!', 'VALUE_NOT_FINITE');
    return { value: cell, unit: isPercentFormat(numberFormat) ? PERCENT : null };
  }
  if (typeof cell === 'string') return readQuantityText(cell);
  if (typeof cell === 'boolean') return kuseiError('#VALUE!', 'VALUE_BOOLEAN');
  if (isCellError(cell)) return cellErrorResult(cell);
  if (cell === null || cell === undefined) return kuseiError('#N/A', 'VALUE_EMPTY');
  return kuseiError('#VALUE!', 'VALUE_UNREADABLE', { text: describeValue(cell) });
}

export function readQuantityText(text: string): Result<Quantity> {
  const scanned = scanNumber(text);
  if (scanned === null) return unreadable(text);
  if (!Number.isFinite(scanned.mantissa)) return kuseiError('#NUM!', 'VALUE_NOT_FINITE');
  const rest = scanned.end === text.length ? '' : text.slice(scanned.end);
  if (rest === '') return { value: scannedValue(scanned), unit: null };
  if (rest === '%' || rest === '％') return { value: scannedValue(scanned, 2), unit: PERCENT };
  const value = scannedValue(scanned);
  // Units as written need no normalising; only odd spellings (half-width kana, spaces) do.
  if (isKnownUnit(rest)) return { value, unit: canonicalUnit(rest) };
  const unit = normalizeText(rest);
  if (unit === '') return { value, unit: null };
  if (unit === PERCENT) return { value: scannedValue(scanned, 2), unit: PERCENT };
  if (isKnownUnit(unit)) return { value, unit: canonicalUnit(unit) };
  if (/^[\p{L}\p{M}]{1,6}$/u.test(unit) && !/以上|以下|未満|超/.test(unit)) {
    return kuseiError('#VALUE!', 'VALUE_UNKNOWN_UNIT', { text, unit });
  }
  return unreadable(text);
}

function unreadable(text: string): KuseiError {
  if (isNotMeasured(text)) {
    return text.trim() === ''
      ? kuseiError('#N/A', 'VALUE_EMPTY')
      : kuseiError('#N/A', 'VALUE_NOT_MEASURED', { text: text.trim() });
  }
  return kuseiError('#VALUE!', 'VALUE_UNREADABLE', { text: text.trim() });
}

/** The number a cell means (`５１．３％` → 0.513), or the error value. */
export function readValue(cell: unknown, numberFormat?: string | null): Result<number> {
  const quantity = readQuantity(cell, numberFormat);
  return 'error' in quantity ? quantity : quantity.value;
}
