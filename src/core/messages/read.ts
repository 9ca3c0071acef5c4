import Read from './read.json';
import type { MessageTable } from './table';

/** What `kusei read` says: the cells of a workbook exactly as KUSEI's reader read them. */
export const READ_MESSAGES = Read satisfies MessageTable;

export type ReadCode = keyof typeof READ_MESSAGES;
