import type { ExcelErrorKind, KuseiError } from '../result';
import type { Language, MessageParams, MessageTable } from './table';
import { VALUE_MESSAGES } from './values';
import { FINDING_MESSAGES } from './findings';
import { AGGREGATE_MESSAGES } from './aggregate';
import { FUNCTION_MESSAGES } from './functions';
import { FORM_FINDING_MESSAGES } from './forms';
import { REPORT_MESSAGES } from './report';
import { FILE_MESSAGES } from './files';
import { PLAN_ERROR_MESSAGES, PLAN_FINDING_MESSAGES } from './plan';

export type { Language, MessageParams, MessageTable, MessageText } from './table';
export { VALUE_MESSAGES } from './values';
export { AGGREGATE_MESSAGES, type AggregateCode } from './aggregate';
export { FUNCTION_MESSAGES, type FunctionMessageCode } from './functions';
export { REPORT_MESSAGES, type ReportCode } from './report';
export { FILE_MESSAGES, type FileErrorCode } from './files';

/**
 * The one message table of the project: every code any part of the core reports, in Japanese and
 * English. Each part keeps its messages in its own file and registers it here.
 */
export const MESSAGES: MessageTable = {
  ...VALUE_MESSAGES,
  ...FINDING_MESSAGES,
  ...AGGREGATE_MESSAGES,
  ...FUNCTION_MESSAGES,
  ...FORM_FINDING_MESSAGES,
  ...REPORT_MESSAGES,
  ...FILE_MESSAGES,
  ...PLAN_ERROR_MESSAGES,
  ...PLAN_FINDING_MESSAGES,
};

/** Renders a code's message in a language; unknown codes render the code itself (a programmer mistake shows). */
export function renderMessage(code: string, params: MessageParams = {}, language: Language = 'ja'): string {
  const entry = MESSAGES[code];
  if (entry === undefined) return code;
  const template = language === 'en' ? entry.en : entry.ja;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : clipped(String(value));
  });
}

/** A message quotes at most this much of a cell: a 30,000-character cell would drown what to do. */
const MAX_QUOTED = 200;

function clipped(text: string): string {
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…(${text.length})` : text;
}

/** Builds the error value the core returns for bad input, with its Japanese message. */
export function kuseiError(error: ExcelErrorKind, code: string, params: MessageParams = {}): KuseiError {
  return { error, code, message: renderMessage(code, params, 'ja'), params };
}

/** The English message of an error value (hosts whose UI is English). */
export function errorMessageEn(err: KuseiError): string {
  return renderMessage(err.code, err.params ?? {}, 'en');
}
