/** Test helpers: call a wrapper the way Excel does (matrices in, null for omitted) and read results. */
import { FunctionError } from '../../src/functions/excel-errors';

/** A column range, as Excel passes `E5:E9`. */
export function column(...cells: unknown[]): unknown[][] {
  return cells.map((cell) => [cell]);
}

/** A single cell, as Excel passes it to a matrix parameter. */
export function cell(value: unknown): unknown[][] {
  return [[value]];
}

/** An omitted optional argument. */
export const OMITTED = null as unknown as unknown[][];

export function isError(value: unknown, code?: string): boolean {
  return value instanceof FunctionError && (code === undefined || value.code === code);
}

export function errorOf(value: unknown): FunctionError {
  if (!(value instanceof FunctionError)) throw new Error(`expected an error cell, got ${JSON.stringify(value)}`);
  return value;
}
