import type { ExcelErrorKind, KuseiError } from '../result';
import { renderEntry, type ExcelKindIn, type Language, type MessageParams, type MessageTable } from './table';
import { VALUE_MESSAGES } from './values';
import { FUNCTION_MESSAGES } from './functions';
import { CATALOGUE_PROBLEM_MESSAGES } from './catalogue';
import { EXPLAIN_MESSAGES } from './explain';
import { PROFILE_ERROR_MESSAGES } from './profile';

/**
 * The part of the one message table that values, rules, the catalogue and the custom functions can
 * produce: the same entries `MESSAGES` (index.ts) spreads, not a copy. Those modules import from here,
 * not from index.ts, because functions.js loads with every workbook and a spread object cannot be
 * tree-shaken: through index.ts it carried every table (findings, report, CLI, files, plan…), about
 * 85 KB of the 190 KB of source it bundles, none of which a formula can show.
 */
export const VALUE_ERROR_MESSAGES = {
  ...VALUE_MESSAGES,
  ...FUNCTION_MESSAGES,
  ...CATALOGUE_PROBLEM_MESSAGES,
  ...EXPLAIN_MESSAGES,
  ...PROFILE_ERROR_MESSAGES,
} as const satisfies MessageTable;

export type ValueErrorCode = keyof typeof VALUE_ERROR_MESSAGES;

export type ValueExcelKindOf<C extends ValueErrorCode> = ExcelKindIn<typeof VALUE_ERROR_MESSAGES, C>;

export function isValueErrorCode(code: string): code is ValueErrorCode {
  return Object.prototype.hasOwnProperty.call(VALUE_ERROR_MESSAGES, code);
}

/** Renders a code's message in a language, once, at the edge (the cell). */
export function renderMessage(code: ValueErrorCode, params: MessageParams = {}, language: Language = 'ja'): string {
  return renderEntry(VALUE_ERROR_MESSAGES[code], params, language);
}

/**
 * Builds the error value the core returns for bad input, with its Japanese message. `error` must be
 * the Excel error the table gives the code, when it gives one (checked by the type).
 */
export function kuseiError<C extends ValueErrorCode>(
  error: ValueExcelKindOf<C>,
  code: C,
  params: MessageParams = {},
): KuseiError {
  return { error: error as ExcelErrorKind, code, message: renderMessage(code, params, 'ja'), params };
}

/** The English message of an error value made here (hosts whose UI is English). */
export function errorMessageEn(err: KuseiError): string {
  return isValueErrorCode(err.code) ? renderMessage(err.code, err.params ?? {}, 'en') : err.code;
}
