import Functions from './functions.json';
import type { MessageTable } from './table';

/**
 * Messages of the custom-function layer itself (shapes of ranges, the SUMMARY table's labels); the
 * rules' own messages live in the core's table (src/core/messages).
 */
export const FUNCTION_MESSAGES = Functions satisfies MessageTable;

export type FunctionMessageCode = keyof typeof FUNCTION_MESSAGES;
