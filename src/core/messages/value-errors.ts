import { messageView, type MessageTable, type MessageView } from './table';
import { VALUE_MESSAGES } from './values';
import { FUNCTION_MESSAGES } from './functions';
import { TABLE2_MESSAGES } from './table2';
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
  ...TABLE2_MESSAGES,
  ...CATALOGUE_PROBLEM_MESSAGES,
  ...EXPLAIN_MESSAGES,
  ...PROFILE_ERROR_MESSAGES,
} as const satisfies MessageTable;

export type ValueErrorCode = keyof typeof VALUE_ERROR_MESSAGES;

export const {
  isCode: isValueErrorCode,
  renderMessage,
  kuseiError,
  errorMessageEn,
}: MessageView<typeof VALUE_ERROR_MESSAGES> = messageView(VALUE_ERROR_MESSAGES);
