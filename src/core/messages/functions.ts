import Functions from './functions.json';
import type { MessageTable } from './table';

/**
 * Messages of the custom-function layer itself: shapes of ranges, KUSEI.SUMMARY's own labels (its
 * indicator and counting columns; Table 2's heads are table2.json) and the period errors. The FN_*
 * codes are the function metadata (functions.json / functions.ja-JP.json, built by webpack): the
 * descriptions in Excel's formula tooltip, FN_NAME_* the parameter names and FN_PARAM_* their
 * descriptions (src/functions/table.ts uses these codes). The rules' own messages are values.json.
 */
export const FUNCTION_MESSAGES = Functions satisfies MessageTable;

export type FunctionMessageCode = keyof typeof FUNCTION_MESSAGES;
