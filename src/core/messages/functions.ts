import Functions from './functions.json';
import type { MessageTable } from './table';

/**
 * Messages of the custom-function layer itself: shapes of ranges, KUSEI.SUMMARY's own labels (its
 * indicator and counting columns; Table 2's heads are table2.json) and the period errors. The
 * parameter names (FN_NAME_*) are here because a range-shape error names the parameter; the other
 * function metadata texts (descriptions) are function-metadata.json. The rules' own messages are values.json.
 */
export const FUNCTION_MESSAGES = Functions satisfies MessageTable;

export type FunctionMessageCode = keyof typeof FUNCTION_MESSAGES;
