/**
 * Errors are values in the core (architecture guide): bad input gives a `KuseiError`, never an
 * exception and never a silent zero. `error` is the Excel error a custom function shows, `code`
 * a stable key into the message table, `message` the Japanese text telling the user what to write
 * instead. Hosts that show English re-render it from `code` and `params` (see messages/).
 */
export type ExcelErrorKind = '#VALUE!' | '#N/A' | '#DIV/0!' | '#NUM!';

export interface KuseiError {
  readonly error: ExcelErrorKind;
  readonly code: string;
  readonly message: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export function isKuseiError(value: unknown): value is KuseiError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as KuseiError).error === 'string' &&
    typeof (value as KuseiError).code === 'string'
  );
}

/** A value or the reason it could not be produced. */
export type Result<T> = T | KuseiError;
