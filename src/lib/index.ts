/**
 * KUSEI's Node library entry (built to dist/lib/index.js): the function-level API the custom
 * functions wrap, with the names and argument orders of issue 2. Any argument may be a number,
 * text as it stands in a cell, a boolean, null/undefined or a cell error; every function returns
 * its value or a KuseiError and never throws.
 */
import type { Result } from '../core/result';
import { readFiscalYear, readTarget, readValue, toWareki, type YearContext } from '../core/values';
import type { ParsedTarget, TargetReadOptions } from '../core/values';

export { explain, grade, progress, status, threshold, withdrawal } from '../core/rules';

/** 平成27年度 → 2015; 令和元年度 → 2019; bare years read in `context` (default 平成). */
export function fy(text: unknown, context?: YearContext): Result<number> {
  return readFiscalYear(text, context);
}

/** 2024 → 令和6年度; 2019 → 令和元年度. */
export function wareki(year: unknown): Result<string> {
  return toWareki(year);
}

/** The number a cell means: ５１．３％ → 0.513, 15,914千円 → 15914, △5 → -5. */
export function value(text: unknown, numberFormat?: string | null): Result<number> {
  return readValue(text, numberFormat);
}

/** A target text read into value, unit, direction, target year, baseline. */
export function target(text: unknown, options?: TargetReadOptions): Result<ParsedTarget> {
  return readTarget(text, options);
}

// The core's entry is the library's too: its contracts, readers, rules, catalogue, validation and
// consolidation, listed once (src/core/index.ts).
export * from '../core';
