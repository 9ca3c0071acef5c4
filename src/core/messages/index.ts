import type { ExcelErrorKind, KuseiError } from '../result';
import { renderEntry, type ExcelKindIn, type Language, type MessageParams, type MessageTable } from './table';
import { VALUE_MESSAGES } from './values';
import { FINDING_MESSAGES } from './findings';
import { AGGREGATE_MESSAGES } from './aggregate';
import { FUNCTION_MESSAGES } from './functions';
import { FORM_FINDING_MESSAGES } from './forms';
import { REPORT_MESSAGES } from './report';
import { CLI_MESSAGES } from './cli';
import { FILE_MESSAGES } from './files';
import { READ_MESSAGES } from './read';
import { OUTPUT_MESSAGES } from './outputs';
import { GATEWAY_MESSAGES } from './gateway';
import { MAPPING_PROBLEM_MESSAGES } from './mapping';
import { CATALOGUE_PROBLEM_MESSAGES } from './catalogue';
import { EXPLAIN_MESSAGES } from './explain';
import { LAYOUT_NAME_MESSAGES } from './layout-names';
import { PLAN_CLI_MESSAGES, PLAN_FINDING_MESSAGES } from './plan';
import { PROFILE_ERROR_MESSAGES } from './profile';
import { PORTABLE_MESSAGES } from './portable';

export { fillTemplate, type Language, type MessageParams, type MessageTable, type MessageText } from './table';
export { VALUE_MESSAGES } from './values';
export { AGGREGATE_MESSAGES, type AggregateCode } from './aggregate';
export { FUNCTION_MESSAGES, type FunctionMessageCode } from './functions';
export { REPORT_MESSAGES, type ReportCode } from './report';
export { CLI_MESSAGES, type CliCode } from './cli';
export { FILE_MESSAGES, type FileErrorCode } from './files';
export { READ_MESSAGES, type ReadCode } from './read';
export { GATEWAY_MESSAGES, type GatewayMessageCode } from './gateway';
export { MAPPING_PROBLEM_MESSAGES, type MappingProblemCode } from './mapping';
export { CATALOGUE_PROBLEM_MESSAGES, type CatalogueProblemCode } from './catalogue';
export { PLAN_CLI_MESSAGES, type PlanCliCode } from './plan';
export { VALUE_ERROR_MESSAGES, type ValueErrorCode } from './value-errors';

/**
 * The one message table of the project: every code any part reports, in Japanese and English. Each
 * part keeps its messages in its own file and registers it here; `MessageCode` is the union of all
 * their keys, so a code that is not in the table does not type-check. Values, rules, the catalogue
 * and the custom functions use a smaller view of the same entries (value-errors.ts), so that
 * functions.js does not carry the other parts' texts.
 */
export const MESSAGES = {
  ...VALUE_MESSAGES,
  ...FINDING_MESSAGES,
  ...AGGREGATE_MESSAGES,
  ...FUNCTION_MESSAGES,
  ...FORM_FINDING_MESSAGES,
  ...REPORT_MESSAGES,
  ...CLI_MESSAGES,
  ...FILE_MESSAGES,
  ...READ_MESSAGES,
  ...OUTPUT_MESSAGES,
  ...GATEWAY_MESSAGES,
  ...MAPPING_PROBLEM_MESSAGES,
  ...CATALOGUE_PROBLEM_MESSAGES,
  ...EXPLAIN_MESSAGES,
  ...LAYOUT_NAME_MESSAGES,
  ...PROFILE_ERROR_MESSAGES,
  ...PLAN_FINDING_MESSAGES,
  ...PLAN_CLI_MESSAGES,
  ...PORTABLE_MESSAGES,
} as const satisfies MessageTable;

export type MessageCode = keyof typeof MESSAGES;

/** The Excel error a code always maps to, or any when its table entry leaves it to the input. */
export type ExcelKindOf<C extends MessageCode> = ExcelKindIn<typeof MESSAGES, C>;

export function isMessageCode(code: string): code is MessageCode {
  return Object.prototype.hasOwnProperty.call(MESSAGES, code);
}

/** Renders a code's message in a language, once, at the edge (cell, pane, CLI, file). */
export function renderMessage(code: MessageCode, params: MessageParams = {}, language: Language = 'ja'): string {
  return renderEntry(MESSAGES[code], params, language);
}

/**
 * Builds the error value the core returns for bad input, with its Japanese message. `error` must be
 * the Excel error the table gives the code, when it gives one (checked by the type).
 */
export function kuseiError<C extends MessageCode>(
  error: ExcelKindOf<C>,
  code: C,
  params: MessageParams = {},
): KuseiError {
  return { error: error as ExcelErrorKind, code, message: renderMessage(code, params, 'ja'), params };
}

/** The English message of an error value (hosts whose UI is English). */
export function errorMessageEn(err: KuseiError): string {
  return isMessageCode(err.code) ? renderMessage(err.code, err.params ?? {}, 'en') : err.code;
}
