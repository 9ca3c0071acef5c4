import { messageView, type MessageTable, type MessageView } from './table';
import { VALUE_ERROR_MESSAGES } from './value-errors';
import { FINDING_MESSAGES } from './findings';
import { AGGREGATE_MESSAGES } from './aggregate';
import { FORM_FINDING_MESSAGES } from './forms';
import { REPORT_MESSAGES } from './report';
import { CLI_MESSAGES } from './cli';
import { FILE_MESSAGES } from './files';
import { READ_MESSAGES } from './read';
import { OUTPUT_MESSAGES } from './outputs';
import { GATEWAY_MESSAGES } from './gateway';
import { MAPPING_PROBLEM_MESSAGES } from './mapping';
import { LAYOUT_NAME_MESSAGES } from './layout-names';
import { PLAN_FINDING_MESSAGES } from './plan';
import { PLAN_CLI_MESSAGES } from './plan-cli';
import { PORTABLE_MESSAGES } from './portable';
import { FUNCTION_METADATA_MESSAGES } from './function-metadata';

export { fillTemplate, type Language, type MessageParams, type MessageTable, type MessageText } from './table';
export { VALUE_MESSAGES } from './values';
export { AGGREGATE_MESSAGES, type AggregateCode } from './aggregate';
export { FUNCTION_MESSAGES, type FunctionMessageCode } from './functions';
export { FUNCTION_METADATA_MESSAGES, type FunctionMetadataCode } from './function-metadata';
export { TABLE2_MESSAGES, type Table2Code } from './table2';
export { REPORT_MESSAGES, type ReportCode } from './report';
export { CLI_MESSAGES, type CliCode } from './cli';
export { FILE_MESSAGES, type FileErrorCode } from './files';
export { READ_MESSAGES, type ReadCode } from './read';
export { GATEWAY_MESSAGES, type GatewayMessageCode } from './gateway';
export { MAPPING_PROBLEM_MESSAGES, type MappingProblemCode } from './mapping';
export { CATALOGUE_PROBLEM_MESSAGES, type CatalogueProblemCode } from './catalogue';
export { PLAN_CLI_MESSAGES, type PlanCliCode } from './plan-cli';
export { VALUE_ERROR_MESSAGES, type ValueErrorCode } from './value-errors';

/**
 * The one message table of the project: every code any part reports, in Japanese and English. Each
 * part keeps its messages in its own JSON file (data a translator edits: docs/messages.md), read by a
 * small module beside it, and registers it here; `MessageCode` is the union of all their keys (as
 * TypeScript reads them from the JSON), so a code that is not in the table does not type-check. Values, rules, the catalogue
 * and the custom functions use a smaller view of the same entries (value-errors.ts), so that
 * functions.js does not carry the other parts' texts: that view's parts are spread here as one, so
 * the smaller table is a part of this one by construction.
 */
export const MESSAGES = {
  ...VALUE_ERROR_MESSAGES,
  ...FINDING_MESSAGES,
  ...AGGREGATE_MESSAGES,
  ...FORM_FINDING_MESSAGES,
  ...REPORT_MESSAGES,
  ...CLI_MESSAGES,
  ...FILE_MESSAGES,
  ...READ_MESSAGES,
  ...OUTPUT_MESSAGES,
  ...GATEWAY_MESSAGES,
  ...MAPPING_PROBLEM_MESSAGES,
  ...LAYOUT_NAME_MESSAGES,
  ...PLAN_FINDING_MESSAGES,
  ...PLAN_CLI_MESSAGES,
  ...PORTABLE_MESSAGES,
  ...FUNCTION_METADATA_MESSAGES,
} as const satisfies MessageTable;

export type MessageCode = keyof typeof MESSAGES;

export const {
  isCode: isMessageCode,
  renderMessage,
  kuseiError,
  errorMessageEn,
}: MessageView<typeof MESSAGES> = messageView(MESSAGES);
